// The dispatch loop (computed goto). Python-to-Python calls push a frame and continue in the same
// loop; native code re-enters through runFrame. A Python exception is a C++ PythonError caught
// around the loop, which then looks the handler up in the code's table (zero cost until raised).
#include <cstring>

#include "engine/bytecode/bytecode.h"
#include "engine/objects/bytes.h"
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
#include "engine/vm/loop_iterators.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_ops.h"

namespace pyfw::engine {

extern Type zipType, enumerateType;

namespace {

// Claims the frame of a call that binds by copy (positional arguments that match the parameters
// exactly, no cells, keyword-only or * parameters) when the stacks have room; pushFrame does it
// otherwise, and raises when they are full. With kFree, the closure's cells follow the locals.
template <bool kFree>
inline Frame* claimCopyFrame(FunctionObject* f, const Value* args, size_t nargs, Frame* caller, ThreadState& t) {
    CodeObject* code = f->code;
    size_t locals = code->localCount;
    size_t slots = kFree ? locals + code->freeCount : locals;
    Value* fast = t.stackTop;
    if (t.depth + 2 >= ThreadState::kMaxFrames || fast + code->frameValues > t.stackLimit)
        return pushFrame(code, f, f->globals, nullptr, args, nargs, nullptr, caller, 0);
    t.stackTop = fast + code->frameValues;
    for (size_t i = 0; i < nargs; ++i) fast[i] = args[i];
    // The locals past the arguments are a few at most: a loop of stores, which the empty asm
    // (hiding the count) keeps GCC from making a call to memset.
    for (size_t i = nargs; i < locals; ++i) {
        asm("" : "+r"(i));
        fast[i] = Value();
    }
    if (kFree)
        for (size_t i = locals; i < slots; ++i) fast[i] = f->closure->items[i - locals];
    Frame* frame = &t.frames[++t.depth];
    frame->start(code, f, f->globals, nullptr, fast, fast + slots, caller, 0, t.depth, nullptr);
    return frame;
}

// A list, set or dict comprehension's frame (CALL_COMPREHENSION), made from its code and the cells
// of its free variables with no function object, which nothing could reach. Its one argument is
// the iterator of its first clause; it runs in the caller's globals.
[[gnu::noinline]] Frame* pushComprehensionFrame(CodeObject* code, const Value* cells, Value iterator,
                                                Frame* caller, ThreadState& t) {
    size_t locals = code->localCount;
    size_t slots = locals + code->freeCount;
    Value* fast = t.stackTop;
    if (t.depth + 2 >= ThreadState::kMaxFrames || fast + code->frameValues > t.stackLimit)
        raiseError(&exc::RuntimeError, "maximum recursion depth exceeded");
    t.stackTop = fast + code->frameValues;
    fast[0] = iterator;
    for (size_t i = 1; i < locals; ++i) fast[i] = Value();
    for (size_t i = locals; i < slots; ++i) fast[i] = cells[i - locals];
    Frame* frame = &t.frames[++t.depth];
    frame->start(code, nullptr, caller->globals, nullptr, fast, fast + slots, caller, 0, t.depth, nullptr);
    return frame;
}

// A call from the loop that CodeObject::directArgCount does not cover: a closure's, or one that
// binds by pushFrame. Out of line, so that the common call stays short.
[[gnu::noinline]] Frame* pushOtherFunctionFrame(FunctionObject* f, const Value* args, size_t nargs,
                                                TupleObject* kwnames, Frame* caller, ThreadState& t) {
    CodeObject* code = f->code;
    if (!code->bindsByCopy(nargs, kwnames))
        return pushFrame(code, f, f->globals, nullptr, args, nargs, kwnames, caller, 0);
    return claimCopyFrame<true>(f, args, nargs, caller, t);
}

// A call of a Python function from the loop: its frame, or null for a generator or coroutine
// function (whose call only makes the generator object, through call()). The common call (see
// CodeObject::directArgCount) is decided with one compare.
inline Frame* pushFunctionFrame(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames,
                                Frame* caller, ThreadState& t) {
    CodeObject* code = f->code;
    if (code->directArgCount == nargs && !kwnames) return claimCopyFrame<false>(f, args, nargs, caller, t);
    if (code->flags & (kCodeGenerator | kCodeCoroutine)) return nullptr;
    return pushOtherFunctionFrame(f, args, nargs, kwnames, caller, t);
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
    // The instruction and stack pointers are the loop's hottest state. Left to itself GCC spills
    // one of them to memory, which puts a store and a reload on the critical path of every
    // instruction; asked to, it keeps both in callee-saved registers (which also survive the
    // calls and the unwinding into the catch below).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
    register const uint32_t* pc asm("r14") = frame->pc;
    register Value* sp asm("r15") = frame->sp;
#else
    const uint32_t* pc = frame->pc;
    Value* sp = frame->sp;
#endif
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
            // The locals' base joins pc and sp in a register of its own (see above): left to
            // GCC it lives in memory, a load ahead of every local read.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
            register Value* fast asm("r12") = frame->fast;
#else
            Value* fast = frame->fast;
#endif
            uint32_t word;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define ARG() (word >> 8)
// Constants and names are read through `code` rather than kept in locals of their own: the loop's
// registers are better spent on pc, sp and fast.
#define NAME() (code->names->items[ARG()].as<StrObject>())
// The fused local-attribute instructions (LOAD_FAST_ATTR, STORE_FAST_ATTR, LOAD_FAST_METHOD;
// CodeGen::fastAttrArg): the local in the argument's low 8 bits, raising if unbound as LOAD_FAST
// does, and the name's index in the 16 above.
#define FAST_ATTR_OBJECT(object)                   \
    Value object = fast[ARG() & 0xff];             \
    if (!object) {                                 \
        SAVE();                                    \
        raiseUnboundLocal(code, ARG() & 0xff);     \
    }
#define FAST_ATTR_NAME() (code->names->items[ARG() >> 8].as<StrObject>())
#define SAVE() (frame->pc = pc, frame->sp = sp)
#define DISPATCH() goto *labels[(word = *pc++) & 0xff]
#define RELOAD()                                  \
    do {                                          \
        code = frame->code;                       \
        fast = frame->fast;                       \
        pc = frame->pc;                           \
        sp = frame->sp;                           \
    } while (0)
// The countdown is read once: it is volatile (a signal handler zeroes it), and a second read
// would cost a load on every loop's back edge for nothing.
#define CHECK_EVENTS()                                 \
    do {                                               \
        int left_ = in.eventCountdown - 1;             \
        in.eventCountdown = left_;                     \
        if (left_ < 0) {                               \
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

// After an operator left a value whose truth is `falsy` on the stack: when the next instruction is
// a conditional jump (the test of most loops and ifs), it is done here, saving its dispatch.
#define BRANCH_ON_RESULT(falsy)                              \
    do {                                                     \
        uint32_t next_ = *pc;                                \
        if (opOf(next_) == Op::POP_JUMP_IF_FALSE) {          \
            ++pc;                                            \
            word = next_;                                    \
            if (POP() == (falsy)) JUMP_TO(ARG());            \
        } else if (opOf(next_) == Op::POP_JUMP_IF_TRUE) {    \
            ++pc;                                            \
            word = next_;                                    \
            if (POP() != (falsy)) JUMP_TO(ARG());            \
        }                                                    \
    } while (0)
// With a condition `holds` computed and its operands popped: a conditional jump next is done here;
// otherwise the bool is pushed. Either way the next instruction is dispatched.
#define BRANCH_ON_BOOL(holds)                                \
    do {                                                     \
        bool holds_ = (holds);   /* before word changes */   \
        uint32_t next_ = *pc;                                \
        if (opOf(next_) == Op::POP_JUMP_IF_FALSE) {          \
            ++pc;                                            \
            word = next_;                                    \
            if (!holds_) JUMP_TO(ARG());                     \
        } else if (opOf(next_) == Op::POP_JUMP_IF_TRUE) {    \
            ++pc;                                            \
            word = next_;                                    \
            if (holds_) JUMP_TO(ARG());                      \
        } else {                                             \
            PUSH(boolValue(holds_));                         \
        }                                                    \
        DISPATCH();                                          \
    } while (0)
// A comparison leaves True or False.
#define BRANCH_ON_COMPARISON() BRANCH_ON_RESULT(False())
// After a small-int operator `op`: a comparison's bool, or `n & mask` (`if n & mask:`).
#define BRANCH_ON_SMALL_INT_RESULT(op)                                           \
    do {                                                                         \
        if (isComparison(op)) BRANCH_ON_COMPARISON();                            \
        else if ((op) == BinaryOp::And) BRANCH_ON_RESULT(Value::smallInt(0));    \
    } while (0)

            DISPATCH();

            // The opcodes' bodies, by concern. They are labels of this one function (computed goto
            // cannot jump between functions), so they come in as text rather than as calls.
#include "engine/vm/ops_names_and_calls.inc"
#include "engine/vm/ops_values.inc"
#include "engine/vm/ops_control.inc"
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef ARG
#undef NAME
#undef FAST_ATTR_OBJECT
#undef FAST_ATTR_NAME
#undef DISPATCH
#undef RELOAD
#undef CHECK_EVENTS
#undef JUMP_TO
#undef BRANCH_ON_COMPARISON
#undef BRANCH_ON_RESULT
#undef BRANCH_ON_BOOL
#undef BRANCH_ON_SMALL_INT_RESULT
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
                    if (t.staleStackLow) clearStaleStack(t);
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
                if (done->flags & kFrameInline) e = generatorFinishedInline(done, e, t);
                if (done->flags & kFrameEntry) {
                    // The frame is finished: its stack is empty. (Not `sp`: reading the stack
                    // pointer here would keep it in memory throughout the loop.)
                    done->pc = pc;
                    done->sp = done->stackBase();
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
