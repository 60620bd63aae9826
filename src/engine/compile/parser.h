// Recursive-descent parser: tokens to the syntax tree (ast.h). Statements are in parser.cpp,
// expressions in parser_expr.cpp. Errors throw CompileError.
#pragma once

#include <string_view>
#include <vector>

#include "engine/compile/ast.h"
#include "engine/compile/constants.h"
#include "engine/compile/lexer.h"

namespace pyfw::engine {

enum class ParseMode { File, Eval, Single };

class Parser {
public:
    Parser(Ast& ast, std::vector<Token> tokens) : ast_(ast), tokens_(std::move(tokens)) {}

    Node* parseFile();
    Node* parseEval();      // a single expression (eval)
    Node* parseSingle();    // one interactive statement (REPL)

private:
    // ---- token helpers ----
    const Token& peek(size_t ahead = 0) const;
    bool at(Tok kind) const { return peek().kind == kind; }
    bool accept(Tok kind);
    const Token& expect(Tok kind, const char* what = nullptr);
    Token take();
    [[noreturn]] void error(const std::string& message) const;
    [[noreturn]] void errorAt(const Token& t, const std::string& message) const;
    Node* node(NodeKind kind) const;

    // ---- statements (parser.cpp) ----
    void statement(std::vector<Node*>& out);
    void simpleStatements(std::vector<Node*>& out);
    Node* smallStatement();
    Node* expressionStatement();
    std::vector<Node*> block();
    Node* ifStatement();
    Node* whileStatement();
    Node* forStatement(bool isAsync);
    Node* tryStatement();
    Node* withStatement(bool isAsync);
    Node* functionDef(std::vector<Node*> decorators, bool isAsync);
    Node* classDef(std::vector<Node*> decorators);
    Node* decorated();
    Node* importStatement();
    Node* fromImport();
    std::string dottedName();
    Node* arguments(Tok closing, bool allowAnnotations);

    // ---- expressions (parser_expr.cpp) ----
public:
    Node* test();
private:
    Node* namedTest();
    Node* testNoCond();
    Node* orTest();
    Node* andTest();
    Node* notTest();
    Node* comparison();
    Node* bitOr();
    Node* bitXor();
    Node* bitAnd();
    Node* shift();
    Node* arith();
    Node* term();
    Node* factor();
    Node* power();
    Node* primary();
    Node* atom();
    Node* parenthesized();
    Node* bracketed();
    Node* braced();
    Node* call(Node* function);
    Node* subscript(Node* value);
    Node* sliceItem();
    Node* lambda();
    Node* yieldExpression();
    Node* starOrTest();
    Node* starOrExpr();
    // A comma list of (starred) tests; a single item without a comma is returned as is.
    Node* testList(bool allowStar);
    Node* exprList();
    std::vector<Node*> comprehensionClauses();
    Node* strings();
    // `nesting`: 0 for the f-string itself, 1 inside a field's format spec, 2 inside a spec's
    // field's spec, where CPython allows no more fields.
    void parseFString(Node* joined, const Token& token, int nesting = 0);
    bool startsExpression() const;
    void checkAssignTarget(Node* target, bool augmented = false) const;

    // Bounds the recursion of nested expressions and blocks, so a pathological program is a
    // SyntaxError rather than a C++ stack overflow (the compiler recurses over the same depth).
    struct DepthGuard {
        DepthGuard(Parser& p, int limit);
        ~DepthGuard() { --parser.depth_; }
        Parser& parser;
    };
    static constexpr int kMaxExpressionDepth = 200;
    static constexpr int kMaxBlockDepth = 100;

    Ast& ast_;
    ConstTable consts_;   // names bound by `NAME = const(...)` so far
    std::vector<Token> tokens_;
    size_t pos_ = 0;
    int depth_ = 0;
    int blockDepth_ = 0;
};

// Decodes the escapes of an f-string piece.
std::string decodeStringEscapes(std::string_view text, bool raw);

}  // namespace pyfw::engine
