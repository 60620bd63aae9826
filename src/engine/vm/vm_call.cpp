// Calls into Python code: argument binding, frame set-up on the thread's value stack, and the
// entry from native code.
#include <cstring>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"

namespace pyfw::engine {

namespace {

const char* qualnameOf(FunctionObject* f) { return (f->qualname ? f->qualname : f->name)->data; }

[[noreturn]] void missingArguments(FunctionObject* f, Value* fast, size_t from, size_t to, bool keywordOnly) {
    CodeObject* code = f->code;
    std::string list;
    size_t count = 0;
    for (size_t i = from; i < to; ++i) {
        if (fast[i]) continue;
        ++count;
    }
    size_t seen = 0;
    for (size_t i = from; i < to; ++i) {
        if (fast[i]) continue;
        ++seen;
        if (seen > 1) list += count == 2 ? " and " : (seen == count ? ", and " : ", ");
        list += "'" + std::string(asStr(code->localNames->items[i])->view()) + "'";
    }
    raiseTypeError("%s() missing %zu required %s argument%s: %s", qualnameOf(f), count,
                   keywordOnly ? "keyword-only" : "positional", count == 1 ? "" : "s", list.c_str());
}

}  // namespace

void bindArguments(FunctionObject* f, Value* fast, const Value* args, size_t nargs, TupleObject* kwnames) {
    CodeObject* code = f->code;
    size_t argc = code->argCount;
    size_t kwonly = code->kwOnlyCount;
    size_t nkw = kwnames ? kwnames->size : 0;
    size_t fastCount = code->fastCount();
    uint32_t flags = code->flags;
    // Every slot starts unbound: positions, keywords and defaults then fill them in that order,
    // and an empty slot is how a keyword given twice or a missing argument is recognised.
    for (size_t i = 0; i < fastCount; ++i) fast[i] = Value();
    size_t positional = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < positional; ++i) fast[i] = args[i];
    size_t extraSlot = argc + kwonly;
    if (nargs > argc) {
        if (!(flags & kCodeVarArgs)) {
            size_t given = nargs;
            size_t defaults = f->defaults ? f->defaults->size : 0;
            if (defaults)
                raiseTypeError("%s() takes from %zu to %zu positional arguments but %zu were given", qualnameOf(f),
                               argc - defaults, argc, given);
            raiseTypeError("%s() takes %zu positional argument%s but %zu %s given", qualnameOf(f), argc,
                           argc == 1 ? "" : "s", given, given == 1 ? "was" : "were");
        }
        fast[extraSlot] = Value(tupleFromArray(args + argc, nargs - argc));
    } else if (flags & kCodeVarArgs) {
        fast[extraSlot] = Value(emptyTuple());
    }
    DictObject* kwargs = nullptr;
    if (flags & kCodeVarKeywords) {
        kwargs = newDict();
        fast[extraSlot + ((flags & kCodeVarArgs) ? 1 : 0)] = Value(kwargs);
    }
    for (size_t k = 0; k < nkw; ++k) {
        Value name = kwnames->items[k];
        Value value = args[nargs + k];
        // Positional-only parameters cannot be named. Names are compared by address first:
        // keyword names in a call are interned like parameter names, so the text compare runs
        // only for names built at run time (f(**d)).
        size_t i = code->posOnlyCount;
        for (; i < argc + kwonly; ++i) {
            Value param = code->localNames->items[i];
            if (param == name || strEquals(asStr(param), asStr(name))) break;
        }
        // A positional-only name is an error only without **kwargs; with it the name simply
        // lands in the dict (PEP 570).
        if (i == argc + kwonly && !kwargs) {
            for (size_t p = 0; p < code->posOnlyCount; ++p) {
                Value param = code->localNames->items[p];
                if (param == name || strEquals(asStr(param), asStr(name)))
                    raiseTypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                   qualnameOf(f), asStr(name)->data);
            }
        }
        if (i < argc + kwonly) {
            if (fast[i])
                raiseTypeError("%s() got multiple values for argument '%s'", qualnameOf(f), asStr(name)->data);
            fast[i] = value;
        } else if (kwargs) {
            dictSet(kwargs, name, value);
        } else {
            raiseTypeError("%s() got an unexpected keyword argument '%s'", qualnameOf(f), asStr(name)->data);
        }
    }
    if (positional < argc) {
        size_t ndefaults = f->defaults ? f->defaults->size : 0;
        size_t firstDefault = argc - ndefaults;
        for (size_t i = positional; i < argc; ++i) {
            if (fast[i]) continue;
            if (i >= firstDefault) fast[i] = f->defaults->items[i - firstDefault];
        }
        // After the defaults, so that the error lists every argument still missing, as CPython's.
        for (size_t i = positional; i < argc; ++i)
            if (!fast[i]) missingArguments(f, fast, positional, argc, false);
    }
    for (size_t i = argc; i < argc + kwonly; ++i) {
        if (fast[i] || !f->kwdefaults) continue;
        if (Value d = dictGet(f->kwdefaults, code->localNames->items[i])) fast[i] = d;
    }
    for (size_t i = argc; i < argc + kwonly; ++i)
        if (!fast[i]) missingArguments(f, fast, argc, argc + kwonly, true);
    // A parameter that an inner function captures lives in a cell (cellArgs names it), which
    // starts with the argument's value.
    size_t cells = code->cellCount;
    Value* cellSlots = fast + code->localCount;
    for (size_t i = 0; i < cells; ++i) {
        int16_t arg = code->cellArgs ? code->cellArgs[i] : -1;
        cellSlots[i] = Value(newCell(arg >= 0 ? fast[arg] : Value()));
    }
    Value* freeSlots = cellSlots + cells;
    for (size_t i = 0; i < code->freeCount; ++i) freeSlots[i] = f->closure->items[i];
}

