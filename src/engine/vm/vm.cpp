// The dispatch loop (computed goto). Python-to-Python calls push a frame and continue in the same
// loop; native code re-enters through runFrame. A Python exception is a C++ PythonError caught
// around the loop, which then looks the handler up in the code's table (zero cost until raised).
#include <cstring>

#include "engine/bytecode/bytecode.h"
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/sequence.h"
#include "engine/objects/set.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_ops.h"

namespace pyfw::engine {

extern Type listIteratorType, rangeIteratorType;

namespace {

struct ListIteratorView : Object {
    ListObject* list;
    uint64_t index;
};
struct RangeIteratorView : Object {
    int64_t next, step, remaining;
};

Frame* pushFunctionFrame(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames, Frame* caller) {
    return pushFrame(f->code, f, f->globals, nullptr, args, nargs, kwnames, caller, 0);
}

void popFrame(Frame* frame) {
    ThreadState& t = thread();
    t.frame = frame->back;
    if (!(frame->flags & kFrameGenerator)) {
        t.stackTop = frame->fast;
        --t.depth;
    }
}

// Finds the handler for an exception raised at word index `at`.
const ExceptionEntry* findHandler(CodeObject* code, uint32_t at) {
    for (uint32_t i = 0; i < code->handlerCount; ++i) {
        const ExceptionEntry& e = code->handlers[i];
        if (at >= e.start && at < e.end) return &e;
    }
    return nullptr;
}

}  // namespace

Value runFrame(Frame* entry, Value throwIn, bool& yielded) {
    Interpreter& in = interp();
    ThreadState& t = thread();
    yielded = false;
    Frame* frame = entry;
    frame->flags |= kFrameEntry;
    frame->back = t.frame;
    t.frame = frame;
    const uint32_t* pc = frame->pc;
    Value* sp = frame->sp;
    bool reraise = false;
    Value pendingThrow = throwIn;

    static void* const labels[] = {
#define OPCODE(name, words, effect, flags) &&op_##name,
#include "engine/bytecode/opcodes.def"
#undef OPCODE
    };

    while (true) {
        try {
            if (pendingThrow) {
                Value e = pendingThrow;
                pendingThrow = Value();
                raise(e);
            }
            CodeObject* code = frame->code;
            Value* fast = frame->fast;
            const Value* consts = code->consts->items;
            const Value* names = code->names->items;
            uint32_t word;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define ARG() (word >> 8)
#define NAME() (names[ARG()].as<StrObject>())
#define SAVE() (frame->pc = pc, frame->sp = sp)
#define DISPATCH() goto *labels[(word = *pc++) & 0xff]
#define RELOAD()                                  \
    do {                                          \
        code = frame->code;                       \
        fast = frame->fast;                       \
        consts = code->consts->items;             \
        names = code->names->items;               \
        pc = frame->pc;                           \
        sp = frame->sp;                           \
    } while (0)
#define CHECK_EVENTS()                                 \
    do {                                               \
        if (--in.eventCountdown < 0) {                 \
            SAVE();                                    \
            handlePendingEvents();                     \
        }                                              \
    } while (0)
// Jumps to an offset; a backward jump is a loop, where pending events (Ctrl-C) are checked.
#define JUMP_TO(offset)                                      \
    do {                                                     \
        const uint32_t* target_ = code->words + (offset);    \
        if (target_ < pc) CHECK_EVENTS();                    \
        pc = target_;                                        \
    } while (0)

            DISPATCH();

        op_NOP:
            DISPATCH();
        op_POP_TOP:
            --sp;
            DISPATCH();
        op_ROT_TWO: {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = a;
            DISPATCH();
        }
        op_ROT_THREE: {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = a;
            DISPATCH();
        }
        op_ROT_FOUR: {
            Value a = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = sp[-4];
            sp[-4] = a;
            DISPATCH();
        }
        op_DUP_TOP:
            sp[0] = sp[-1];
            ++sp;
            DISPATCH();
        op_DUP_TOP_TWO:
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
        op_LOAD_CONST:
            PUSH(consts[ARG()]);
            DISPATCH();
        op_LOAD_SMALL_INT:
            PUSH(Value::smallInt(int32_t(word) >> 8));
            DISPATCH();
        op_LOAD_NONE:
            PUSH(None());
            DISPATCH();
        op_LOAD_FAST: {
            Value v = fast[ARG()];
            if (!v) {
                SAVE();
                raiseUnboundLocal(code, ARG());
            }
            PUSH(v);
            DISPATCH();
        }
        op_STORE_FAST:
            fast[ARG()] = POP();
            DISPATCH();
        op_DELETE_FAST:
            if (!fast[ARG()]) {
                SAVE();
                raiseUnboundLocal(code, ARG());
            }
            fast[ARG()] = Value();
            DISPATCH();
        op_LOAD_DEREF: {
            Value v = fast[ARG()].as<CellObject>()->value;
            if (!v) {
                SAVE();
                raiseUnboundFree(code, ARG());
            }
            PUSH(v);
            DISPATCH();
        }
        op_STORE_DEREF:
            fast[ARG()].as<CellObject>()->value = POP();
            DISPATCH();
        op_DELETE_DEREF:
            fast[ARG()].as<CellObject>()->value = Value();
            DISPATCH();
        op_LOAD_CLOSURE:
            PUSH(fast[ARG()]);
            DISPATCH();
        op_LOAD_CLASSDEREF: {
            StrObject* name = code->localNames->items[ARG()].as<StrObject>();
            SAVE();
            Value v = frame->locals ? dictGetStr(frame->locals, name) : Value();
            if (!v) v = fast[ARG()].as<CellObject>()->value;
            if (!v) raiseUnboundFree(code, ARG());
            PUSH(v);
            DISPATCH();
        }
        op_LOAD_GLOBAL: {
            InlineCache& c = code->caches[*pc++];
            DictObject* g = frame->globals;
            DictObject* b = in.builtins;
            if (c.key1 == g->version && c.key2 == b->version) {
                PUSH(((c.index >> 63) ? b : g)->entries()[c.index & 0xffffffff].value);
                DISPATCH();
            }
            SAVE();
            PUSH(loadGlobalSlow(c, g, b, NAME()));
            DISPATCH();
        }
        op_STORE_GLOBAL:
            SAVE();
            dictSetStr(frame->globals, NAME(), sp[-1]);
            --sp;
            DISPATCH();
        op_DELETE_GLOBAL:
            SAVE();
            if (!dictDelete(frame->globals, Value(NAME())))
                raiseError(&exc::NameError, "name '%s' is not defined", NAME()->data);
            DISPATCH();
        op_LOAD_NAME: {
            InlineCache& c = code->caches[*pc++];
            DictObject* g = frame->globals;
            DictObject* b = in.builtins;
            if (frame->locals == g && c.key1 == g->version && c.key2 == b->version) {
                PUSH(((c.index >> 63) ? b : g)->entries()[c.index & 0xffffffff].value);
                DISPATCH();
            }
            SAVE();
            if (frame->locals != g) {
                if (Value v = dictGetStr(frame->locals, NAME())) {
                    PUSH(v);
                    DISPATCH();
                }
            }
            PUSH(loadGlobalSlow(c, g, b, NAME()));
            DISPATCH();
        }
        op_STORE_NAME:
            SAVE();
            dictSetStr(frame->locals, NAME(), sp[-1]);
            --sp;
            DISPATCH();
        op_DELETE_NAME:
            SAVE();
            if (!dictDelete(frame->locals, Value(NAME())))
                raiseError(&exc::NameError, "name '%s' is not defined", NAME()->data);
            DISPATCH();
        op_LOAD_ATTR: {
            InlineCache* c = code->caches + *pc++;
            SAVE();
            sp[-1] = loadAttrCached(c, sp[-1], NAME());
            DISPATCH();
        }
        op_STORE_ATTR: {
            InlineCache* c = code->caches + *pc++;
            SAVE();
            storeAttrCached(c, sp[-1], NAME(), sp[-2]);
            sp -= 2;
            DISPATCH();
        }
        op_DELETE_ATTR:
            SAVE();
            delAttr(sp[-1], NAME());
            --sp;
            DISPATCH();
        op_LOAD_METHOD: {
            InlineCache* c = code->caches + *pc++;
            SAVE();
            loadMethodCached(c, sp[-1], NAME(), sp - 1);
            ++sp;
            DISPATCH();
        }
        op_CALL_METHOD:
        op_CALL_METHOD_KW: {
            bool withKw = opOf(word) == Op::CALL_METHOD_KW;
            TupleObject* kwnames = withKw ? (--sp)->as<TupleObject>() : nullptr;
            size_t total = ARG();
            Value* base = sp - total - 2;
            Value callee;
            Value* args;
            size_t nargs = total - (kwnames ? kwnames->size : 0);
            if (base[0]) {
                callee = base[0];
                args = base + 1;
                ++nargs;
            } else {
                callee = base[1];
                args = base + 2;
            }
            CHECK_EVENTS();
            if (!callee.isSmallInt() && callee.object()->type == &functionType &&
                !(callee.as<FunctionObject>()->code->flags & (kCodeGenerator | kCodeCoroutine))) {
                SAVE();
                frame->sp = base;
                Frame* callee_frame = pushFunctionFrame(callee.as<FunctionObject>(), args, nargs, kwnames, frame);
                frame = callee_frame;
                t.frame = frame;
                RELOAD();
                DISPATCH();
            }
            SAVE();
            Value result = call(callee, args, nargs, kwnames);
            sp = base;
            PUSH(result);
            DISPATCH();
        }
        op_CALL:
        op_CALL_KW: {
            TupleObject* kwnames = opOf(word) == Op::CALL_KW ? (--sp)->as<TupleObject>() : nullptr;
            size_t total = ARG();
            size_t nargs = total - (kwnames ? kwnames->size : 0);
            Value* base = sp - total - 1;
            Value callee = base[0];
            CHECK_EVENTS();
            if (!callee.isSmallInt() && callee.object()->type == &functionType &&
                !(callee.as<FunctionObject>()->code->flags & (kCodeGenerator | kCodeCoroutine))) {
                SAVE();
                frame->sp = base;
                Frame* callee_frame = pushFunctionFrame(callee.as<FunctionObject>(), base + 1, nargs, kwnames, frame);
                frame = callee_frame;
                t.frame = frame;
                RELOAD();
                DISPATCH();
            }
            SAVE();
            Value result = call(callee, base + 1, nargs, kwnames);
            sp = base;
            PUSH(result);
            DISPATCH();
        }
        op_CALL_EX: {
            DictObject* kwargs = (ARG() & kCallExKwargs) ? (--sp)->as<DictObject>() : nullptr;
            Value args = POP();
            Value callee = TOP();
            SAVE();
            sp[-1] = callWithTupleDict(callee, args.as<TupleObject>(), kwargs);
            DISPATCH();
        }
        op_BINARY: {
            Value b = POP();
            Value a = TOP();
            if (a.isSmallInt() && b.isSmallInt()) {
                int64_t x = a.smallInt(), y = b.smallInt(), r;
                switch (BinaryOp(ARG())) {
                case BinaryOp::Add:
                    if (!__builtin_add_overflow(x, y, &r) && Value::fitsSmall(r)) {
                        sp[-1] = Value::smallInt(r);
                        DISPATCH();
                    }
                    break;
                case BinaryOp::Sub:
                    if (!__builtin_sub_overflow(x, y, &r) && Value::fitsSmall(r)) {
                        sp[-1] = Value::smallInt(r);
                        DISPATCH();
                    }
                    break;
                case BinaryOp::Lt: sp[-1] = boolValue(x < y); DISPATCH();
                case BinaryOp::Le: sp[-1] = boolValue(x <= y); DISPATCH();
                case BinaryOp::Eq: sp[-1] = boolValue(x == y); DISPATCH();
                case BinaryOp::Ne: sp[-1] = boolValue(x != y); DISPATCH();
                case BinaryOp::Gt: sp[-1] = boolValue(x > y); DISPATCH();
                case BinaryOp::Ge: sp[-1] = boolValue(x >= y); DISPATCH();
                case BinaryOp::And: sp[-1] = Value::smallInt(x & y); DISPATCH();
                case BinaryOp::Or: sp[-1] = Value::smallInt(x | y); DISPATCH();
                case BinaryOp::Xor: sp[-1] = Value::smallInt(x ^ y); DISPATCH();
                default: break;
                }
            }
            if (!a.isSmallInt() && !b.isSmallInt() && a.object()->type == &floatType &&
                b.object()->type == &floatType) {
                double x = floatValue(a), y = floatValue(b);
                switch (BinaryOp(ARG())) {
                case BinaryOp::Add: SAVE(); sp[-1] = newFloat(x + y); DISPATCH();
                case BinaryOp::Sub: SAVE(); sp[-1] = newFloat(x - y); DISPATCH();
                case BinaryOp::Mul: SAVE(); sp[-1] = newFloat(x * y); DISPATCH();
                case BinaryOp::Lt: sp[-1] = boolValue(x < y); DISPATCH();
                case BinaryOp::Le: sp[-1] = boolValue(x <= y); DISPATCH();
                case BinaryOp::Gt: sp[-1] = boolValue(x > y); DISPATCH();
                case BinaryOp::Ge: sp[-1] = boolValue(x >= y); DISPATCH();
                default: break;
                }
            }
            SAVE();
            sp[-1] = fastBinary(BinaryOp(ARG()), a, b);
            DISPATCH();
        }
        op_INPLACE: {
            Value b = POP();
            Value a = TOP();
            if (a.isSmallInt() && b.isSmallInt()) {
                int64_t x = a.smallInt(), y = b.smallInt(), r;
                if (BinaryOp(ARG()) == BinaryOp::Add && !__builtin_add_overflow(x, y, &r) && Value::fitsSmall(r)) {
                    sp[-1] = Value::smallInt(r);
                    DISPATCH();
                }
                if (BinaryOp(ARG()) == BinaryOp::Sub && !__builtin_sub_overflow(x, y, &r) && Value::fitsSmall(r)) {
                    sp[-1] = Value::smallInt(r);
                    DISPATCH();
                }
            }
            SAVE();
            Type* ta = typeOf(a);
            sp[-1] = ta->inplace ? inplaceOp(BinaryOp(ARG()), a, b) : fastBinary(BinaryOp(ARG()), a, b);
            DISPATCH();
        }
        op_IS_OP: {
            Value b = POP();
            bool same = sp[-1] == b;
            sp[-1] = boolValue(ARG() ? !same : same);
            DISPATCH();
        }
        op_CONTAINS_OP: {
            Value container = POP();
            SAVE();
            bool found = contains(container, sp[-1]);
            sp[-1] = boolValue(ARG() ? !found : found);
            DISPATCH();
        }
        op_UNARY_NEG:
            SAVE();
            sp[-1] = unaryOp(UnaryOp::Neg, sp[-1]);
            DISPATCH();
        op_UNARY_POS:
            SAVE();
            sp[-1] = unaryOp(UnaryOp::Pos, sp[-1]);
            DISPATCH();
        op_UNARY_INVERT:
            SAVE();
            sp[-1] = unaryOp(UnaryOp::Invert, sp[-1]);
            DISPATCH();
        op_UNARY_NOT: {
            Value v = sp[-1];
            if (v == True()) sp[-1] = False();
            else if (v == False()) sp[-1] = True();
            else {
                SAVE();
                sp[-1] = boolValue(!truthy(v));
            }
            DISPATCH();
        }
        op_SUBSCR: {
            Value key = POP();
            Value obj = TOP();
            if (key.isSmallInt() && !obj.isSmallInt()) {
                Type* type = obj.object()->type;
                int64_t i = key.smallInt();
                if (type == &listType) {
                    ListObject* l = obj.as<ListObject>();
                    if (i < 0) i += int64_t(l->size);
                    if (i >= 0 && i < int64_t(l->size)) {
                        sp[-1] = l->items[i];
                        DISPATCH();
                    }
                } else if (type == &tupleType) {
                    TupleObject* tu = obj.as<TupleObject>();
                    if (i < 0) i += int64_t(tu->size);
                    if (i >= 0 && i < int64_t(tu->size)) {
                        sp[-1] = tu->items[i];
                        DISPATCH();
                    }
                }
            }
            SAVE();
            if (!obj.isSmallInt() && obj.object()->type == &dictType) {
                Value v = dictGet(obj.as<DictObject>(), key);
                if (!v) raiseWithValue(&exc::KeyError, key);
                sp[-1] = v;
                DISPATCH();
            }
            sp[-1] = getItem(obj, key);
            DISPATCH();
        }
        op_STORE_SUBSCR: {
            Value key = sp[-1], obj = sp[-2], value = sp[-3];
            sp -= 3;
            if (key.isSmallInt() && !obj.isSmallInt() && obj.object()->type == &listType) {
                ListObject* l = obj.as<ListObject>();
                int64_t i = key.smallInt();
                if (i < 0) i += int64_t(l->size);
                if (i >= 0 && i < int64_t(l->size)) {
                    l->items[i] = value;
                    DISPATCH();
                }
            }
            SAVE();
            if (!obj.isSmallInt() && obj.object()->type == &dictType) dictSet(obj.as<DictObject>(), key, value);
            else setItem(obj, key, value);
            DISPATCH();
        }
        op_DELETE_SUBSCR: {
            Value key = sp[-1], obj = sp[-2];
            sp -= 2;
            SAVE();
            delItem(obj, key);
            DISPATCH();
        }
        op_BUILD_TUPLE: {
            size_t n = ARG();
            SAVE();
            TupleObject* tu = newTuple(n);
            sp -= n;
            std::memcpy(static_cast<void*>(tu->items), sp, n * sizeof(Value));
            PUSH(Value(tu));
            DISPATCH();
        }
        op_BUILD_LIST: {
            size_t n = ARG();
            SAVE();
            ListObject* l = listFromArray(sp - n, n);
            sp -= n;
            PUSH(Value(l));
            DISPATCH();
        }
        op_BUILD_SET: {
            size_t n = ARG();
            SAVE();
            SetObject* s = newSet();
            for (size_t i = 0; i < n; ++i) setAdd(s, sp[int64_t(i) - int64_t(n)]);
            sp -= n;
            PUSH(Value(s));
            DISPATCH();
        }
        op_BUILD_MAP: {
            size_t n = ARG();
            SAVE();
            DictObject* d = newDict(n);
            Value* items = sp - 2 * n;
            for (size_t i = 0; i < n; ++i) dictSet(d, items[2 * i], items[2 * i + 1]);
            sp = items;
            PUSH(Value(d));
            DISPATCH();
        }
        op_BUILD_SLICE: {
            size_t n = ARG();
            SAVE();
            Value step = n == 3 ? POP() : None();
            Value stop = POP();
            sp[-1] = Value(newSlice(sp[-1], stop, step));
            DISPATCH();
        }
        op_BUILD_STRING: {
            size_t n = ARG();
            SAVE();
            Value s = buildString(sp - n, n);
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        op_LIST_APPEND: {
            Value v = POP();
            SAVE();
            listAppend(sp[-int64_t(ARG())].as<ListObject>(), v);
            DISPATCH();
        }
        op_SET_ADD: {
            Value v = POP();
            SAVE();
            setAdd(sp[-int64_t(ARG())].as<SetObject>(), v);
            DISPATCH();
        }
        op_MAP_ADD: {
            Value v = POP();
            Value k = POP();
            SAVE();
            dictSet(sp[-int64_t(ARG())].as<DictObject>(), k, v);
            DISPATCH();
        }
        op_LIST_EXTEND: {
            Value v = POP();
            SAVE();
            listExtendForUnpack(sp[-int64_t(ARG())].as<ListObject>(), v);
            DISPATCH();
        }
        op_SET_UPDATE: {
            Value v = POP();
            SAVE();
            setUpdate(sp[-int64_t(ARG())].as<SetObject>(), v);
            DISPATCH();
        }
        op_DICT_UPDATE: {
            Value v = POP();
            SAVE();
            dictUpdateForUnpack(sp[-int64_t(ARG())].as<DictObject>(), v, false);
            DISPATCH();
        }
        op_DICT_MERGE: {
            Value v = POP();
            SAVE();
            dictUpdateForUnpack(sp[-int64_t(ARG())].as<DictObject>(), v, true, sp[-int64_t(ARG()) - 2]);
            DISPATCH();
        }
        op_LIST_TO_TUPLE: {
            SAVE();
            ListObject* l = sp[-1].as<ListObject>();
            sp[-1] = Value(tupleFromArray(l->items, l->size));
            DISPATCH();
        }
        op_FORMAT_VALUE: {
            Value spec = (ARG() & kFormatHasSpec) ? POP() : Value();
            SAVE();
            sp[-1] = formatValue(sp[-1], ARG() & kFormatConversionMask, spec);
            DISPATCH();
        }
        op_JUMP:
            JUMP_TO(ARG());
            DISPATCH();
        op_POP_JUMP_IF_FALSE: {
            Value v = POP();
            if (v == False()) {
                JUMP_TO(ARG());
            } else if (v != True()) {
                SAVE();
                if (!truthy(v)) JUMP_TO(ARG());
            }
            DISPATCH();
        }
        op_POP_JUMP_IF_TRUE: {
            Value v = POP();
            if (v == True()) {
                JUMP_TO(ARG());
            } else if (v != False()) {
                SAVE();
                if (truthy(v)) JUMP_TO(ARG());
            }
            DISPATCH();
        }
        op_JUMP_IF_FALSE_OR_POP: {
            SAVE();
            if (!truthy(sp[-1])) pc = code->words + ARG();
            else --sp;
            DISPATCH();
        }
        op_JUMP_IF_TRUE_OR_POP: {
            SAVE();
            if (truthy(sp[-1])) pc = code->words + ARG();
            else --sp;
            DISPATCH();
        }
        op_GET_ITER: {
            Value v = sp[-1];
            if (!v.isSmallInt() && v.object()->type == &rangeType) {
                RangeObject* r = v.as<RangeObject>();
                SAVE();
                sp[-1] = newRangeIterator(r->start, r->step, r->length);
                DISPATCH();
            }
            SAVE();
            sp[-1] = getIter(v);
            DISPATCH();
        }
        op_FOR_ITER: {
            Value it = sp[-1];
            Type* type = it.object()->type;
            if (type == &rangeIteratorType) {
                auto* r = it.as<RangeIteratorView>();
                if (r->remaining > 0) {
                    --r->remaining;
                    int64_t v = r->next;
                    r->next += r->step;
                    if (Value::fitsSmall(v)) {
                        PUSH(Value::smallInt(v));
                        DISPATCH();
                    }
                    SAVE();
                    PUSH(makeInt(v));
                    DISPATCH();
                }
                --sp;
                pc = code->words + ARG();
                DISPATCH();
            }
            if (type == &listIteratorType) {
                auto* li = it.as<ListIteratorView>();
                if (li->index < li->list->size) {
                    PUSH(li->list->items[li->index++]);
                    DISPATCH();
                }
                --sp;
                pc = code->words + ARG();
                DISPATCH();
            }
            SAVE();
            Value next = type->next ? type->next(it) : iterNext(it);
            if (next) {
                PUSH(next);
            } else {
                --sp;
                pc = code->words + ARG();
            }
            DISPATCH();
        }
        op_UNPACK_SEQUENCE: {
            size_t n = ARG();
            Value seq = POP();
            SAVE();
            unpackSequence(seq, n, sp);
            sp += n;
            DISPATCH();
        }
        op_UNPACK_EX: {
            size_t before = ARG() & 0xff, after = ARG() >> 8;
            Value seq = POP();
            SAVE();
            unpackEx(seq, before, after, sp);
            sp += before + after + 1;
            DISPATCH();
        }
        op_MAKE_FUNCTION: {
            SAVE();
            uint32_t flags = ARG();
            CodeObject* fcode = POP().as<CodeObject>();
            TupleObject* closure = (flags & kFnClosure) ? POP().as<TupleObject>() : nullptr;
            DictObject* kwdefaults = (flags & kFnKwDefaults) ? POP().as<DictObject>() : nullptr;
            TupleObject* defaults = (flags & kFnDefaults) ? POP().as<TupleObject>() : nullptr;
            frame->sp = sp;
            PUSH(makeFunction(frame, fcode, defaults, kwdefaults, closure));
            DISPATCH();
        }
        op_RETURN_VALUE: {
            Value result = POP();
            Frame* done = frame;
            if (done->flags & kFrameEntry) {
                done->sp = sp;
                done->pc = pc;
                popFrame(done);
                return result;
            }
            popFrame(done);
            frame = done->back;
            RELOAD();
            PUSH(result);
            DISPATCH();
        }
        op_YIELD_VALUE: {
            Value v = POP();
            frame->pc = pc;
            frame->sp = sp;
            t.frame = frame->back;
            yielded = true;
            return v;
        }
        op_GET_YIELD_FROM_ITER: {
            Value v = sp[-1];
            if (!isGenerator(v)) {
                SAVE();
                sp[-1] = getIter(v);
            }
            DISPATCH();
        }
        op_YIELD_FROM: {
            Value sent = POP();
            Value sub = TOP();
            SAVE();
            bool done;
            Value r = yieldFromStep(sub, sent, done);
            if (done) {
                sp[-1] = r;
                DISPATCH();
            }
            // Suspend with pc back on this instruction; the next send re-runs it.
            frame->pc = pc - 1;
            frame->sp = sp;
            t.frame = frame->back;
            yielded = true;
            return r;
        }
        op_GET_AITER: {
            SAVE();
            sp[-1] = asyncIterator(sp[-1]);
            DISPATCH();
        }
        op_GET_ANEXT: {
            SAVE();
            Value awaitable = asyncNext(sp[-1]);
            PUSH(awaitable);
            DISPATCH();
        }
        op_END_ASYNC_FOR: {
            Value e = POP();
            --sp;
            if (!isInstance(e, &exc::StopAsyncIteration)) {
                SAVE();
                reraise = true;
                t.pendingException = e;
                throw PythonError{};
            }
            DISPATCH();
        }
        op_GET_AWAITABLE: {
            SAVE();
            sp[-1] = getAwaitable(sp[-1]);
            DISPATCH();
        }
        op_RAISE: {
            size_t n = ARG();
            SAVE();
            if (n == 0) {
                Value current = t.handledException;
                if (!current) raiseError(&exc::RuntimeError, "No active exception to reraise");
                reraise = true;
                t.pendingException = current;
                throw PythonError{};
            }
            Value cause = n == 2 ? POP() : Value();
            Value e = POP();
            frame->sp = sp;
            raiseWithCause(e, cause, n == 2);
        }
        op_RERAISE: {
            Value e = POP();
            SAVE();
            reraise = true;
            t.pendingException = e;
            throw PythonError{};
        }
        op_PUSH_EXC_INFO: {
            Value e = POP();
            PUSH(t.handledException ? t.handledException : None());
            PUSH(e);
            t.handledException = e;
            DISPATCH();
        }
        op_POP_EXCEPT: {
            Value previous = POP();
            t.handledException = previous == None() ? Value() : previous;
            DISPATCH();
        }
        op_POP_EXCEPT_RERAISE: {
            Value e = POP();
            Value previous = POP();
            t.handledException = previous == None() ? Value() : previous;
            SAVE();
            reraise = true;
            t.pendingException = e;
            throw PythonError{};
        }
        op_CHECK_EXC_MATCH: {
            Value type = POP();
            SAVE();
            PUSH(boolValue(exceptionMatches(sp[-1], type)));
            DISPATCH();
        }
        op_BEFORE_WITH:
        op_BEFORE_ASYNC_WITH: {
            SAVE();
            Value manager = sp[-1];
            Value exit, entered;
            beforeWith(manager, opOf(word) == Op::BEFORE_ASYNC_WITH, exit, entered);
            sp[-1] = exit;
            PUSH(entered);
            DISPATCH();
        }
        op_WITH_EXIT: {
            Value exit = POP();
            SAVE();
            call3(exit, None(), None(), None());
            DISPATCH();
        }
        op_WITH_EXCEPT_START: {
            Value e = sp[-1];
            Value exit = sp[-3];
            SAVE();
            PUSH(call3(exit, Value(typeOf(e)), e, None()));
            DISPATCH();
        }
        op_IMPORT_NAME: {
            Value fromlist = POP();
            Value level = TOP();
            SAVE();
            sp[-1] = importName(NAME(), fromlist, int(level.smallInt()), frame);
            DISPATCH();
        }
        op_IMPORT_FROM: {
            SAVE();
            Value v = importFrom(sp[-1], NAME());
            PUSH(v);
            DISPATCH();
        }
        op_IMPORT_STAR: {
            Value module = POP();
            SAVE();
            importStar(module, frame->locals ? frame->locals : frame->globals);
            DISPATCH();
        }
        op_LOAD_BUILD_CLASS:
            SAVE();
            PUSH(dictGetStr(in.builtins, names::__build_class__));
            DISPATCH();
        op_LOAD_ASSERTION_ERROR:
            PUSH(Value(&exc::AssertionError));
            DISPATCH();
        op_PRINT_EXPR: {
            Value v = POP();
            SAVE();
            printExpression(v);
            DISPATCH();
        }
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef ARG
#undef NAME
#undef DISPATCH
#undef RELOAD
#undef CHECK_EVENTS
#undef JUMP_TO
        } catch (PythonError&) {
            // Unwind to the innermost handler, frame by frame, recording the traceback.
            Value e = t.pendingException;
            bool skipEntry = reraise;
            reraise = false;
            while (true) {
                CodeObject* code = frame->code;
                uint32_t at = uint32_t(pc - code->words);
                at = at ? at - 1 : 0;
                if (!skipEntry) addTraceback(e, code, code->lineOf(at));
                skipEntry = false;
                const ExceptionEntry* handler = findHandler(code, at);
                if (handler) {
                    sp = frame->stackBase() + handler->depth;
                    *sp++ = e;
                    t.pendingException = Value();
                    pc = code->words + handler->handler;
                    frame->pc = pc;
                    frame->sp = sp;
                    break;
                }
                Frame* done = frame;
                popFrame(done);
                if (done->flags & kFrameEntry) {
                    done->pc = pc;
                    done->sp = sp;
                    t.pendingException = e;
                    throw;
                }
                frame = done->back;
                pc = frame->pc;
                sp = frame->sp;
            }
        }
    }
}

}  // namespace pyfw::engine
