// Statements. Exception handling follows a zero-cost table: a try body is a region of words that
// names its handler; leaving a block early (return/break/continue) emits the block's clean-up
// inline (finally bodies, __exit__ calls, restoring the handled exception).
#include "engine/compile/compiler.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"

namespace pyfw::engine {

void CodeGen::statements(const std::vector<Node*>& body) {
    for (Node* n : body) statement(n);
}

void CodeGen::statement(Node* n) {
    checkRecursion();   // flat source can still make a deep tree (a 50,000-item with)
    line_ = n->line;
    switch (n->kind) {
    case NodeKind::Expr:
        if (n->a->kind == NodeKind::Constant && !interactive_) return;   // docstrings and bare constants
        // At the prompt an expression statement echoes its value, as in any Python REPL.
        expression(n->a);
        emit(interactive_ && scope_->kind == ScopeKind::Module ? Op::PRINT_EXPR : Op::POP_TOP);
        return;
    case NodeKind::Assign: assign(n); return;
    case NodeKind::AugAssign: augAssign(n); return;
    case NodeKind::AnnAssign:
        // The annotation makes no code (MicroPython drops annotations too); only a value is stored.
        if (n->c) {
            expression(n->c);
            store(n->a);
        }
        return;
    case NodeKind::Delete:
        for (Node* t : n->list) deleteTarget(t);
        return;
    case NodeKind::Pass: return;
    case NodeKind::Break: breakOrContinue(n, true); return;
    case NodeKind::Continue: breakOrContinue(n, false); return;
    case NodeKind::Return: returnStatement(n); return;
    case NodeKind::Raise: raiseStatement(n); return;
    case NodeKind::Global:
    case NodeKind::Nonlocal: return;
    case NodeKind::If: ifStatement(n); return;
    case NodeKind::While: whileStatement(n); return;
    case NodeKind::For: forStatement(n); return;
    case NodeKind::Try: tryStatement(n); return;
    case NodeKind::With: withStatement(n, 0); return;
    case NodeKind::FunctionDef: functionDef(n); return;
    case NodeKind::ClassDef: classDef(n); return;
    case NodeKind::Import: importStatement(n); return;
    case NodeKind::ImportFrom: importFrom(n); return;
    case NodeKind::Assert: assertStatement(n); return;
    default: error(n, "invalid syntax");
    }
}

namespace {
// `a, b = x, y` (two or three names, no star on either side) needs no tuple: the values are
// evaluated in order, rotated so the first is on top, and stored as an unpacked tuple would be.
bool isSwapAssignment(Node* n) {
    if (n->list.size() != 1) return false;
    Node* target = n->list[0];
    Node* value = n->a;
    bool displays = (target->kind == NodeKind::Tuple || target->kind == NodeKind::List) &&
                    (value->kind == NodeKind::Tuple || value->kind == NodeKind::List);
    if (!displays || target->list.size() != value->list.size()) return false;
    if (target->list.size() != 2 && target->list.size() != 3) return false;
    for (Node* side : {target, value})
        for (Node* item : side->list)
            if (item->kind == NodeKind::Starred) return false;
    return true;
}
}  // namespace

void CodeGen::assign(Node* n) {
    if (isSwapAssignment(n)) {
        for (Node* item : n->a->list) expression(item);
        if (n->a->list.size() == 3) emit(Op::ROT_THREE);
        emit(Op::ROT_TWO);
        for (Node* t : n->list[0]->list) store(t);
        return;
    }
    // One value, stored to each target left to right: a copy for every target but the last.
    expression(n->a);
    for (size_t i = 0; i < n->list.size(); ++i) {
        if (i + 1 < n->list.size()) emit(Op::DUP_TOP);
        store(n->list[i]);
    }
}

// `NAME += value` on a local or a cell: fused opcodes that may append to a str in place (see
// objects/str_append.cpp). Their own read of the variable keeps its mark: the value goes only to
// the append. False for globals and namespace names, which take the generic path.
bool CodeGen::appendAssign(const std::string& name, Node* value) {
    Resolution r = scope_->resolve(name);
    if (r == Resolution::Fast && scope_->isAppendLocal(name)) {
        uint32_t slot = uint32_t(scope_->fastIndex(name));
        emit(Op::LOAD_FAST, slot);
        expression(value);
        emit(Op::INPLACE_ADD_FAST, slot);
        return true;
    }
    if (r == Resolution::Cell || r == Resolution::Free) {
        uint32_t slot = uint32_t(scope_->derefIndex(name));
        emit(Op::LOAD_DEREF_KEEP, slot);
        expression(value);
        emit(Op::INPLACE_ADD_DEREF, slot);
        return true;
    }
    return false;
}

// `x += k` and `x -= k` on a local, k an int literal up to 16383: the counters of most loops, as
// one instruction (INCREMENT_FAST) instead of three. Its argument holds the slot (8 bits), then
// in 16 bits twice the signed change (k or -k) with the low bit set for `-=`: the VM adds the
// even part to the tagged small int as it is.
bool CodeGen::incrementAssign(Node* n) {
    bool subtract = n->op == int(BinaryOp::Sub);
    if ((n->op != int(BinaryOp::Add) && !subtract) || n->b->kind != NodeKind::Constant ||
        n->b->constKind != ConstKind::Int || scope_->resolve(n->a->str) != Resolution::Fast)
        return false;
    Value k;
    std::string key;
    uint32_t slot = uint32_t(scope_->fastIndex(n->a->str));
    if (slot > 0xff || !constantValue(n->b, k, key) || !k.isSmallInt() || k.smallInt() < 0 || k.smallInt() > 0x3fff)
        return false;
    int32_t change = int32_t(subtract ? -k.smallInt() : k.smallInt());
    emit(Op::INCREMENT_FAST, slot | ((uint32_t(change) << 1 | uint32_t(subtract)) & 0xffff) << 8);
    return true;
}

namespace {
// An operand that cannot rebind a local while it is evaluated (no `:=`, no call): names,
// literals, attributes, subscripts and arithmetic of them, a few levels deep.
bool cannotRebind(const Node* n, int depth = 0) {
    if (!n || depth > 4) return false;
    switch (n->kind) {
    case NodeKind::Name:
    case NodeKind::Constant: return true;
    case NodeKind::Attribute:
    case NodeKind::UnaryOp: return cannotRebind(n->a, depth + 1);
    case NodeKind::BinOp:
    case NodeKind::Subscript: return cannotRebind(n->a, depth + 1) && cannotRebind(n->b, depth + 1);
    default: return false;
    }
}
}  // namespace

void CodeGen::augAssign(Node* n) {
    Node* t = n->a;
    uint32_t op = uint32_t(n->op);
    switch (t->kind) {
    case NodeKind::Name:
        if (incrementAssign(n)) return;
        if (n->op == int(BinaryOp::Add) && appendAssign(t->str, n->b)) return;
        nameOp(t->str, 0, t);
        expression(n->b);
        emit(Op::INPLACE, op);
        nameOp(t->str, 1, t);
        return;
    // The object (and index) of the target are evaluated once, not once to read and once to
    // write: "a[f()] += 1" calls f a single time, as Python specifies.
    case NodeKind::Attribute:
        // `self.x += v` on a local: reading the local again for the store gives the same object
        // when v cannot rebind it, so the fused local-attribute instructions do both ends.
        if (uint32_t arg; cannotRebind(n->b) && fastAttrArg(t, arg)) {
            emit(Op::LOAD_FAST_ATTR, arg);
            expression(n->b);
            emit(Op::INPLACE, op);
            emit(Op::STORE_FAST_ATTR, arg);
            return;
        }
        expression(t->a);
        emit(Op::DUP_TOP);
        emit(Op::LOAD_ATTR, nameIndex(t->str));
        expression(n->b);
        emit(Op::INPLACE, op);
        emit(Op::ROT_TWO);  // [obj, result] -> [result, obj], the order STORE_ATTR takes
        emit(Op::STORE_ATTR, nameIndex(t->str));
        return;
    case NodeKind::Subscript:
        expression(t->a);
        subscriptIndex(t->b);
        emit(Op::DUP_TOP_TWO);
        emit(Op::SUBSCR);
        expression(n->b);
        emit(Op::INPLACE, op);
        emit(Op::ROT_THREE);  // [obj, index, result] -> [result, obj, index]
        emit(Op::STORE_SUBSCR);
        return;
    default:
        error(t, "illegal expression for augmented assignment");
    }
}

void CodeGen::deleteTarget(Node* t) {
    line_ = t->line;
    switch (t->kind) {
    case NodeKind::Name: nameOp(t->str, 2, t); return;
    case NodeKind::Attribute:
        expression(t->a);
        emit(Op::DELETE_ATTR, nameIndex(t->str));
        return;
    case NodeKind::Subscript:
        expression(t->a);
        subscriptIndex(t->b);
        emit(Op::DELETE_SUBSCR);
        return;
    case NodeKind::Tuple:
    case NodeKind::List:
        for (Node* e : t->list) deleteTarget(e);
        return;
    default:
        error(t, "can't delete expression");
    }
}

// An elif chain (an If alone in the else branch of an If) is walked in a loop, not recursively:
// a program may have thousands of branches.
void CodeGen::ifStatement(Node* n) {
    int end = newLabel();
    while (true) {
        int elseLabel = newLabel();
        condJump(n->a, false, elseLabel);
        statements(n->list);
        if (!n->list2.empty()) emitJump(Op::JUMP, end);
        bind(elseLabel);
        if (n->list2.size() == 1 && n->list2[0]->kind == NodeKind::If) {
            n = n->list2[0];
            line_ = n->line;
            continue;
        }
        statements(n->list2);
        break;
    }
    bind(end);
}

void CodeGen::whileStatement(Node* n) {
    int loop = newLabel(), orelse = newLabel(), end = newLabel();
    bind(loop);
    // "while True:" (every firmware's main loop) needs no test each time round.
    bool forever = n->a->kind == NodeKind::Constant && n->a->constKind == ConstKind::True;
    if (!forever) condJump(n->a, false, orelse);
    blocks_.push_back({BlockKind::WhileLoop, loop, end, nullptr, {}, handlerStack_.size(), base_});
    statements(n->list);
    blocks_.pop_back();
    line_ = n->line;
    emitJump(Op::JUMP, loop);
    // The else runs only when the condition turns false; break jumps to end, past it.
    bind(orelse);
    statements(n->list2);
    bind(end);
}

void CodeGen::asyncForStatement(Node* n) {
    expression(n->b);
    emit(Op::GET_AITER);
    int loop = newLabel(), exhausted = newLabel(), end = newLabel();
    bind(loop);
    // [aiter] -> [aiter, item]; StopAsyncIteration from __anext__ ends the loop.
    pushHandler(exhausted, base_ + 1);
    emit(Op::GET_ANEXT);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
    popHandler();
    store(n->a);
    blocks_.push_back({BlockKind::ForLoop, loop, end, nullptr, {}, handlerStack_.size(), base_});
    ++base_;
    statements(n->list);
    --base_;
    blocks_.pop_back();
    line_ = n->line;
    emitJump(Op::JUMP, loop);
    bind(exhausted);
    emit(Op::END_ASYNC_FOR);
    statements(n->list2);
    bind(end);
}

void CodeGen::forStatement(Node* n) {
    if (n->op) {
        if (!scope_->coroutine) error(n, "'async for' outside async function");
        asyncForStatement(n);
        return;
    }
    expression(n->b);
    emit(Op::GET_ITER);
    int loop = newLabel(), body = newLabel(), exhausted = newLabel(), end = newLabel();
    bind(loop);
    // The iterator stays on the stack for the whole loop (hence base_ + 1 in the body, and the
    // POP_TOP when a break or return leaves it); FOR_ITER drops it when it is exhausted. The
    // body ends with FOR_ITER_LOOP, which steps it again itself rather than jumping back to
    // FOR_ITER; `continue` goes to FOR_ITER.
    emitJump(Op::FOR_ITER, exhausted);
    bind(body);
    store(n->a);
    blocks_.push_back({BlockKind::ForLoop, loop, end, nullptr, {}, handlerStack_.size(), base_});
    ++base_;
    statements(n->list);
    --base_;
    blocks_.pop_back();
    line_ = n->line;
    emitJump(Op::FOR_ITER_LOOP, body);
    bind(exhausted);
    statements(n->list2);
    bind(end);
}

// Emits what leaving block `b` early needs. With preserveTop, a value (the return value) sits on
// top of the stack and must survive.
void CodeGen::unwindBlock(size_t index, bool preserveTop) {
    Block b = blocks_[index];
    // The clean-up code is outside the block's try region: an exception in a finally body or an
    // __exit__ must not be caught by the handler of the block being left. The code after it
    // is still inside those regions, so the stack is restored at the end.
    std::vector<int> savedHandlers = handlerStack_;
    handlerStack_.resize(b.handlerStackSize);
    switch (b.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::TryExcept:
        break;
    case BlockKind::ForLoop:
        if (preserveTop) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        break;
    case BlockKind::TryFinally: {
        // Run the finally body here, outside its own try region and block. A break or return in
        // it then unwinds only the blocks around the try; the ReturnValue block lets such a
        // return drop the pending value (Python: a return in finally wins).
        std::vector<Block> savedBlocks = blocks_;
        blocks_.resize(index);
        if (preserveTop) blocks_.push_back({BlockKind::ReturnValue, -1, -1, nullptr, {}, b.handlerStackSize, b.base});
        int savedBase = base_;
        base_ = b.base + (preserveTop ? 1 : 0);
        statements(*b.finallyBody);
        base_ = savedBase;
        blocks_ = std::move(savedBlocks);
        break;
    }
    case BlockKind::With:
    case BlockKind::AsyncWith:
        withExit(b.kind == BlockKind::AsyncWith, preserveTop);
        break;
    case BlockKind::ExceptHandler:
        // Restore the exception handled before this one, and unbind "e" as Python 3 does at the
        // end of "except E as e" (the traceback would otherwise keep the frame alive).
        if (preserveTop) emit(Op::ROT_TWO);
        emit(Op::POP_EXCEPT);
        if (!b.handlerName.empty()) {
            emit(Op::LOAD_NONE);
            nameOp(b.handlerName, 1, nullptr);
            nameOp(b.handlerName, 2, nullptr);
        }
        break;
    case BlockKind::ReturnValue:
        if (preserveTop) emit(Op::ROT_TWO);   // a return inside the finally body replaces the value
        emit(Op::POP_TOP);
        break;
    case BlockKind::FinallyException:
        // Leaving a finally body that runs for an exception: the exception is dropped (a
        // return or break in finally swallows it, as in Python) and the previous one restored.
        if (preserveTop) {
            emit(Op::ROT_TWO);
            emit(Op::POP_TOP);
            emit(Op::ROT_TWO);
        } else {
            emit(Op::POP_TOP);
        }
        emit(Op::POP_EXCEPT);
        break;
    }
    handlerStack_ = std::move(savedHandlers);
}

// Calls the __exit__ on the stack with (None, None, None) and drops it.
void CodeGen::withExit(bool isAsync, bool preserveTop) {
    if (preserveTop) emit(Op::ROT_TWO);
    if (!isAsync) {
        emit(Op::WITH_EXIT);
        return;
    }
    emit(Op::LOAD_NONE);
    emit(Op::DUP_TOP);
    emit(Op::DUP_TOP);
    emit(Op::CALL, 3);
    awaitValue();
    emit(Op::POP_TOP);
}

void CodeGen::returnStatement(Node* n) {
    if (n->a) expression(n->a);
    else emit(Op::LOAD_NONE);
    // The value is computed first, then every enclosing block is left innermost first (finally
    // bodies run after the return expression, as Python requires), keeping the value on top.
    for (size_t i = blocks_.size(); i-- > 0;) unwindBlock(i, true);
    line_ = n->line;
    emit(Op::RETURN_VALUE);
}

void CodeGen::breakOrContinue(Node* n, bool isBreak) {
    for (size_t i = blocks_.size(); i-- > 0;) {
        Block b = blocks_[i];
        if (b.kind == BlockKind::WhileLoop || b.kind == BlockKind::ForLoop) {
            // continue stays in the loop, so its iterator stays on the stack.
            if (isBreak) unwindBlock(i, false);
            line_ = n->line;
            emitJump(Op::JUMP, isBreak ? b.breakLabel : b.continueLabel);
            return;
        }
        unwindBlock(i, false);
    }
    error(n, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
}

void CodeGen::tryStatement(Node* n) {
    if (n->list4.empty()) {
        tryExcept(n);
        return;
    }
    // The finally body is emitted once for the normal path, once as the exception handler, and
    // inline again at each return/break/continue that leaves it: more code, but no run-time
    // record of why the finally body is running.
    int handler = newLabel(), cleanup = newLabel(), end = newLabel();
    pushHandler(handler, base_);
    blocks_.push_back({BlockKind::TryFinally, -1, -1, &n->list4, {}, handlerStack_.size() - 1, base_});
    if (n->list2.empty()) statements(n->list);
    else tryExcept(n);
    blocks_.pop_back();
    popHandler();
    statements(n->list4);
    emitJump(Op::JUMP, end);
    // The finally body on the exception path: [exc] -> [prev, exc], then re-raise. If the body
    // raises anew, cleanup restores prev first, so the handled exception is not left behind.
    bind(handler);
    emit(Op::PUSH_EXC_INFO);
    pushHandler(cleanup, base_ + 1);
    blocks_.push_back({BlockKind::FinallyException, -1, -1, nullptr, {}, handlerStack_.size() - 1, base_});
    base_ += 2;
    statements(n->list4);
    base_ -= 2;
    blocks_.pop_back();
    emit(Op::RERAISE);
    popHandler();
    bind(cleanup);
    emit(Op::POP_EXCEPT_RERAISE);
    bind(end);
}

void CodeGen::tryExcept(Node* n) {
    int handler = newLabel(), cleanup = newLabel(), end = newLabel();
    pushHandler(handler, base_);
    blocks_.push_back({BlockKind::TryExcept, -1, -1, nullptr, {}, handlerStack_.size() - 1, base_});
    statements(n->list);
    blocks_.pop_back();
    popHandler();
    statements(n->list3);  // the else body: outside the try region, so not caught here
    emitJump(Op::JUMP, end);
    bind(handler);
    emit(Op::PUSH_EXC_INFO);
    pushHandler(cleanup, base_ + 1);
    for (size_t i = 0; i < n->list2.size(); ++i) {
        Node* h = n->list2[i];
        line_ = h->line;
        int next = newLabel();
        if (h->a) {
            expression(h->a);
            emit(Op::CHECK_EXC_MATCH);
            emitJump(Op::POP_JUMP_IF_FALSE, next);
        } else if (i + 1 < n->list2.size()) {
            error(h, "default 'except:' must be last");
        }
        if (!h->str.empty()) nameOp(h->str, 1, h);
        else emit(Op::POP_TOP);
        exceptHandlerBody(h);
        emitJump(Op::JUMP, end);
        bind(next);
    }
    emit(Op::RERAISE);  // no clause matched: the exception goes on
    popHandler();
    bind(cleanup);
    emit(Op::POP_EXCEPT_RERAISE);
    bind(end);
}

// The body of one except clause; the stack holds [prev]. A named clause clears its name on the
// way out, also when the body raises.
void CodeGen::exceptHandlerBody(Node* h) {
    blocks_.push_back({BlockKind::ExceptHandler, -1, -1, nullptr, h->str, handlerStack_.size(), base_});
    ++base_;
    if (h->str.empty()) {
        statements(h->list);
        --base_;
        blocks_.pop_back();
        emit(Op::POP_EXCEPT);
        return;
    }
    int nameCleanup = newLabel(), done = newLabel();
    pushHandler(nameCleanup, base_);
    blocks_.back().handlerStackSize = handlerStack_.size() - 1;
    statements(h->list);
    popHandler();
    --base_;
    blocks_.pop_back();
    emit(Op::POP_EXCEPT);
    emit(Op::LOAD_NONE);
    nameOp(h->str, 1, h);
    nameOp(h->str, 2, h);
    emitJump(Op::JUMP, done);
    bind(nameCleanup);
    emit(Op::LOAD_NONE);
    nameOp(h->str, 1, h);
    nameOp(h->str, 2, h);
    emit(Op::RERAISE);
    bind(done);
}

void CodeGen::withStatement(Node* n, size_t item) {
    bool isAsync = n->op == 1;
    if (isAsync && !scope_->coroutine) error(n, "'async with' outside async function");
    Node* it = n->list[item];
    line_ = it->line;
    expression(it->a);
    if (isAsync) {
        emit(Op::BEFORE_ASYNC_WITH);
        awaitValue();
    } else {
        emit(Op::BEFORE_WITH);
    }
    int handler = newLabel(), cleanup = newLabel(), suppress = newLabel(), end = newLabel();
    // [exit, value]: the region starts before the "as" store, so a failing store (a bad
    // unpacking) still calls __exit__, as in CPython; exit stays under the body's stack.
    pushHandler(handler, base_ + 1);
    if (it->b) store(it->b);
    else emit(Op::POP_TOP);
    blocks_.push_back({isAsync ? BlockKind::AsyncWith : BlockKind::With, -1, -1, nullptr, {}, handlerStack_.size() - 1, base_});
    ++base_;
    // "with a, b:" is "with a: with b:", so b's __exit__ runs before a's.
    if (item + 1 < n->list.size()) withStatement(n, item + 1);
    else statements(n->list2);
    --base_;
    blocks_.pop_back();
    popHandler();
    line_ = it->line;
    withExit(isAsync, false);
    emitJump(Op::JUMP, end);
    // [exit, exc] -> [exit, prev, exc]; call exit(type, exc, tb) and re-raise unless it is true.
    bind(handler);
    emit(Op::PUSH_EXC_INFO);
    pushHandler(cleanup, base_ + 2);
    emit(Op::WITH_EXCEPT_START);
    if (isAsync) awaitValue();
    emitJump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE);
    popHandler();
    bind(cleanup);
    emit(Op::POP_EXCEPT_RERAISE);
    bind(suppress);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    bind(end);
}

void CodeGen::raiseStatement(Node* n) {
    uint32_t count = 0;
    if (n->a) {
        expression(n->a);
        ++count;
        if (n->b) {
            expression(n->b);
            ++count;
        }
    }
    line_ = n->line;
    emit(Op::RAISE, count);
}

void CodeGen::assertStatement(Node* n) {
    int end = newLabel();
    condJump(n->a, true, end);
    // The builtin itself, so a global named AssertionError does not change what assert raises;
    // the message is evaluated only when the assertion fails.
    emit(Op::LOAD_ASSERTION_ERROR);
    if (n->b) {
        expression(n->b);
        emit(Op::CALL, 1);
    }
    line_ = n->line;
    emit(Op::RAISE, 1);
    bind(end);
}

void CodeGen::importStatement(Node* n) {
    for (Node* alias : n->list) {
        line_ = alias->line;
        emit(Op::LOAD_SMALL_INT, 0);
        emit(Op::LOAD_NONE);
        emit(Op::IMPORT_NAME, nameIndex(alias->str));
        // With no fromlist IMPORT_NAME returns the top-level package: "import a.b" binds a.
        if (alias->names.empty()) {
            nameOp(alias->str.substr(0, alias->str.find('.')), 1, alias);
            continue;
        }
        // import a.b.c as d: walk from the top-level package to the submodule.
        size_t start = alias->str.find('.');
        while (start != std::string::npos) {
            size_t next = alias->str.find('.', start + 1);
            std::string part = alias->str.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
            emit(Op::IMPORT_FROM, nameIndex(part));
            emit(Op::ROT_TWO);
            emit(Op::POP_TOP);
            start = next;
        }
        nameOp(alias->names[0], 1, alias);
    }
}

void CodeGen::importFrom(Node* n) {
    emit(Op::LOAD_SMALL_INT, uint32_t(n->op));
    std::vector<Value> fromNames;
    std::string key = "f";
    for (Node* alias : n->list) {
        fromNames.push_back(Value(intern(alias->str)));
        key += alias->str + ",";
    }
    RootedValues keep;
    keep.values = fromNames;
    emit(Op::LOAD_CONST, addConst(Value(tupleFromArray(keep.values.data(), keep.values.size())), key));
    // A fromlist makes IMPORT_NAME return the named module itself (a.b, not a), which stays on
    // the stack while IMPORT_FROM takes each name from it.
    emit(Op::IMPORT_NAME, nameIndex(n->str));
    if (n->list.size() == 1 && n->list[0]->str == "*") {
        emit(Op::IMPORT_STAR);
        return;
    }
    for (Node* alias : n->list) {
        line_ = alias->line;
        emit(Op::IMPORT_FROM, nameIndex(alias->str));
        nameOp(alias->names.empty() ? alias->str : alias->names[0], 1, alias);
    }
    emit(Op::POP_TOP);
}

}  // namespace pyfw::engine
