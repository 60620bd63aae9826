// Generators and coroutines: a heap object that owns its frame and the frame's values, resumed by
// runFrame. send/throw/close, and delegation for `yield from` / `await`.
#include <cstring>

#include "engine/bytecode/bytecode.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"

namespace pyfw::engine {

namespace {

enum class GenState : uint8_t { Created, Suspended, Running, Finished };

struct GeneratorObject : Object {
    Frame frame;
    GenState state;
    bool coroutine;
    uint32_t valueCount;
    Value values[];   // the frame's fast locals and operand stack
};

GeneratorObject* asGenerator(Value v) { return v.as<GeneratorObject>(); }

void generatorTrace(Object* self, Tracer& t) {
    auto* g = static_cast<GeneratorObject*>(self);
    t.visitObject(g->frame.code);
    t.visitObject(g->frame.function);
    t.visitObject(g->frame.globals);
    // Slots above the saved stack pointer may be stale; visit() only marks live allocations.
    t.visitRange(g->values, g->values + g->valueCount);
}

void generatorPrint(std::string& out, Value self, PrintKind) {
    GeneratorObject* g = asGenerator(self);
    char buf[48];
    std::snprintf(buf, sizeof buf, " at 0x%llx>", static_cast<unsigned long long>(self.bits()));
    out += g->coroutine ? "<coroutine object " : "<generator object ";
    out += g->frame.code->qualname->view();
    out += buf;
}

// Is the suspended frame sitting on a YIELD_FROM (delegating to a sub-iterator)?
bool delegating(GeneratorObject* g) {
    if (g->state != GenState::Suspended) return false;
    return opOf(*g->frame.pc) == Op::YIELD_FROM;
}

// The RuntimeError for a StopIteration that escaped a generator's frame, as
// `raise RuntimeError(...) from stop`, which is how CPython reports it.
Value stopIterationEscaped(GeneratorObject* g, Value stop) {
    Value error = newExceptionWithMessage(
        &exc::RuntimeError, g->coroutine ? "coroutine raised StopIteration" : "generator raised StopIteration");
    auto* e = error.as<ExceptionObject>();
    e->cause = stop;
    e->context = stop;
    e->suppressContext = true;
    return error;
}

Value resume(GeneratorObject* g, Value send, Value throwIn, bool& returned, bool pushSend = true) {
    if (g->state == GenState::Running) raiseValueError("generator already executing");
    if (g->state == GenState::Finished) {
        returned = true;
        if (throwIn) raise(throwIn);
        return Value();
    }
    if (g->state == GenState::Created && send && send != None() && !throwIn)
        raiseTypeError("can't send non-None value to a just-started generator");
    checkRecursion();
    if (g->state == GenState::Suspended && !throwIn && pushSend) *g->frame.sp++ = send ? send : None();
    g->state = GenState::Running;
    bool yielded = false;
    Value result;
    try {
        result = runFrame(&g->frame, throwIn, yielded);
    } catch (PythonError&) {
        g->state = GenState::Finished;
        if (pendingIs(&exc::StopIteration)) raise(stopIterationEscaped(g, takePendingException()));
        throw;
    }
    g->state = yielded ? GenState::Suspended : GenState::Finished;
    returned = !yielded;
    return result;
}

// Throws into a generator, first into the sub-iterator it is delegating to (yield from).
Value throwInto(GeneratorObject* g, Value exception, bool& returned) {
    if (delegating(g)) {
        Value sub = g->frame.sp[-1];
        bool isExit = isInstance(exception, &exc::GeneratorExit);
        Value method = isExit ? Value() : getAttrOrNull(sub, names::throw_);
        if (isGenerator(sub) && !isExit) {
            g->state = GenState::Running;
            bool subReturned;
            Value r;
            try {
                r = resumeGenerator(sub, Value(), exception, subReturned);
            } catch (PythonError&) {
                g->state = GenState::Suspended;
                // The sub-iterator raised: continue by raising inside this generator's frame.
                Value e = takePendingException();
                ++g->frame.pc;   // step past YIELD_FROM so the handler lookup sees it
                --g->frame.sp;   // drop the sub-iterator
                return resume(g, Value(), e, returned);
            }
            g->state = GenState::Suspended;
            if (!subReturned) {
                returned = false;
                return r;
            }
            // The sub-generator finished: its return value is the value of `yield from`.
            g->frame.sp[-1] = r;
            ++g->frame.pc;
            return resume(g, Value(), Value(), returned, false);
        }
        if (isExit) {
            if (Value close = getAttrOrNull(sub, intern("close"))) call0(close);
        } else if (method) {
            Value args[1] = {exception};
            try {
                Value r = call(method, args, 1);
                returned = false;
                return r;
            } catch (PythonError&) {
                Value e = takePendingException();
                ++g->frame.pc;
                --g->frame.sp;
                return resume(g, Value(), e, returned);
            }
        }
        ++g->frame.pc;
        --g->frame.sp;
    }
    return resume(g, Value(), exception, returned);
}

Value generatorNext(Value self) {
    bool returned;
    Value v = resume(asGenerator(self), None(), Value(), returned);
    return returned ? Value() : v;
}

Value selfIter(Value self) { return self; }

// gen.__next__(): as next(gen), with the return value in the StopIteration.
Value genNextMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__next__", nargs, kw, 1, 1);
    bool returned;
    Value v = resume(asGenerator(args[0]), None(), Value(), returned);
    if (returned) raiseGeneratorReturn(v);
    return v;
}

Value genSend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("send", nargs, kw, 2, 2);
    bool returned;
    Value v = resume(asGenerator(args[0]), args[1], Value(), returned);
    if (returned) raiseGeneratorReturn(v);
    return v;
}

