// Expressions, assignment targets and conditions.
#include <cmath>
#include <set>

#include "engine/compile/compiler.h"
#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {


// context: 0 load, 1 store, 2 delete (the index into each table below).
void CodeGen::nameOp(const std::string& name, int context, Node* at) {
    static const Op fastOps[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
    static const Op derefOps[] = {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF};
    static const Op globalOps[] = {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL};
    static const Op nameOps[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
    switch (scope_->resolve(name)) {
    case Resolution::Fast:
        // A variable that "+=" appends to is read with LOAD_FAST_SHARED, which marks its str as
        // shared: the in-place append must not change a string another reference can see.
        if (context == 0 && scope_->isAppendLocal(name)) emit(Op::LOAD_FAST_SHARED, uint32_t(scope_->fastIndex(name)));
        else emit(fastOps[context], uint32_t(scope_->fastIndex(name)));
        return;
    case Resolution::Cell:
    case Resolution::Free:
        emit(derefOps[context], uint32_t(scope_->derefIndex(name)));
        return;
    case Resolution::ClassFree:
        // Only reads look in the class dict and then the cell; stores and deletes in a class
        // body always go to the class dict.
        if (context == 0) emit(Op::LOAD_CLASSDEREF, uint32_t(scope_->derefIndex(name)));
        else emit(nameOps[context], nameIndex(name));
        return;
    case Resolution::Global:
        emit(globalOps[context], nameIndex(name));
        return;
    case Resolution::Name:
        emit(nameOps[context], nameIndex(name));
        return;
    }
    (void)at;
}

// `local.name` (self.x, the commonest attribute access) as one instruction: the local's slot in
// the low 8 bits of the argument, the name's index in the 16 above. False when either does not
// fit, or the local is one `+=` appends to (its reads must go through LOAD_FAST_SHARED).
bool CodeGen::fastAttrArg(Node* attribute, uint32_t& arg) {
    Node* object = attribute->a;
    if (object->kind != NodeKind::Name || scope_->resolve(object->str) != Resolution::Fast ||
        scope_->isAppendLocal(object->str))
        return false;
    uint32_t slot = uint32_t(scope_->fastIndex(object->str));
    uint32_t name = nameIndex(attribute->str);
    if (slot > 0xff || name > 0xffff) return false;
    arg = name << 8 | slot;
    return true;
}

// Folds a literal (and -literal, and tuples of them) into a value. The key spells the type and
// the value, so constants Python calls equal stay apart: 1, 1.0 and True would otherwise share
// one slot, and 0.0 and -0.0 too.
bool CodeGen::constantValue(Node* n, Value& out, std::string& key) {
    // There are no negative literals in the grammar: "-5" is a negation, folded here.
    if (n->kind == NodeKind::UnaryOp && n->op == 0 && n->a->kind == NodeKind::Constant &&
        (n->a->constKind == ConstKind::Int || n->a->constKind == ConstKind::Float)) {
        Value v;
        std::string k;
        constantValue(n->a, v, k);
        out = unaryOp(UnaryOp::Neg, v);
        key = "-" + k;
        return true;
    }
    if (n->kind == NodeKind::Tuple) {
        RootedValues items;
        key = "t(";
        for (Node* e : n->list) {
            Value v;
            std::string k;
            if (e->kind == NodeKind::Starred || !constantValue(e, v, k)) return false;
            items.values.push_back(v);
            key += k + ",";
        }
        key += ")";
        out = Value(tupleFromArray(items.values.data(), items.values.size()));
        return true;
    }
    if (n->kind != NodeKind::Constant) return false;
    switch (n->constKind) {
    case ConstKind::None: out = None(); key = "N"; return true;
    case ConstKind::True: out = True(); key = "T"; return true;
    case ConstKind::False: out = False(); key = "F"; return true;
    case ConstKind::Ellipsis: out = Ellipsis(); key = "E"; return true;
    case ConstKind::Int: {
        uint32_t index = constInt(n->str, n->line);
        out = consts_.values[index];
        key = "i" + intToString(out);
        return true;
    }
    case ConstKind::Float: {
        bool ok;
        double d = parseFloat(n->str, ok);
        if (!ok) error(n, "invalid float literal");
        out = newFloat(d);
        char buf[40];
        std::snprintf(buf, sizeof buf, "f%a", d);  // hex float: exact, so no two values share a key
        key = buf;
        return true;
    }
    case ConstKind::Imaginary: {
        bool ok;
        double d = parseFloat(std::string_view(n->str).substr(0, n->str.size() - 1), ok);   // drop the j
        if (!ok) error(n, "invalid imaginary literal");
        out = newComplex(0, d);
        char buf[40];
        std::snprintf(buf, sizeof buf, "j%a", d);
        key = buf;
        return true;
    }
    case ConstKind::Str:
        // Short strings (names, keys) are interned so lookups can compare pointers; long ones
        // are not, to keep the intern table small.
        out = Value(n->str.size() < 40 ? intern(n->str) : newStr(n->str));
        key = "s" + n->str;
        return true;
    case ConstKind::Bytes:
        out = Value(newBytes(n->str.data(), n->str.size()));
        key = "b" + n->str;
        return true;
    }
    return false;
}

void CodeGen::expression(Node* n) {
    // A flat chain (1+1+...+1, f()()()...) parses in a loop but is a tree as deep as it is long:
    // past the C++ stack budget this is RuntimeError, never a stack overflow.
    checkRecursion();
    line_ = n->line;
    switch (n->kind) {
    case NodeKind::Name: nameOp(n->str, 0, n); return;
    case NodeKind::Constant:
    case NodeKind::Tuple:
    case NodeKind::UnaryOp: {
        if (n->kind == NodeKind::Constant && n->constKind == ConstKind::None) {
            emit(Op::LOAD_NONE);
            return;
        }
        Value v;
        std::string key;
        if (n->kind != NodeKind::Tuple || !n->list.empty()) {
            if (constantValue(n, v, key)) {
                // The VM sign-extends the 24-bit argument, so these need no constant slot.
                if (v.isSmallInt() && v.smallInt() >= -(1 << 23) && v.smallInt() < (1 << 23)) {
                    emit(Op::LOAD_SMALL_INT, uint32_t(v.smallInt()) & kMaxArg);
                    return;
                }
                emit(Op::LOAD_CONST, addConst(v, key));
                return;
            }
        }
        if (n->kind == NodeKind::Tuple) {
            sequence(n, Op::BUILD_TUPLE);
            return;
        }
        if (n->kind == NodeKind::UnaryOp) {
            static const Op ops[] = {Op::UNARY_NEG, Op::UNARY_POS, Op::UNARY_INVERT, Op::UNARY_NOT};
            expression(n->a);
            line_ = n->line;
            emit(ops[n->op]);
            return;
        }
        return;
    }
    case NodeKind::JoinedStr: joinedStr(n); return;
    case NodeKind::BinOp:
        expression(n->a);
        expression(n->b);
        line_ = n->line;
        emitOperator(BinaryOp(n->op));
        return;
    case NodeKind::BoolOp: boolOp(n); return;
    case NodeKind::Compare: compare(n); return;
    case NodeKind::Call: call(n); return;
    case NodeKind::Attribute:
        line_ = n->line;
        if (uint32_t arg; fastAttrArg(n, arg)) {
            emit(Op::LOAD_FAST_ATTR, arg);
            return;
        }
        expression(n->a);
        line_ = n->line;
        emit(Op::LOAD_ATTR, nameIndex(n->str));
        return;
    case NodeKind::Subscript:
        expression(n->a);
        subscriptIndex(n->b);
        line_ = n->line;
        emit(Op::SUBSCR);
        return;
    case NodeKind::Starred: error(n, "can't use starred expression here");
    case NodeKind::Slice: error(n, "invalid syntax");
    case NodeKind::List: sequence(n, Op::BUILD_LIST); return;
    case NodeKind::Set: sequence(n, Op::BUILD_SET); return;
    case NodeKind::Dict: dict(n); return;
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
        comprehension(n);
        return;
    case NodeKind::IfExp: {
        int orelse = newLabel(), end = newLabel();
        condJump(n->a, false, orelse);
        expression(n->b);
        emitJump(Op::JUMP, end);
        bind(orelse);
        expression(n->c);
        bind(end);
        return;
    }
    case NodeKind::Lambda: lambda(n); return;
    case NodeKind::Yield:
        if (n->a) expression(n->a);
        else emit(Op::LOAD_NONE);
        yieldValue();
        return;
    case NodeKind::YieldFrom:
        if (scope_->coroutine) error(n, "'yield from' inside async function");
        expression(n->a);
        emit(Op::GET_YIELD_FROM_ITER);
        emit(Op::LOAD_NONE);  // a generator can only be started by sending None
        emit(Op::YIELD_FROM);
        return;
    case NodeKind::Await:
        // Checked when compiling, as CPython does, not when the code runs.
        if (!scope_->coroutine) error(n, "'await' outside async function");
        expression(n->a);
        awaitValue();
        return;
    case NodeKind::NamedExpr:
        expression(n->b);
        emit(Op::DUP_TOP);  // ":=" is an expression: the value stays as its result
        nameOp(n->a->str, 1, n->a);
        return;
    default:
        error(n, "invalid syntax");
    }
}

void CodeGen::yieldValue() { emit(Op::YIELD_VALUE); }

void CodeGen::awaitValue() {
    emit(Op::GET_AWAITABLE);
    emit(Op::LOAD_NONE);
    emit(Op::YIELD_FROM);
}

void CodeGen::store(Node* t) {
    line_ = t->line;
    switch (t->kind) {
    case NodeKind::Name: nameOp(t->str, 1, t); return;
    case NodeKind::Attribute:
        if (uint32_t arg; fastAttrArg(t, arg)) {
            emit(Op::STORE_FAST_ATTR, arg);
            return;
        }
        expression(t->a);
        line_ = t->line;
        emit(Op::STORE_ATTR, nameIndex(t->str));
        return;
    case NodeKind::Subscript:
        expression(t->a);
        subscriptIndex(t->b);
        line_ = t->line;
        emit(Op::STORE_SUBSCR);
        return;
    case NodeKind::Tuple:
    case NodeKind::List:
        unpackTargets(t->list, t);
        return;
    case NodeKind::Starred: error(t, "starred assignment target must be in a list or tuple");
    default: error(t, "can't assign to expression");
    }
}

void CodeGen::unpackTargets(const std::vector<Node*>& targets, Node* at) {
    int star = -1;
    for (size_t i = 0; i < targets.size(); ++i) {
        if (targets[i]->kind == NodeKind::Starred) {
            if (star >= 0) error(at, "multiple starred expressions in assignment");
            star = int(i);
        }
    }
    if (star < 0) {
        emit(Op::UNPACK_SEQUENCE, uint32_t(targets.size()));
    } else {
        // Both counts share the 24-bit argument (8 bits before the star, 16 after), CPython's
        // encoding and the origin of the limits.
        uint32_t before = uint32_t(star), after = uint32_t(targets.size()) - uint32_t(star) - 1;
        if (before > 255 || after > 65535) error(at, "too many expressions in star-unpacking assignment");
        emit(Op::UNPACK_EX, before | (after << 8));
    }
    for (Node* t : targets) store(t->kind == NodeKind::Starred ? t->a : t);
}

// Slices exist only inside brackets (they are not expressions of their own), so a tuple index
// holding one is built item by item here rather than by expression().
void CodeGen::subscriptIndex(Node* index) {
    auto slice = [&](Node* s) {
        if (s->a) expression(s->a);
        else emit(Op::LOAD_NONE);
        if (s->b) expression(s->b);
        else emit(Op::LOAD_NONE);
        if (s->c) {
            expression(s->c);
            emit(Op::BUILD_SLICE, 3);
        } else {
            emit(Op::BUILD_SLICE, 2);
        }
    };
    if (index->kind == NodeKind::Slice) {
        slice(index);
        return;
    }
    if (index->kind == NodeKind::Tuple) {
        bool anySlice = false;
        for (Node* e : index->list) anySlice |= e->kind == NodeKind::Slice;
        if (anySlice) {
            for (Node* e : index->list) {
                if (e->kind == NodeKind::Slice) slice(e);
                else expression(e);
            }
            emit(Op::BUILD_TUPLE, uint32_t(index->list.size()));
            return;
        }
    }
    expression(index);
}

void CodeGen::condJump(Node* test, bool jumpIfTrue, int label) {
    // In a condition "not" costs nothing: it flips the sense of the jump.
    if (test->kind == NodeKind::UnaryOp && test->op == 3) {
        condJump(test->a, !jumpIfTrue, label);
        return;
    }
    if (test->kind == NodeKind::BoolOp) {
        bool isOr = test->op == 1;
        // (a or b) jumping if true: jump as soon as one is true; and the mirror cases.
        if (isOr == jumpIfTrue) {
            for (Node* operand : test->list) condJump(operand, jumpIfTrue, label);
        } else {
            int skip = newLabel();
            for (size_t i = 0; i + 1 < test->list.size(); ++i) condJump(test->list[i], !jumpIfTrue, skip);
            condJump(test->list.back(), jumpIfTrue, label);
            bind(skip);
        }
        return;
    }
    expression(test);
    emitJump(jumpIfTrue ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

// As a value, "a or b" is a itself when a is true (not True), so the jump keeps the operand
// on the stack when it decides and pops it otherwise.
void CodeGen::boolOp(Node* n) {
    int end = newLabel();
    Op jump = n->op == 1 ? Op::JUMP_IF_TRUE_OR_POP : Op::JUMP_IF_FALSE_OR_POP;
    for (size_t i = 0; i < n->list.size(); ++i) {
        expression(n->list[i]);
        if (i + 1 < n->list.size()) emitJump(jump, end);
    }
    bind(end);
}

void CodeGen::compare(Node* n) {
    auto emitOp = [&](CompareOp op) {
        line_ = n->line;
        switch (op) {
        case CompareOp::Lt: emitOperator(BinaryOp::Lt); break;
        case CompareOp::Le: emitOperator(BinaryOp::Le); break;
        case CompareOp::Eq: emitOperator(BinaryOp::Eq); break;
        case CompareOp::Ne: emitOperator(BinaryOp::Ne); break;
        case CompareOp::Gt: emitOperator(BinaryOp::Gt); break;
        case CompareOp::Ge: emitOperator(BinaryOp::Ge); break;
        case CompareOp::In: emit(Op::CONTAINS_OP, 0); break;
        case CompareOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
        case CompareOp::Is: emit(Op::IS_OP, 0); break;
        case CompareOp::IsNot: emit(Op::IS_OP, 1); break;
        }
    };
    expression(n->a);
    if (n->ops.size() == 1) {
        expression(n->list[0]);
        emitOp(n->ops[0]);
        return;
    }
    // a < b < c: DUP_TOP and ROT_THREE keep a copy of b under the first result for the next
    // link. When a link is false, cleanup drops that leftover copy from under the result.
    int cleanup = newLabel(), end = newLabel();
    for (size_t i = 0; i < n->ops.size(); ++i) {
        expression(n->list[i]);
        if (i + 1 < n->ops.size()) {
            emit(Op::DUP_TOP);
            emit(Op::ROT_THREE);
            emitOp(n->ops[i]);
            emitJump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
            emitOp(n->ops[i]);
        }
    }
    emitJump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    bind(end);
}

// Pushes plain positional and keyword arguments; false when the call needs CALL_EX (*args/**kw).
bool CodeGen::callArguments(const std::vector<Node*>& args, const std::vector<Node*>& keywords, size_t& count,
                            bool& hasKeywords) {
    for (Node* a : args)
        if (a->kind == NodeKind::Starred) return false;
    for (Node* k : keywords)
        if (k->str.empty()) return false;
    // A repeated keyword is a SyntaxError in Python, found here rather than at each call.
    std::set<std::string> seen;
    for (Node* k : keywords)
        if (!seen.insert(k->str).second) error(k, "keyword argument repeated: " + k->str);
    for (Node* a : args) expression(a);
    RootedValues kwnames;
    std::string key = "k";
    for (Node* k : keywords) {
        expression(k->a);
        kwnames.values.push_back(Value(intern(k->str)));
        key += k->str + ",";
    }
    // The keyword names travel as one constant tuple after the values, so CALL_KW needs only
    // the total count in its argument.
    count = args.size() + keywords.size();
    hasKeywords = !keywords.empty();
    if (hasKeywords) emit(Op::LOAD_CONST, addConst(Value(tupleFromArray(kwnames.values.data(), kwnames.values.size())), key));
    return true;
}

// f(*a, **k): the callable is on the stack; build the argument tuple and keyword dict.
void CodeGen::starredCall(Node* function, const std::vector<Node*>& args, const std::vector<Node*>& keywords, int prefix) {
    (void)function;
    emit(Op::BUILD_LIST, uint32_t(prefix));
    for (Node* a : args) {
        if (a->kind == NodeKind::Starred) {
            expression(a->a);
            emit(Op::LIST_EXTEND, 1);
        } else {
            expression(a);
            emit(Op::LIST_APPEND, 1);
        }
    }
    emit(Op::LIST_TO_TUPLE);
    if (keywords.empty()) {
        emit(Op::CALL_EX, 0);
        return;
    }
    emit(Op::BUILD_MAP, 0);
    for (Node* k : keywords) {
        if (k->str.empty()) {
            expression(k->a);
        } else {
            emit(Op::LOAD_CONST, constStr(k->str));
            expression(k->a);
            emit(Op::BUILD_MAP, 1);
        }
        emit(Op::DICT_MERGE, 1);
    }
    emit(Op::CALL_EX, kCallExKwargs);
}

void CodeGen::call(Node* n) {
    Node* f = n->a;
    bool simple = true;
    for (Node* a : n->list) simple &= a->kind != NodeKind::Starred;
    for (Node* k : n->list2) simple &= !k->str.empty();
    // obj.m(...) with LOAD_METHOD/CALL_METHOD makes no bound-method object, which would
    // otherwise be one heap allocation per call.
    if (f->kind == NodeKind::Attribute && simple) {
        line_ = f->line;
        if (uint32_t arg; fastAttrArg(f, arg)) {
            emit(Op::LOAD_FAST_METHOD, arg);
        } else {
            expression(f->a);
            line_ = f->line;
            emit(Op::LOAD_METHOD, nameIndex(f->str));
        }
        size_t count;
        bool hasKeywords;
        callArguments(n->list, n->list2, count, hasKeywords);
        line_ = n->line;
        emit(hasKeywords ? Op::CALL_METHOD_KW : Op::CALL_METHOD, uint32_t(count));
        return;
    }
    expression(f);
    if (simple) {
        size_t count;
        bool hasKeywords;
        callArguments(n->list, n->list2, count, hasKeywords);
        line_ = n->line;
        emit(hasKeywords ? Op::CALL_KW : Op::CALL, uint32_t(count));
        return;
    }
    starredCall(f, n->list, n->list2, 0);
}

void CodeGen::sequence(Node* n, Op build) {
    bool starred = false;
    for (Node* e : n->list) starred |= e->kind == NodeKind::Starred;
    if (!starred) {
        for (Node* e : n->list) expression(e);
        emit(build, uint32_t(n->list.size()));
        return;
    }
    // With a starred item the length is known only at run time: grow a list (or set) item by
    // item, then make the tuple from it.
    bool isSet = build == Op::BUILD_SET;
    emit(isSet ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (Node* e : n->list) {
        if (e->kind == NodeKind::Starred) {
            expression(e->a);
            emit(isSet ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
        } else {
            expression(e);
            emit(isSet ? Op::SET_ADD : Op::LIST_APPEND, 1);
        }
    }
    if (build == Op::BUILD_TUPLE) emit(Op::LIST_TO_TUPLE);
}

void CodeGen::dict(Node* n) {
    bool unpacking = false;
    for (Node* k : n->list) unpacking |= k == nullptr;
    // A large literal is built one pair at a time, so the operand stack never has to hold
    // every key and value at once.
    if (!unpacking && n->list.size() < 256) {
        for (size_t i = 0; i < n->list.size(); ++i) {
            expression(n->list[i]);
            expression(n->list2[i]);
        }
        emit(Op::BUILD_MAP, uint32_t(n->list.size()));
        return;
    }
    emit(Op::BUILD_MAP, 0);
    for (size_t i = 0; i < n->list.size(); ++i) {
        if (!n->list[i]) {
            expression(n->list2[i]);
            emit(Op::DICT_UPDATE, 1);
        } else {
            expression(n->list[i]);
            expression(n->list2[i]);
            emit(Op::MAP_ADD, 1);
        }
    }
}

void CodeGen::joinedStr(Node* n) {
    size_t count = 0;
    for (Node* part : n->list) {
        if (part->kind == NodeKind::Constant) {
            emit(Op::LOAD_CONST, constStr(part->str));
        } else {
            expression(part->a);
            uint32_t flags = part->op == 's' ? kFormatStr : part->op == 'r' ? kFormatRepr : part->op == 'a' ? kFormatAscii : 0;
            if (part->b) {
                joinedStr(part->b);
                flags |= kFormatHasSpec;
            }
            emit(Op::FORMAT_VALUE, flags);
        }
        ++count;
    }
    // f"" is the empty string, and f"{x}" alone is already the formatted string: no join.
    if (count == 0) emit(Op::LOAD_CONST, constStr(""));
    else if (count > 1 || n->list[0]->kind != NodeKind::FormattedValue) {
        if (count > 1) emit(Op::BUILD_STRING, uint32_t(count));
    }
}

}  // namespace pyfw::engine