Frame* pushFrame(CodeObject* code, FunctionObject* f, DictObject* globals, DictObject* locals, const Value* args,
                 size_t nargs, TupleObject* kwnames, Frame* back, uint32_t flags) {
    ThreadState& t = thread();
    size_t need = code->frameValues;
    if (t.depth + 2 >= ThreadState::kMaxFrames || t.stackTop + need > t.stackLimit)
        raiseError(&exc::RuntimeError, "maximum recursion depth exceeded");
    // Claim the region before binding: binding allocates, and the GC scans up to stackTop.
    Value* fast = t.stackTop;
    t.stackTop += need;
    // A call that binds by copy (CodeObject::directArgCount, the common one, checked first):
    // the arguments copied and a few locals cleared, which cannot fail.
    if (f && ((code->directArgCount == nargs && !kwnames) || (code->bindsByCopy(nargs, kwnames) && !code->freeCount))) {
        for (size_t i = 0; i < nargs; ++i) fast[i] = args[i];
        for (size_t i = nargs; i < code->localCount; ++i) {
            asm("" : "+r"(i));   // a loop of stores, not a call to memset (see claimCopyFrame)
            fast[i] = Value();
        }
    } else {
        try {
            if (!f) {
                for (size_t i = 0; i < code->fastCount(); ++i) fast[i] = Value();
            } else {
                bindArguments(f, fast, args, nargs, kwnames);
            }
        } catch (...) {
            t.stackTop = fast;
            throw;
        }
    }
    ++t.depth;
    Frame* frame = &t.frames[t.depth];
    frame->start(code, f, globals, locals, fast, fast + code->fastCount(), back, flags, t.depth, nullptr);
    return frame;
}

namespace {

// The __init__ pushInitFrame may run for instances of cls, or null (see Type::initFunction):
// only where making the instance runs no Python code (object's layout and __new__), so the one
// frame pushed is __init__'s and the loop can leave the instance as the call's result.
FunctionObject* inlineInit(Type* cls) {
    if (!cls->isHeapType() || cls->nativeBase != &objectType) return nullptr;
    Value newFn = lookupType(cls, names::__new__);
    if (newFn && typeOf(newFn) != &builtinFunctionType) return nullptr;
    Value init = lookupType(cls, names::__init__);
    if (!init || typeOf(init) != &functionType) return nullptr;
    auto* f = init.as<FunctionObject>();
    if (f->code->flags & (kCodeGenerator | kCodeCoroutine)) return nullptr;
    return f;
}

}  // namespace

Frame* pushInitFrame(Value callee, Value* result, Value* args, size_t nargs, TupleObject* kwnames, Frame* back) {
    Type* cls = callee.as<Type>();   // the loop calls this for objects of type `type` only
    if (cls->initVersion != cls->version || cls->initEpoch != classEpoch) {
        cls->initFunction = inlineInit(cls);
        cls->initVersion = cls->version;
        cls->initEpoch = classEpoch;
    }
    FunctionObject* f = cls->initFunction;
    if (!f) return nullptr;
    Value instance = newPlainInstance(cls);
    *result = instance;
    args[-1] = instance;
    return pushFrame(f->code, f, f->globals, nullptr, args - 1, nargs + 1, kwnames, back, kFrameInit);
}

Value callFunction(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames) {
    CodeObject* code = f->code;
    if (code->flags & (kCodeGenerator | kCodeCoroutine)) return newGenerator(f, args, nargs, kwnames);
    // Native code calling Python recurses on the C++ stack (a runFrame per level), which the
    // frame limit alone does not bound.
    checkRecursion();
    Frame* frame = pushFrame(code, f, f->globals, nullptr, args, nargs, kwnames, thread().frame, kFrameEntry);
    bool yielded;
    return runFrame(frame, Value(), yielded);
}

Value runClassBody(FunctionObject* body, DictObject* ns) {
    checkRecursion();
    Frame* frame = pushFrame(body->code, body, body->globals, ns, nullptr, 0, nullptr, thread().frame, kFrameEntry);
    bool yielded;
    return runFrame(frame, Value(), yielded);
}

Value runCode(CodeObject* code, DictObject* globals, DictObject* locals) {
    checkRecursion();
    Frame* frame = pushFrame(code, nullptr, globals, locals, nullptr, 0, nullptr, thread().frame, kFrameEntry);
    bool yielded;
    return runFrame(frame, Value(), yielded);
}

}  // namespace pyfw::engine
