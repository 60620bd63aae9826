#include <gtest/gtest.h>

#include "engine/compile/parser.h"
#include "engine/objects/object.h"

namespace pyfw::engine {
namespace {

Node* parse(Ast& ast, std::string_view source) {
    Parser parser(ast, Lexer(source).tokenize());
    return parser.parseFile();
}

TEST(Parser, PrecedenceBindsMultiplicationTighter) {
    Ast ast;
    Node* m = parse(ast, "x = 1 + 2 * 3\n");
    ASSERT_EQ(m->list.size(), 1u);
    Node* assign = m->list[0];
    ASSERT_EQ(assign->kind, NodeKind::Assign);
    Node* sum = assign->a;
    ASSERT_EQ(sum->kind, NodeKind::BinOp);
    EXPECT_EQ(sum->op, int(BinaryOp::Add));
    EXPECT_EQ(sum->b->kind, NodeKind::BinOp);
    EXPECT_EQ(sum->b->op, int(BinaryOp::Mul));
}

TEST(Parser, PowerIsRightAssociativeAndBindsTighterThanUnaryMinus) {
    Ast ast;
    Node* e = parse(ast, "-2 ** 3 ** 2\n")->list[0]->a;
    ASSERT_EQ(e->kind, NodeKind::UnaryOp);
    Node* pow = e->a;
    ASSERT_EQ(pow->kind, NodeKind::BinOp);
    EXPECT_EQ(pow->b->kind, NodeKind::BinOp);
}

TEST(Parser, ChainedComparisonKeepsAllOperators) {
    Ast ast;
    Node* c = parse(ast, "a < b <= c != d\n")->list[0]->a;
    ASSERT_EQ(c->kind, NodeKind::Compare);
    EXPECT_EQ(c->ops.size(), 3u);
}

TEST(Parser, FunctionSignatureWithAllParameterKinds) {
    Ast ast;
    Node* f = parse(ast, "def f(a, /, b=1, *args, c, d=2, **kw):\n    pass\n")->list[0];
    ASSERT_EQ(f->kind, NodeKind::FunctionDef);
    Node* args = f->a;
    EXPECT_EQ(args->list.size(), 2u);
    EXPECT_EQ(args->op, 1);
    EXPECT_EQ(args->list2.size(), 1u);
    ASSERT_NE(args->a, nullptr);
    EXPECT_EQ(args->list3.size(), 2u);
    ASSERT_NE(args->b, nullptr);
}

TEST(Parser, FStringSplitsIntoParts) {
    Ast ast;
    Node* j = parse(ast, "f'a{x!r:>{w}}b'\n")->list[0]->a;
    ASSERT_EQ(j->kind, NodeKind::JoinedStr);
    ASSERT_EQ(j->list.size(), 3u);
    EXPECT_EQ(j->list[1]->kind, NodeKind::FormattedValue);
    EXPECT_EQ(j->list[1]->op, 'r');
    ASSERT_NE(j->list[1]->b, nullptr);
}

TEST(Parser, RejectsBadSyntax) {
    Ast ast;
    EXPECT_THROW(parse(ast, "x = = 1\n"), CompileError);
    EXPECT_THROW(parse(ast, "def f(a=1, b):\n    pass\n"), CompileError);
    EXPECT_THROW(parse(ast, "f() = 1\n"), CompileError);
    EXPECT_THROW(parse(ast, "try:\n    pass\n"), CompileError);
    EXPECT_THROW(parse(ast, "f(x=1, 2)\n"), CompileError);
}

}  // namespace
}  // namespace pyfw::engine

namespace pyfw::engine {
namespace {

TEST(Parser, DeepNestingIsASyntaxErrorNotACrash) {
    Ast ast;
    std::string parens = "x = " + std::string(50000, '(') + "1" + std::string(50000, ')') + "\n";
    EXPECT_THROW(parse(ast, parens), CompileError);
    std::string minus = "x = " + std::string(100000, '-') + "1\n";
    EXPECT_THROW(parse(ast, minus), CompileError);
    std::string blocks;
    for (int i = 0; i < 150; ++i) blocks += std::string(size_t(i), ' ') + "if x:\n";
    blocks += std::string(150, ' ') + "pass\n";
    EXPECT_THROW(parse(ast, blocks), CompileError);
    std::string fine = "x = " + std::string(150, '(') + "1" + std::string(150, ')') + "\n";
    EXPECT_NO_THROW(parse(ast, fine));
}

}  // namespace
}  // namespace pyfw::engine
