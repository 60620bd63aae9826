// The code generator: a syntax tree plus its scopes to code objects. One CodeGen per code object
// (module, function, class body, lambda, comprehension). Infrastructure (emission, labels,
// constants, tables) is in compiler.cpp; statements in compile_stmt.cpp; expressions in
// compile_expr.cpp; functions, classes and comprehensions in compile_scope.cpp.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/bytecode/bytecode.h"
#include "engine/bytecode/code.h"
#include "engine/compile/ast.h"
#include "engine/compile/parser.h"
#include "engine/compile/scope.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

struct StrObject;

// Compiles source to a code object. On a syntax error raises SyntaxError (a Python exception);
// past compileMemoryBudget() of host memory, MemoryError.
CodeObject* compileSource(std::string_view source, StrObject* filename, ParseMode mode);
size_t compileMemoryBudget();

struct CompileContext {
    ScopeTable scopes;
    StrObject* filename;
    bool interactive = false;
};

class CodeGen {
public:
    CodeGen(CompileContext& context, Scope* scope, std::string qualname);

    CodeObject* compileModule(Node* module);
    CodeObject* compileEval(Node* expression);
    CodeObject* compileFunction(Node* def);        // FunctionDef or Lambda
    CodeObject* compileClassBody(Node* def);
    CodeObject* compileComprehension(Node* comp);

private:
    // ReturnValue: a return value waiting under a finally body that runs on the way out of `return`;
    // a break, continue or return inside that body drops it.
    enum class BlockKind { WhileLoop, ForLoop, TryExcept, TryFinally, With, AsyncWith, ExceptHandler, FinallyException, ReturnValue };
    struct Block {
        BlockKind kind;
        int continueLabel = -1;
        int breakLabel = -1;
        const std::vector<Node*>* finallyBody = nullptr;
        std::string handlerName;
        size_t handlerStackSize = 0;
        int base = 0;
    };
    struct HandlerInfo {
        int label;
        int depth;
    };

    // ---- emission (compiler.cpp) ----
    void emit(Op op, uint32_t arg = 0);
    bool fuseWithPrevious(Op op, uint32_t arg, int handler);
    bool fuseSmallIntOperand(uint32_t& previous, uint32_t op);
    bool fuseLocalOperands(uint32_t& previous, uint32_t op);
    int newLabel();
    void bind(int label);
    void emitJump(Op op, int label);
    void emitOperator(BinaryOp op);
    uint32_t addConst(Value v, const std::string& key);
    uint32_t constInt(const std::string& text, int line);
    uint32_t constStr(const std::string& text);
    uint32_t nameIndex(const std::string& name);
    bool fastAttrArg(Node* attribute, uint32_t& arg);
    void pushHandler(int label, int depth);
    void popHandler();
    CodeObject* finish(const std::string& name, int firstLine, uint32_t flags, int argCount, int posOnly, int kwOnly);
    uint32_t computeStackSize();
    [[noreturn]] void error(Node* at, const std::string& message);

    // ---- statements (compile_stmt.cpp) ----
    void statements(const std::vector<Node*>& body);
    void statement(Node* n);
    void assign(Node* n);
    void augAssign(Node* n);
    bool appendAssign(const std::string& name, Node* value);
    bool incrementAssign(Node* n);
    void ifStatement(Node* n);
    void whileStatement(Node* n);
    void forStatement(Node* n);
    void asyncForStatement(Node* n);
    void tryStatement(Node* n);
    void tryExcept(Node* n);
    void exceptHandlerBody(Node* h);
    void withStatement(Node* n, size_t item);
    void returnStatement(Node* n);
    void breakOrContinue(Node* n, bool isBreak);
    void unwindBlock(size_t index, bool preserveTop);
    void withExit(bool isAsync, bool preserveTop);
    void raiseStatement(Node* n);
    void assertStatement(Node* n);
    void importStatement(Node* n);
    void importFrom(Node* n);
    void deleteTarget(Node* t);

    // ---- expressions (compile_expr.cpp) ----
    void expression(Node* n);
    void store(Node* target);
    void nameOp(const std::string& name, int context, Node* at);   // 0 load, 1 store, 2 delete
    void condJump(Node* test, bool jumpIfTrue, int label);
    void boolOp(Node* n);
    void compare(Node* n);
    void call(Node* n);
    bool callArguments(const std::vector<Node*>& args, const std::vector<Node*>& keywords, size_t& count,
                       bool& hasKeywords);
    void starredCall(Node* function, const std::vector<Node*>& args, const std::vector<Node*>& keywords,
                     int prefix);
    void sequence(Node* n, Op build);
    void dict(Node* n);
    void joinedStr(Node* n);
    void subscriptIndex(Node* index);
    void unpackTargets(const std::vector<Node*>& targets, Node* at);
    bool constantValue(Node* n, Value& out, std::string& key);

    // ---- nested code (compile_scope.cpp) ----
    void functionDef(Node* n);
    void lambda(Node* n);
    void classDef(Node* n);
    void comprehension(Node* n);
    void makeClosure(Scope* child, CodeObject* code, uint32_t flags);
    uint32_t loadCells(Scope* child);   // the cells of child's free variables, one by one: their count
    void loadCode(CodeObject* code);
    std::string childQualname(const std::string& name) const;
    void yieldValue();
    void awaitValue();

    CompileContext& ctx_;
    Scope* scope_;
    std::string qualname_;
    std::vector<uint32_t> words_;
    std::vector<int> lines_;
    std::vector<int> handlerOf_;
    std::vector<int> labels_;
    std::vector<std::pair<size_t, int>> fixups_;
    RootedValues consts_;
    std::unordered_map<std::string, uint32_t> constIndex_;
    RootedValues names_;
    std::unordered_map<std::string, uint32_t> nameIndex_;
    std::vector<HandlerInfo> handlers_;
    std::vector<int> handlerStack_;
    std::vector<Block> blocks_;
    int base_ = 0;            // operand stack depth under statement-level code
    int line_ = 1;
    int lastOpAt_ = -1;       // where the last instruction that may be fused starts
    int jumpTargetAt_ = -1;   // the last position a label was bound to
    uint32_t cacheCount_ = 0;
    bool interactive_ = false;
    size_t maxWords_;
};

}  // namespace pyfw::engine