Value makeThrown(const Value* args, size_t nargs) {
    Value e = args[1];
    if (isExceptionType(e)) {
        Value value = nargs > 2 ? args[2] : Value();
        if (value && isException(value)) return value;
        e = value && value != None() ? call1(e, value) : call0(e);
    }
    if (!isException(e)) raiseTypeError("exceptions must derive from BaseException");
    return e;
}

Value genThrow(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("throw", nargs, kw, 2, 4);
    Value e = makeThrown(args, nargs);
    bool returned;
    Value v = throwInto(asGenerator(args[0]), e, returned);
    if (returned) raiseGeneratorReturn(v);
    return v;
}

Value genClose(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("close", nargs, kw, 1, 1);
    GeneratorObject* g = asGenerator(args[0]);
    if (g->state == GenState::Created || g->state == GenState::Finished) {
        g->state = GenState::Finished;
        return None();
    }
    bool returned;
    try {
        throwInto(g, newException(&exc::GeneratorExit, nullptr), returned);
    } catch (PythonError&) {
        if (pendingIs(&exc::GeneratorExit) || pendingIs(&exc::StopIteration)) {
            takePendingException();
            return None();
        }
        throw;
    }
    if (!returned) raiseError(&exc::RuntimeError, "generator ignored GeneratorExit");
    return None();
}

Value genGetAttr(Value self, StrObject* name) {
    GeneratorObject* g = asGenerator(self);
    if (name == names::__name__) return Value(g->frame.code->name);
    if (name == names::__qualname__) return Value(g->frame.code->qualname);
    return genericGetAttr(self, name);
}

const MethodDef generatorMethods[] = {
    {"__next__", genNextMethod},
    {"close", genClose},
    {"send", genSend},
    {"throw", genThrow},
    {nullptr, nullptr},
};

// Binds a call of only the parameters' positional arguments (most generator calls, and every
// generator expression) without the general binder. The values are zeroed by the allocation, so
// only the arguments and the free variables go in. False when the general binder is needed.
bool bindPositional(FunctionObject* f, Value* fast, const Value* args, size_t nargs, TupleObject* kwnames) {
    CodeObject* code = f->code;
    if (!code->bindsByCopy(nargs, kwnames)) return false;
    if (nargs) std::memcpy(static_cast<void*>(fast), args, nargs * sizeof(Value));
    Value* frees = fast + code->localCount;
    for (size_t i = 0; i < code->freeCount; ++i) frees[i] = f->closure->items[i];
    return true;
}

}  // namespace

