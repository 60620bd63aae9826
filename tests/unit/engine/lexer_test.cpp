#include <gtest/gtest.h>

#include "engine/compile/lexer.h"

namespace pyfw::engine {
namespace {

std::vector<Tok> kinds(std::string_view source) {
    std::vector<Tok> out;
    for (const Token& t : Lexer(source).tokenize()) out.push_back(t.kind);
    return out;
}

TEST(Lexer, IndentationProducesIndentAndDedent) {
    auto k = kinds("if x:\n    y\nz\n");
    std::vector<Tok> want = {Tok::KwIf, Tok::Name, Tok::Colon, Tok::Newline, Tok::Indent, Tok::Name,
                             Tok::Newline, Tok::Dedent, Tok::Name, Tok::Newline, Tok::End};
    EXPECT_EQ(k, want);
}

TEST(Lexer, BracketsJoinLinesAndCommentsVanish) {
    auto k = kinds("f(1,\n  2)  # comment\n\n# only a comment\n");
    std::vector<Tok> want = {Tok::Name, Tok::LParen, Tok::Int, Tok::Comma, Tok::Int, Tok::RParen, Tok::Newline, Tok::End};
    EXPECT_EQ(k, want);
}

TEST(Lexer, OperatorsMatchLongestFirst) {
    auto k = kinds("a **= b // c != d\n");
    std::vector<Tok> want = {Tok::Name, Tok::StarStarEq, Tok::Name, Tok::SlashSlash, Tok::Name, Tok::NotEq,
                             Tok::Name, Tok::Newline, Tok::End};
    EXPECT_EQ(k, want);
}

TEST(Lexer, StringEscapesAreDecoded) {
    auto t = Lexer("'a\\n\\x41\\u20ac' r'\\n' b'\\xff'").tokenize();
    ASSERT_GE(t.size(), 3u);
    EXPECT_EQ(t[0].text, "a\nA\xE2\x82\xAC");
    EXPECT_EQ(t[1].text, "\\n");
    EXPECT_EQ(t[2].kind, Tok::Bytes);
    EXPECT_EQ(t[2].text, std::string(1, '\xff'));
}

TEST(Lexer, NumbersKeepTheirSpelling) {
    auto t = Lexer("0x1F 1_000 3.5e-2 7j").tokenize();
    EXPECT_EQ(t[0].kind, Tok::Int);
    EXPECT_EQ(t[0].text, "0x1F");
    EXPECT_EQ(t[1].text, "1_000");
    EXPECT_EQ(t[2].kind, Tok::Float);
    EXPECT_EQ(t[3].kind, Tok::Imaginary);
}

TEST(Lexer, ErrorsNameTheLine) {
    try {
        Lexer("x = 1\ny = 'open\n").tokenize();
        FAIL() << "expected an error";
    } catch (const CompileError& e) {
        EXPECT_EQ(e.line, 2);
        EXPECT_NE(std::string(e.what()).find("unterminated"), std::string::npos);
    }
    EXPECT_THROW(Lexer("if x:\n    a\n  b\n").tokenize(), CompileError);
    EXPECT_THROW(Lexer("x = 1)\n").tokenize(), CompileError);
    EXPECT_THROW(Lexer("\xff\xfe").tokenize(), CompileError);
}

}  // namespace
}  // namespace pyfw::engine
