// Scope analysis: which names are locals, cells, free variables, globals or namespace-dict names,
// for every module, class, function, lambda and comprehension in a syntax tree.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/compile/ast.h"

namespace pyfw::engine {

enum class ScopeKind { Module, Class, Function };

enum class Resolution {
    Fast,            // a plain local in the frame
    Cell,            // a local captured by an inner function
    Free,            // a variable of an enclosing function
    Global,          // module globals (explicitly or implicitly)
    Name,            // the namespace dict (module and class bodies), then globals and builtins
    ClassFree,       // a class body reading a name that is both class-local and free
};

struct Scope {
    ScopeKind kind;
    std::string name;
    Node* node = nullptr;
    Scope* parent = nullptr;
    std::vector<Scope*> children;
    std::vector<std::string> params;     // parameter names in binding order
    bool generator = false;
    bool coroutine = false;
    bool isComprehension = false;
    bool classCell = false;              // a class whose methods use __class__ (super())
    bool hasVarArgs = false, hasVarKeywords = false;

    // Filled by the analysis:
    std::vector<std::string> locals;     // parameters first
    std::vector<std::string> cells;
    std::vector<std::string> frees;
    // Names that are targets of `NAME += ...`: when they are plain locals, the compiler reads them
    // with LOAD_FAST_SHARED and appends with INPLACE_ADD_FAST (see objects/str_append.cpp).
    std::vector<std::string> appendTargets;

    Resolution resolve(const std::string& name) const;
    // Index into the frame's fast array: locals, then cells, then frees.
    int fastIndex(const std::string& name) const;
    int derefIndex(const std::string& name) const;
    // A plain local (not a cell) that `NAME += ...` assigns.
    bool isAppendLocal(const std::string& name) const;

    // Symbol table internals.
    std::unordered_map<std::string, int> flags;
    std::vector<std::string> order;
    std::unordered_map<std::string, Resolution> resolved;
};

class ScopeTable {
public:
    // Builds and analyses the scopes of a module (or an eval expression). Throws CompileError.
    Scope* analyze(Node* root, bool isEval = false);
    Scope* scopeOf(Node* n) const;

private:
    Scope* newScope(ScopeKind kind, const std::string& name, Node* node, Scope* parent);
    void define(Scope* s, const std::string& name, int flag, Node* where);
    void visitStatements(Scope* s, const std::vector<Node*>& body);
    void visitStatement(Scope* s, Node* n);
    void visitExpression(Scope* s, Node* n);
    void visitTarget(Scope* s, Node* n);
    void visitArguments(Scope* outer, Scope* inner, Node* args);
    void visitComprehension(Scope* s, Node* n);
    void resolve(Scope* s, const std::vector<std::string>& enclosingBound, std::vector<std::string>& freesOut);

    std::vector<std::unique_ptr<Scope>> scopes_;
    std::unordered_map<Node*, Scope*> byNode_;
};

}  // namespace pyfw::engine