Type generatorType{TypeSpec{
    .name = "generator",
    .instanceSize = sizeof(GeneratorObject),
    .flags = kTypeAbstractNew,
    .trace = generatorTrace,
    .print = generatorPrint,
    .getattr = genGetAttr,
    .iter = selfIter,
    .next = generatorNext,
    .methods = generatorMethods,
}};

namespace {
Value coroutineAwait(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__await__", nargs, kw, 1, 1);
    return args[0];
}
const MethodDef coroutineMethods[] = {
    {"__await__", coroutineAwait},
    {"close", genClose},
    {"send", genSend},
    {"throw", genThrow},
    {nullptr, nullptr},
};
}  // namespace

Type coroutineType{TypeSpec{
    .name = "coroutine",
    .instanceSize = sizeof(GeneratorObject),
    .flags = kTypeAbstractNew,
    .trace = generatorTrace,
    .print = generatorPrint,
    .getattr = genGetAttr,
    .iter = selfIter,
    .next = generatorNext,
    .methods = coroutineMethods,
}};

bool isGenerator(Value v) {
    if (v.isImmediate()) return false;
    Type* t = v.object()->type;
    return t == &generatorType || t == &coroutineType;
}

Value newGenerator(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames) {
    CodeObject* code = f->code;
    uint32_t count = code->fastCount() + code->stackSize;
    bool coroutine = (code->flags & kCodeCoroutine) != 0;
    auto* g = static_cast<GeneratorObject*>(allocateBytes(sizeof(GeneratorObject) + count * sizeof(Value)));
    g->type = coroutine ? &coroutineType : &generatorType;
    g->valueCount = count;
    g->coroutine = coroutine;
    g->state = GenState::Created;
    if (!bindPositional(f, g->values, args, nargs, kwnames)) bindArguments(f, g->values, args, nargs, kwnames);
    g->frame.start(code, f, f->globals, nullptr, g->values, g->values + code->fastCount(), nullptr, kFrameGenerator, 0,
                   g);
    return Value(g);
}

Frame* resumeGeneratorInline(Value generator, Frame* caller, ThreadState& t) {
    GeneratorObject* g = asGenerator(generator);
    if (g->coroutine || (g->state != GenState::Created && g->state != GenState::Suspended) ||
        t.depth + 2 >= ThreadState::kMaxFrames)
        return nullptr;
    Frame& frame = g->frame;
    if (g->state == GenState::Suspended) *frame.sp++ = None();   // the value of the yield expression
    g->state = GenState::Running;
    // No longer an entry frame (a native resume marks it so): its return goes back to the caller.
    frame.flags = (frame.flags & ~kFrameEntry) | kFrameInline;
    frame.back = caller;
    ++t.depth;   // counted as a call, so runaway generator recursion ends in RecursionError
    t.frame = &frame;
    return &frame;
}

void generatorYieldedInline(Frame* frame, ThreadState& t) {
    static_cast<GeneratorObject*>(frame->generator)->state = GenState::Suspended;
    frame->flags &= ~kFrameInline;
    --t.depth;
    t.frame = frame->back;
}

Value generatorFinishedInline(Frame* frame, Value exception, ThreadState& t) {
    auto* g = static_cast<GeneratorObject*>(frame->generator);
    g->state = GenState::Finished;
    frame->flags &= ~kFrameInline;
    --t.depth;
    t.frame = frame->back;
    if (exception && isInstance(exception, &exc::StopIteration)) return stopIterationEscaped(g, exception);
    return exception;
}

void raiseGeneratorReturn(Value value) {
    // CPython gives StopIteration() when the generator returned None or had already finished.
    if (!value || value == None()) raise(newException(&exc::StopIteration, nullptr));
    raiseWithValue(&exc::StopIteration, value);
}

Value resumeGenerator(Value generator, Value send, Value throwIn, bool& returned) {
    GeneratorObject* g = asGenerator(generator);
    if (throwIn) return throwInto(g, throwIn, returned);
    return resume(g, send, Value(), returned);
}

}  // namespace pyfw::engine
