// Code objects for modules, functions, lambdas, class bodies and comprehensions, and the code that
// makes functions and classes at run time (defaults, closures, decorators, __build_class__).
#include "engine/compile/compiler.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"

namespace pyfw::engine {

std::string CodeGen::childQualname(const std::string& name) const {
    if (scope_->kind == ScopeKind::Module) return name;
    // PEP 3155: a function's inner definitions are marked, as each call makes new ones.
    if (scope_->kind == ScopeKind::Function) return qualname_ + ".<locals>." + name;
    return qualname_ + "." + name;
}

CodeObject* CodeGen::compileModule(Node* module) {
    line_ = module->list.empty() ? 1 : module->list[0]->line;
    // A leading string is the module's docstring; not at the prompt, where it is echoed instead.
    if (!module->list.empty() && module->list[0]->kind == NodeKind::Expr &&
        module->list[0]->a->kind == NodeKind::Constant && module->list[0]->a->constKind == ConstKind::Str &&
        !interactive_) {
        emit(Op::LOAD_CONST, constStr(module->list[0]->a->str));
        emit(Op::STORE_NAME, nameIndex("__doc__"));
    }
    statements(module->list);
    emit(Op::LOAD_NONE);
    emit(Op::RETURN_VALUE);
    return finish("<module>", 1, kCodeNameLookups, 0, 0, 0);
}

CodeObject* CodeGen::compileEval(Node* expr) {
    line_ = expr->line;
    expression(expr);
    emit(Op::RETURN_VALUE);
    return finish("<module>", expr->line, kCodeNameLookups, 0, 0, 0);
}

CodeObject* CodeGen::compileFunction(Node* def) {
    Node* args = def->a;
    line_ = def->line;
    uint32_t flags = 0;
    if (scope_->generator) flags |= kCodeGenerator;
    if (scope_->coroutine) flags |= scope_->generator ? kCodeGenerator : kCodeCoroutine;
    if (def->kind == NodeKind::Lambda) {
        expression(def->b);
        emit(Op::RETURN_VALUE);
        return finish("<lambda>", def->line, flags, int(args->list.size()), args->op, int(args->list3.size()));
    }
    if (!def->list.empty() && def->list[0]->kind == NodeKind::Expr && def->list[0]->a->kind == NodeKind::Constant &&
        def->list[0]->a->constKind == ConstKind::Str) {
        constStr(def->list[0]->a->str);   // the docstring is consts[0]
    } else {
        addConst(None(), "N");  // so __doc__ is always consts[0], None when there is none
    }
    statements(def->list);
    emit(Op::LOAD_NONE);
    emit(Op::RETURN_VALUE);
    return finish(def->str, def->line, flags, int(args->list.size()), args->op, int(args->list3.size()));
}

// The body runs once, as a function whose namespace becomes the class dict. __module__ comes
// from the defining module's __name__ when the class statement runs, not at compile time.
CodeObject* CodeGen::compileClassBody(Node* def) {
    line_ = def->line;
    emit(Op::LOAD_NAME, nameIndex("__name__"));
    emit(Op::STORE_NAME, nameIndex("__module__"));
    emit(Op::LOAD_CONST, constStr(qualname_));
    emit(Op::STORE_NAME, nameIndex("__qualname__"));
    if (!def->list3.empty() && def->list3[0]->kind == NodeKind::Expr && def->list3[0]->a->kind == NodeKind::Constant &&
        def->list3[0]->a->constKind == ConstKind::Str) {
        emit(Op::LOAD_CONST, constStr(def->list3[0]->a->str));
        emit(Op::STORE_NAME, nameIndex("__doc__"));
    }
    statements(def->list3);
    // The body returns its __class__ cell, so __build_class__ can fill it with the class it makes.
    if (scope_->classCell) {
        emit(Op::LOAD_CLOSURE, uint32_t(scope_->derefIndex("__class__")));
    } else {
        emit(Op::LOAD_NONE);
    }
    emit(Op::RETURN_VALUE);
    return finish(def->str, def->line, kCodeNameLookups, 0, 0, 0);
}

// [defaults] [kwdefaults] [closure] code -> MAKE_FUNCTION. The closure holds the cells
// themselves, not their values: a later rebinding in either function is seen by the other.
void CodeGen::makeClosure(Scope* child, CodeObject* code, uint32_t flags) {
    if (uint32_t cells = loadCells(child)) {
        emit(Op::BUILD_TUPLE, cells);
        flags |= kFnClosure;
    }
    loadCode(code);
    emit(Op::MAKE_FUNCTION, flags);
}

uint32_t CodeGen::loadCells(Scope* child) {
    for (const std::string& name : child->frees) {
        int index = scope_->derefIndex(name);
        if (index < 0) error(nullptr, "internal error: no cell for free variable '" + name + "'");
        emit(Op::LOAD_CLOSURE, uint32_t(index));
    }
    return uint32_t(child->frees.size());
}

void CodeGen::loadCode(CodeObject* code) {
    // A key made from the constant's index never matches another: each code object gets its own
    // slot, however alike two bodies are.
    char key[32];
    std::snprintf(key, sizeof key, "c%zu", consts_.values.size());
    emit(Op::LOAD_CONST, addConst(Value(code), key));
}

namespace {

uint32_t pushDefaults(CodeGen* gen, Node* args, auto&& expression, auto&& emit, auto&& constStr) {
    uint32_t flags = 0;
    if (!args->list2.empty()) {
        for (Node* d : args->list2) expression(d);
        emit(Op::BUILD_TUPLE, uint32_t(args->list2.size()));
        flags |= kFnDefaults;
    }
    size_t kwCount = 0;
    for (size_t i = 0; i < args->list3.size(); ++i) {
        if (!args->list4[i]) continue;
        emit(Op::LOAD_CONST, constStr(args->list3[i]->str));
        expression(args->list4[i]);
        ++kwCount;
    }
    if (kwCount) {
        emit(Op::BUILD_MAP, uint32_t(kwCount));
        flags |= kFnKwDefaults;
    }
    (void)gen;
    return flags;
}

}  // namespace

// Python's order: decorators are evaluated first, top to bottom, then the defaults, then the
// function is made; the decorators then apply bottom-up (each CALL takes the one nearest the
// def), and the name is bound only to the final result.
void CodeGen::functionDef(Node* n) {
    for (Node* d : n->list2) expression(d);
    line_ = n->line;
    uint32_t flags = pushDefaults(
        this, n->a, [&](Node* e) { expression(e); }, [&](Op op, uint32_t arg) { emit(op, arg); },
        [&](const std::string& s) { return constStr(s); });
    Scope* child = ctx_.scopes.scopeOf(n);
    CodeGen gen(ctx_, child, childQualname(n->str));
    CodeObject* code = gen.compileFunction(n);
    // Nothing the GC scans refers to the new code object until makeClosure puts it among the
    // constants; rooted so a collection in between cannot free it.
    RootedValues keep;
    keep.values.push_back(Value(code));
    line_ = n->line;
    makeClosure(child, code, flags);
    for (size_t i = 0; i < n->list2.size(); ++i) emit(Op::CALL, 1);
    nameOp(n->str, 1, n);
}

void CodeGen::lambda(Node* n) {
    uint32_t flags = pushDefaults(
        this, n->a, [&](Node* e) { expression(e); }, [&](Op op, uint32_t arg) { emit(op, arg); },
        [&](const std::string& s) { return constStr(s); });
    Scope* child = ctx_.scopes.scopeOf(n);
    CodeGen gen(ctx_, child, childQualname("<lambda>"));
    CodeObject* code = gen.compileFunction(n);
    RootedValues keep;
    keep.values.push_back(Value(code));
    line_ = n->line;
    makeClosure(child, code, flags);
}

void CodeGen::classDef(Node* n) {
    for (Node* d : n->list4) expression(d);
    line_ = n->line;
    emit(Op::LOAD_BUILD_CLASS);
    Scope* child = ctx_.scopes.scopeOf(n);
    CodeGen gen(ctx_, child, childQualname(n->str));
    CodeObject* code = gen.compileClassBody(n);
    RootedValues keep;
    keep.values.push_back(Value(code));
    line_ = n->line;
    makeClosure(child, code, 0);
    emit(Op::LOAD_CONST, constStr(n->str));
    bool simple = true;
    for (Node* b : n->list) simple &= b->kind != NodeKind::Starred;
    for (Node* k : n->list2) simple &= !k->str.empty();
    if (simple) {
        size_t count;
        bool hasKeywords;
        callArguments(n->list, n->list2, count, hasKeywords);
        line_ = n->line;
        // __build_class__(body, name, *bases, **keywords): two arguments before the bases.
        emit(hasKeywords ? Op::CALL_KW : Op::CALL, uint32_t(count + 2));
    } else {
        // __build_class__(func, name, *bases, **keywords): func and name are already pushed.
        emit(Op::BUILD_LIST, 2);
        for (Node* a : n->list) {
            if (a->kind == NodeKind::Starred) {
                expression(a->a);
                emit(Op::LIST_EXTEND, 1);
            } else {
                expression(a);
                emit(Op::LIST_APPEND, 1);
            }
        }
        emit(Op::LIST_TO_TUPLE);
        uint32_t flags = 0;
        if (!n->list2.empty()) {
            emit(Op::BUILD_MAP, 0);
            for (Node* k : n->list2) {
                if (k->str.empty()) {
                    expression(k->a);
                } else {
                    emit(Op::LOAD_CONST, constStr(k->str));
                    expression(k->a);
                    emit(Op::BUILD_MAP, 1);
                }
                emit(Op::DICT_MERGE, 1);
            }
            flags = kCallExKwargs;
        }
        emit(Op::CALL_EX, flags);
    }
    for (size_t i = 0; i < n->list4.size(); ++i) emit(Op::CALL, 1);
    nameOp(n->str, 1, n);
}

void CodeGen::comprehension(Node* n) {
    for (Node* clause : n->list)
        if (clause->op) error(clause, "asynchronous comprehensions are not supported");
    Scope* child = ctx_.scopes.scopeOf(n);
    CodeGen gen(ctx_, child, childQualname(child->name));
    CodeObject* code = gen.compileComprehension(n);
    RootedValues keep;
    keep.values.push_back(Value(code));
    line_ = n->line;
    // A generator expression is a function the program holds; a list, set or dict comprehension
    // runs at once and ends, so its frame is made from the code without a function object (unless
    // a function inside captures its variables: their cells are made by the general call).
    bool direct = n->kind != NodeKind::GeneratorExp && !(code->flags & (kCodeGenerator | kCodeCoroutine)) &&
                  code->cellCount == 0;
    uint32_t cells = direct ? loadCells(child) : 0;
    if (direct) loadCode(code);
    else makeClosure(child, code, 0);
    // The first iterable is evaluated and iterated here, in the enclosing scope: "(x for x in 1)"
    // raises at once, not at the first next(), and its names never need to be free variables.
    expression(n->list[0]->b);
    emit(Op::GET_ITER);
    if (direct) emit(Op::CALL_COMPREHENSION, cells);
    else emit(Op::CALL, 1);
}

CodeObject* CodeGen::compileComprehension(Node* n) {
    line_ = n->line;
    bool generator = n->kind == NodeKind::GeneratorExp;
    // One clause with no filter gives an item per item of its iterator: the list can be made with
    // room for them all when the iterator knows its count.
    bool onePerItem = n->list.size() == 1 && n->list[0]->list.empty();
    if (n->kind == NodeKind::ListComp) emit(onePerItem ? Op::BUILD_LIST_FOR : Op::BUILD_LIST, 0);
    else if (n->kind == NodeKind::SetComp) emit(Op::BUILD_SET, 0);
    else if (n->kind == NodeKind::DictComp) emit(Op::BUILD_MAP, 0);
    std::vector<int> bodies, ends;
    for (size_t i = 0; i < n->list.size(); ++i) {
        Node* clause = n->list[i];
        if (i == 0) {
            emit(Op::LOAD_FAST, 0);  // ".0", the iterator the caller passed
        } else {
            expression(clause->b);
            emit(Op::GET_ITER);
        }
        int loop = newLabel(), body = newLabel(), end = newLabel();
        bind(loop);
        emitJump(Op::FOR_ITER, end);
        bind(body);
        store(clause->a);
        for (Node* cond : clause->list) condJump(cond, false, loop);  // a failed filter: next item
        bodies.push_back(body);
        ends.push_back(end);
    }
    // The result sits under one iterator per clause: the append ops reach that far down the
    // stack after popping their value.
    uint32_t depth = uint32_t(n->list.size()) + 1;
    line_ = n->line;
    if (generator) {
        expression(n->a);
        yieldValue();
        emit(Op::POP_TOP);  // the value sent in by send() is not used
    } else if (n->kind == NodeKind::DictComp) {
        expression(n->a);
        expression(n->b);
        emit(Op::MAP_ADD, depth);
    } else {
        expression(n->a);
        emit(n->kind == NodeKind::ListComp ? Op::LIST_APPEND : Op::SET_ADD, depth);
    }
    for (size_t i = n->list.size(); i-- > 0;) {
        emitJump(Op::FOR_ITER_LOOP, bodies[i]);   // as a for statement's body ends
        bind(ends[i]);
    }
    if (generator) emit(Op::LOAD_NONE);
    emit(Op::RETURN_VALUE);
    return finish(scope_->name, n->line, generator ? kCodeGenerator : 0, 1, 0, 0);
}

}  // namespace pyfw::engine
