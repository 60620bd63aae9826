#include "engine/compile/scope.h"

#include <algorithm>
#include <memory>

#include "engine/compile/lexer.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

namespace {

enum SymbolFlags : int {
    kDefLocal = 1,
    kDefParam = 2,
    kDefGlobal = 4,
    kDefNonlocal = 8,
    kUse = 16,
};

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

Resolution Scope::resolve(const std::string& name) const {
    auto it = resolved.find(name);
    if (it != resolved.end()) return it->second;
    // A name the analysis never saw here (one the compiler made up) follows the default rule.
    return kind == ScopeKind::Function ? Resolution::Global : Resolution::Name;
}

int Scope::fastIndex(const std::string& name) const {
    auto at = std::find(locals.begin(), locals.end(), name);
    return at == locals.end() ? -1 : int(at - locals.begin());
}

bool Scope::isAppendLocal(const std::string& name) const {
    return resolve(name) == Resolution::Fast && contains(appendTargets, name);
}

int Scope::derefIndex(const std::string& name) const {
    auto c = std::find(cells.begin(), cells.end(), name);
    if (c != cells.end()) return int(locals.size() + (c - cells.begin()));
    auto f = std::find(frees.begin(), frees.end(), name);
    if (f != frees.end()) return int(locals.size() + cells.size() + (f - frees.begin()));
    return -1;
}

Scope* ScopeTable::scopeOf(Node* n) const {
    auto it = byNode_.find(n);
    return it == byNode_.end() ? nullptr : it->second;
}

Scope* ScopeTable::newScope(ScopeKind kind, const std::string& name, Node* node, Scope* parent) {
    scopes_.push_back(std::make_unique<Scope>());
    Scope* s = scopes_.back().get();
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (parent) parent->children.push_back(s);
    byNode_[node] = s;
    return s;
}

void ScopeTable::define(Scope* s, const std::string& name, int flag, Node* where) {
    auto [it, inserted] = s->flags.emplace(name, 0);
    if (inserted) s->order.push_back(name);
    int old = it->second;
    // A declaration after the name was used or bound would change its meaning half-way through
    // the block; Python refuses it at compile time rather than guessing which half was meant.
    if ((flag & (kDefGlobal | kDefNonlocal)) && (old & (kDefLocal | kUse | kDefParam))) {
        const char* what = (flag & kDefGlobal) ? "global" : "nonlocal";
        if (old & kDefParam) throw CompileError("name '" + name + "' is parameter and " + what, where->line, where->column);
        throw CompileError("name '" + name + "' is " + ((old & kUse) ? "used" : "assigned to") + " prior to " + what + " declaration",
                           where->line, where->column);
    }
    it->second |= flag;
}

Scope* ScopeTable::analyze(Node* root, bool isEval) {
    Scope* module = newScope(ScopeKind::Module, "<module>", root, nullptr);
    if (isEval) visitExpression(module, root);
    else visitStatements(module, root->list);
    std::vector<std::string> frees;
    resolve(module, {}, frees);
    return module;
}

void ScopeTable::visitStatements(Scope* s, const std::vector<Node*>& body) {
    for (Node* n : body) visitStatement(s, n);
}

// Defaults and annotations are evaluated when the def runs, so their names belong to the outer
// scope; only the parameter names are bound in the function's own.
void ScopeTable::visitArguments(Scope* outer, Scope* inner, Node* args) {
    for (Node* d : args->list2) visitExpression(outer, d);
    for (Node* d : args->list4)
        if (d) visitExpression(outer, d);
    auto annotation = [&](Node* a) {
        if (a && a->a) visitExpression(outer, a->a);
    };
    for (Node* a : args->list) annotation(a);
    for (Node* a : args->list3) annotation(a);
    annotation(args->a);
    annotation(args->b);
    for (Node* a : args->list) {
        define(inner, a->str, kDefParam, a);
        inner->params.push_back(a->str);
    }
    for (Node* a : args->list3) {
        define(inner, a->str, kDefParam, a);
        inner->params.push_back(a->str);
    }
    if (args->a) {
        define(inner, args->a->str, kDefParam, args->a);
        inner->params.push_back(args->a->str);
        inner->hasVarArgs = true;
    }
    if (args->b) {
        define(inner, args->b->str, kDefParam, args->b);
        inner->params.push_back(args->b->str);
        inner->hasVarKeywords = true;
    }
}

void ScopeTable::visitStatement(Scope* s, Node* n) {
    checkRecursion();
    switch (n->kind) {
    case NodeKind::FunctionDef: {
        // Decorators and the return annotation run in the enclosing scope, before the name is
        // bound.
        for (Node* d : n->list2) visitExpression(s, d);
        if (n->b) visitExpression(s, n->b);
        define(s, n->str, kDefLocal, n);
        Scope* f = newScope(ScopeKind::Function, n->str, n, s);
        f->coroutine = n->op == 1;
        visitArguments(s, f, n->a);
        visitStatements(f, n->list);
        return;
    }
    case NodeKind::ClassDef: {
        for (Node* d : n->list4) visitExpression(s, d);
        for (Node* b : n->list) visitExpression(s, b);
        for (Node* k : n->list2) visitExpression(s, k->a);
        define(s, n->str, kDefLocal, n);
        // The class body gets a scope, but resolve() does not let functions inside it see its
        // names: methods reach class attributes through self or the class, as in Python.
        Scope* c = newScope(ScopeKind::Class, n->str, n, s);
        visitStatements(c, n->list3);
        return;
    }
    case NodeKind::Expr: visitExpression(s, n->a); return;
    case NodeKind::Assign:
        visitExpression(s, n->a);
        for (Node* t : n->list) visitTarget(s, t);
        return;
    case NodeKind::AugAssign:
        visitExpression(s, n->b);
        if (n->a->kind == NodeKind::Name) {
            // "x += 1" reads x before binding it: a use too, so "global x" after it is refused.
            define(s, n->a->str, kDefLocal | kUse, n->a);
            // Adding an int literal never appends to a str, so `n += 1` leaves n's reads plain.
            bool intLiteral = n->b->kind == NodeKind::Constant && n->b->constKind == ConstKind::Int;
            if (n->op == int(BinaryOp::Add) && !intLiteral && !contains(s->appendTargets, n->a->str))
                s->appendTargets.push_back(n->a->str);
        } else {
            visitExpression(s, n->a);
        }
        return;
    case NodeKind::AnnAssign:
        // PEP 526: annotations of function locals are never evaluated, yet "x: int" alone makes x
        // local there; in module and class bodies the annotation runs and only a value binds.
        if (n->c) visitExpression(s, n->c);
        if (s->kind != ScopeKind::Function) visitExpression(s, n->b);
        if (n->a->kind == NodeKind::Name) {
            if (n->c || s->kind == ScopeKind::Function) define(s, n->a->str, kDefLocal, n->a);
        } else {
            visitExpression(s, n->a);
        }
        return;
    case NodeKind::Delete:
        for (Node* t : n->list) visitTarget(s, t);
        return;
    case NodeKind::Return:
        if (s->kind != ScopeKind::Function) throw CompileError("'return' outside function", n->line, n->column);
        if (n->a) visitExpression(s, n->a);
        return;
    case NodeKind::Raise:
        if (n->a) visitExpression(s, n->a);
        if (n->b) visitExpression(s, n->b);
        return;
    case NodeKind::Global:
        for (auto& name : n->names) define(s, name, kDefGlobal, n);
        return;
    case NodeKind::Nonlocal:
        // A class body may name the variables of the functions around it (resolved as frees).
        if (s->kind == ScopeKind::Module) throw CompileError("nonlocal declaration not allowed at module level", n->line, n->column);
        for (auto& name : n->names) define(s, name, kDefNonlocal, n);
        return;
    case NodeKind::If:
        // An elif chain in a loop (see CodeGen::ifStatement).
        while (true) {
            visitExpression(s, n->a);
            visitStatements(s, n->list);
            if (n->list2.size() != 1 || n->list2[0]->kind != NodeKind::If) break;
            n = n->list2[0];
        }
        visitStatements(s, n->list2);
        return;
    case NodeKind::While:
        visitExpression(s, n->a);
        visitStatements(s, n->list);
        visitStatements(s, n->list2);
        return;
    case NodeKind::For:
        visitExpression(s, n->b);
        visitTarget(s, n->a);
        visitStatements(s, n->list);
        visitStatements(s, n->list2);
        return;
    case NodeKind::With:
        for (Node* item : n->list) {
            visitExpression(s, item->a);
            if (item->b) visitTarget(s, item->b);
        }
        visitStatements(s, n->list2);
        return;
    case NodeKind::Try:
        visitStatements(s, n->list);
        for (Node* h : n->list2) {
            if (h->a) visitExpression(s, h->a);
            if (!h->str.empty()) define(s, h->str, kDefLocal, h);  // "except E as e" binds e
            visitStatements(s, h->list);
        }
        visitStatements(s, n->list3);
        visitStatements(s, n->list4);
        return;
    case NodeKind::Import:
        for (Node* alias : n->list) {
            // "import a.b.c" binds only "a"; "import a.b as m" binds m to the submodule.
            std::string bound = alias->names.empty() ? alias->str.substr(0, alias->str.find('.')) : alias->names[0];
            define(s, bound, kDefLocal, alias);
        }
        return;
    case NodeKind::ImportFrom:
        for (Node* alias : n->list) {
            if (alias->str == "*") {
                // A function's locals are fixed at compile time, so names unknown until run
                // time cannot join them (Python 3 forbids this for that reason).
                if (s->kind == ScopeKind::Function)
                    throw CompileError("import * only allowed at module level", n->line, n->column);
                continue;
            }
            define(s, alias->names.empty() ? alias->str : alias->names[0], kDefLocal, alias);
        }
        return;
    case NodeKind::Assert:
        visitExpression(s, n->a);
        if (n->b) visitExpression(s, n->b);
        return;
    default:
        return;   // pass, break, continue
    }
}

void ScopeTable::visitTarget(Scope* s, Node* n) {
    switch (n->kind) {
    case NodeKind::Name: define(s, n->str, kDefLocal, n); return;
    case NodeKind::Tuple:
    case NodeKind::List:
        for (Node* e : n->list) visitTarget(s, e);
        return;
    case NodeKind::Starred: visitTarget(s, n->a); return;
    case NodeKind::Attribute: visitExpression(s, n->a); return;
    case NodeKind::Subscript:
        visitExpression(s, n->a);
        visitExpression(s, n->b);
        return;
    default:
        visitExpression(s, n);
    }
}

void ScopeTable::visitComprehension(Scope* s, Node* n) {
    // The first iterable is evaluated in the enclosing scope; the rest runs in its own function.
    visitExpression(s, n->list[0]->b);
    static const char* const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int which = n->kind == NodeKind::ListComp ? 0 : n->kind == NodeKind::SetComp ? 1 : n->kind == NodeKind::DictComp ? 2 : 3;
    Scope* c = newScope(ScopeKind::Function, names[which], n, s);
    c->isComprehension = true;
    c->generator = n->kind == NodeKind::GeneratorExp;
    // The evaluated first iterable arrives as the hidden parameter ".0" (CPython's name: not an
    // identifier, so it cannot clash with a user's variable).
    define(c, ".0", kDefParam, n);
    c->params.push_back(".0");
    for (size_t i = 0; i < n->list.size(); ++i) {
        Node* clause = n->list[i];
        if (i > 0) visitExpression(c, clause->b);
        visitTarget(c, clause->a);
        for (Node* cond : clause->list) visitExpression(c, cond);
    }
    visitExpression(c, n->a);
    if (n->b) visitExpression(c, n->b);
}

void ScopeTable::visitExpression(Scope* s, Node* n) {
    if (!n) return;
    checkRecursion();
    switch (n->kind) {
    case NodeKind::Name:
        define(s, n->str, kUse, n);
        if (n->str == "super" && s->kind == ScopeKind::Function) {
            // Zero-argument super() needs the class cell of the enclosing class. Like CPython,
            // any mention of the name "super" is enough: whether it is called is not known here.
            for (Scope* p = s->parent; p; p = p->parent) {
                if (p->kind == ScopeKind::Class) {
                    p->classCell = true;
                    define(s, "__class__", kUse, n);
                    break;
                }
                if (p->kind != ScopeKind::Function) break;
            }
        }
        return;
    case NodeKind::Lambda: {
        Scope* f = newScope(ScopeKind::Function, "<lambda>", n, s);
        visitArguments(s, f, n->a);
        visitExpression(f, n->b);
        return;
    }
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
        visitComprehension(s, n);
        return;
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
    case NodeKind::Await:
        if (s->kind != ScopeKind::Function) {
            const char* what = n->kind == NodeKind::Await ? "'await' outside function" : "'yield' outside function";
            throw CompileError(what, n->line, n->column);
        }
        // A yield anywhere in the body makes the whole function a generator, even if unreachable.
        if (n->kind != NodeKind::Await) s->generator = true;
        visitExpression(s, n->a);
        return;
    case NodeKind::NamedExpr: {
        // PEP 572: ":=" in a comprehension binds in the scope around it (the point of writing it
        // there), so the comprehension itself only uses the name, which then resolves as free.
        Scope* target = s;
        while (target->isComprehension) target = target->parent;
        define(target, n->a->str, kDefLocal, n->a);
        if (target != s) define(s, n->a->str, kUse, n->a);
        visitExpression(s, n->b);
        return;
    }
    default:
        break;
    }
    visitExpression(s, n->a);
    visitExpression(s, n->b);
    visitExpression(s, n->c);
    for (Node* c : n->list) visitExpression(s, c);
    for (Node* c : n->list2) visitExpression(s, c);
    for (Node* c : n->list3) visitExpression(s, c);
    for (Node* c : n->list4) visitExpression(s, c);
}

// Resolves top-down, since a name's meaning depends on the functions around it, then collects
// the children's free names bottom-up, since a local becomes a cell only if an inner function
// captures it. enclosingBound holds the names the enclosing functions bind.
void ScopeTable::resolve(Scope* s, const std::vector<std::string>& enclosingBound, std::vector<std::string>& freesOut) {
    for (const std::string& name : s->order) {
        int f = s->flags[name];
        Resolution r;
        if (f & kDefGlobal) {
            r = Resolution::Global;
        } else if (f & kDefNonlocal) {
            if (!contains(enclosingBound, name))
                throw CompileError("no binding for nonlocal '" + name + "' found", s->node->line, s->node->column);
            r = Resolution::Free;
        } else if (f & (kDefLocal | kDefParam)) {
            // Any binding anywhere in a function makes the name local for the whole body (hence
            // UnboundLocalError); module and class bodies keep their names in a dict instead.
            r = s->kind == ScopeKind::Function ? Resolution::Fast : Resolution::Name;
        } else if (s->kind != ScopeKind::Module && contains(enclosingBound, name)) {
            r = Resolution::Free;
        } else {
            r = s->kind == ScopeKind::Function ? Resolution::Global : Resolution::Name;
        }
        s->resolved[name] = r;
    }
    // Only functions add their names: module names are reached as globals, and a class body's
    // names are invisible to the functions defined inside it.
    std::vector<std::string> bound = enclosingBound;
    if (s->kind == ScopeKind::Function) {
        for (auto& [name, r] : s->resolved)
            if ((r == Resolution::Fast || r == Resolution::Free) && !contains(bound, name)) bound.push_back(name);
    }
    if (s->kind == ScopeKind::Class && s->classCell) bound.push_back("__class__");
    std::vector<std::string> childFrees;
    for (Scope* child : s->children) {
        std::vector<std::string> frees;
        resolve(child, bound, frees);
        for (auto& name : frees)
            if (!contains(childFrees, name)) childFrees.push_back(name);
    }
    for (const std::string& name : childFrees) {
        Resolution r = s->resolve(name);
        if (s->kind == ScopeKind::Class && name == "__class__" && s->classCell) {
            s->resolved[name] = Resolution::Cell;
        } else if (r == Resolution::Fast) {
            // Captured by an inner function: it must live in a cell shared by both frames.
            s->resolved[name] = Resolution::Cell;
        } else if (r == Resolution::Cell || r == Resolution::Free) {
            // already provided here
        } else if (s->kind == ScopeKind::Class && s->resolved.count(name)) {
            // The class body has its own use of a name its methods take from an outer function:
            // reading it there tries the class dict, then the cell (CPython's LOAD_CLASSDEREF).
            s->resolved[name] = Resolution::ClassFree;
        } else if (s->kind != ScopeKind::Module) {
            // Neither bound here nor at the child: pass the cell through this scope, so the
            // child's closure can be built from this frame's own frees.
            s->resolved[name] = Resolution::Free;
            if (!s->flags.count(name)) s->order.push_back(name);
        }
    }
    // Lay out the frame: parameters first (a call writes the arguments straight into the first
    // slots), then other locals; cells; frees.
    for (const std::string& p : s->params) s->locals.push_back(p);
    for (const std::string& name : s->order) {
        Resolution r = s->resolved[name];
        if (r == Resolution::Fast && !contains(s->locals, name)) s->locals.push_back(name);
        if (r == Resolution::Cell) s->cells.push_back(name);
        if (r == Resolution::Free || r == Resolution::ClassFree) s->frees.push_back(name);
    }
    // The class body's __class__ cell is filled with the new class once __build_class__ has
    // made it, which is how super() in a method finds the class it was defined in.
    if (s->kind == ScopeKind::Class && s->classCell && !contains(s->cells, "__class__")) {
        s->cells.push_back("__class__");
        s->resolved["__class__"] = Resolution::Cell;
    }
    freesOut = s->frees;
}

}  // namespace pyfw::engine
