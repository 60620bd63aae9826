#include "lib/regex.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

namespace pyfw::lib::regex {
namespace {

std::vector<uint32_t> codePoints(std::string_view ascii) { return {ascii.begin(), ascii.end()}; }

Program compiled(std::string_view pattern) {
    auto result = compile(codePoints(pattern));
    if (auto* error = std::get_if<CompileError>(&result)) {
        ADD_FAILURE() << pattern << ": " << error->message;
        return {};
    }
    return std::get<Program>(std::move(result));
}

CompileError errorOf(std::string_view pattern) {
    auto result = compile(codePoints(pattern));
    if (auto* error = std::get_if<CompileError>(&result)) return *error;
    ADD_FAILURE() << pattern << " compiled";
    return {};
}

// The captures of a search as "start-end" pairs ("-" for a group that did not take part).
std::string search(std::string_view pattern, std::string_view text, bool anchored = false) {
    Program program = compiled(pattern);
    auto slots = execute(program, {text, false}, 0, text.size(), anchored);
    if (!slots) return "none";
    std::string out;
    for (size_t i = 0; i < slots->size(); i += 2) {
        if (i) out += ' ';
        if ((*slots)[i] == kNoPosition) out += '-';
        else out += std::to_string((*slots)[i]) + "-" + std::to_string((*slots)[i + 1]);
    }
    return out;
}

TEST(Regex, LeftmostFirstLikeBacktracking) {
    EXPECT_EQ(search("a|ab", "ab"), "0-1");
    EXPECT_EQ(search("(a|ab)(c|bcd)", "abcd"), "0-4 0-1 1-4");
    EXPECT_EQ(search("a*", "baa"), "0-0");
    EXPECT_EQ(search("a+", "baa"), "1-3");
    EXPECT_EQ(search("a+?", "baa"), "1-2");
    EXPECT_EQ(search("<.*>", "<a><b>"), "0-6");
    EXPECT_EQ(search("<.*?>", "<a><b>"), "0-3");
    EXPECT_EQ(search("(a)|(b)", "b"), "0-1 - 0-1");
    EXPECT_EQ(search("x(a?)y", "xy"), "0-2 1-1");
}

TEST(Regex, AnchorsAndAnchoredMatching) {
    EXPECT_EQ(search("$", "end"), "3-3");
    EXPECT_EQ(search("^b", "ab"), "none");
    EXPECT_EQ(search("b", "ab", true), "none");
    EXPECT_EQ(search("a$", "a\n"), "none");   // the firmware's '$': the end of the subject only
    EXPECT_EQ(search(".", "\n"), "0-1");      // and '.' matches a newline
}

TEST(Regex, Classes) {
    EXPECT_EQ(search("[^a-c]+", "abcxyz"), "3-6");
    EXPECT_EQ(search("[]a]+", "x]a]"), "1-4");
    EXPECT_EQ(search("[\\d_]+", "ab1_2c"), "2-5");
    EXPECT_EQ(search("\\W+", "ab, cd"), "2-4");
    EXPECT_EQ(search("\\s", "a\x0b"), "1-2");
    EXPECT_EQ(search("[a-]+", "b-a-"), "1-4");
}

TEST(Regex, RefusesConstructsWithTwoMeanings) {
    EXPECT_EQ(errorOf("a{2}").message.find("counted repetition"), 0u);
    EXPECT_EQ(errorOf("\\n").offset, 1u);
    EXPECT_EQ(errorOf("(?:x)").offset, 1u);
    EXPECT_EQ(errorOf("ab)").message, "unbalanced parenthesis");
    EXPECT_EQ(errorOf("a**").message, "multiple repeat");
    EXPECT_EQ(errorOf("|*").message, "nothing to repeat");
    EXPECT_EQ(errorOf("^*").message, "nothing to repeat");
    EXPECT_EQ(errorOf("[z-a]").message, "bad character range");
    EXPECT_EQ(errorOf("[\\d-z]").message, "bad character range");
    EXPECT_EQ(errorOf(std::string(300, '(')).message, "pattern too deeply nested");
    EXPECT_EQ(search("{", "{"), "0-1");       // a brace that is not a repetition is itself
    EXPECT_EQ(search("a{x", "a{x"), "0-3");
}

TEST(Regex, LimitsThePatternSize) {
    std::string many;
    for (int i = 0; i < 40000; ++i) many += "(a)";
    EXPECT_EQ(errorOf(many).message, "pattern too large");
}

TEST(Regex, HostilePatternsRunInLinearTime) {
    // Exponential for a backtracking matcher; each finishes at once here (a hang fails the run).
    std::string subject(5000, 'a');
    EXPECT_EQ(search("(a*)*b", subject), "none");
    EXPECT_EQ(search("(a|a)*b", subject), "none");
    EXPECT_EQ(search("(a|aa)+c", subject), "none");
    std::string chain;
    for (int i = 0; i < 2000; ++i) chain += "a?";
    EXPECT_EQ(search(chain + std::string(2000, 'a'), std::string(2000, 'a')), "0-2000");
}

TEST(Regex, Utf8SubjectsStepByCharacter) {
    std::vector<uint32_t> pattern = {'.', 0x20AC, '(', '.', ')'};
    auto program = std::get<Program>(compile(pattern));
    std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";   // a é € 😀
    auto slots = execute(program, {text, true}, 0, text.size(), false);
    ASSERT_TRUE(slots);
    EXPECT_EQ((*slots)[0], 1u);    // é starts at byte 1
    EXPECT_EQ((*slots)[2], 6u);    // 😀 starts at byte 6
    EXPECT_EQ((*slots)[3], 10u);
}

TEST(Regex, RejectEmptyAtFindsTheNextAlternative) {
    Program program = compiled("a??");
    std::string text = "aa";
    auto first = execute(program, {text, false}, 0, 2, false);
    ASSERT_TRUE(first);
    EXPECT_EQ((*first)[1], 0u);
    auto next = execute(program, {text, false}, 0, 2, false, 0);
    ASSERT_TRUE(next);
    EXPECT_EQ((*next)[0], 0u);
    EXPECT_EQ((*next)[1], 1u);
}

TEST(Regex, BeginAndEndBoundTheSearch) {
    Program program = compiled("b+$");
    std::string text = "abbba";
    auto slots = execute(program, {text, false}, 0, 4, false);
    ASSERT_TRUE(slots);
    EXPECT_EQ((*slots)[0], 1u);
    EXPECT_EQ((*slots)[1], 4u);
    EXPECT_FALSE(execute(program, {text, false}, 5, 3, false));
}

}  // namespace
}  // namespace pyfw::lib::regex
