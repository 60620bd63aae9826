// The exception types: one layout (ExceptionObject) and one set of slots shared by the whole
// hierarchy in exceptions.def.
#include <string>

#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errno_names.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

ExceptionObject* asException(Value v) { return v.as<ExceptionObject>(); }

void exceptionTrace(Object* self, Tracer& t) {
    auto* e = static_cast<ExceptionObject*>(self);
    t.visitObject(e->dict);
    t.visitObject(e->args);
    t.visitObject(e->traceback);
    t.visit(e->cause);
    t.visit(e->context);
}

void exceptionPrint(std::string& out, Value self, PrintKind kind) {
    ExceptionObject* e = asException(self);
    TupleObject* args = e->args ? e->args : emptyTuple();
    if (kind == PrintKind::Repr) {
        out += typeOf(self)->name->view();
        if (args->size == 1) {
            out += '(';
            printValue(out, args->items[0], PrintKind::Repr);
            out += ')';
        } else {
            printValue(out, Value(args), PrintKind::Repr);
        }
        return;
    }
    if (args->size == 0) return;
    if (args->size == 1 && isSubtype(typeOf(self), &exc::OSError) && args->items[0].isSmallInt()) {
        // MicroPython names a known errno: OSError(2) prints as "[Errno 2] ENOENT".
        if (const char* name = errnoName(args->items[0].smallInt())) {
            out += "[Errno " + std::to_string(args->items[0].smallInt()) + "] " + name;
            return;
        }
    }
    if (args->size == 1) {
        bool keyError = isSubtype(typeOf(self), &exc::KeyError);
        printValue(out, args->items[0], keyError ? PrintKind::Repr : PrintKind::Str);
        return;
    }
    // Several arguments print as their tuple, OSError(5, 'details') too: "(5, 'details')", as
    // MicroPython prints it (CPython writes "[Errno 5] details").
    printValue(out, Value(args), PrintKind::Str);
}

Value exceptionMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    if (kwnames && kwnames->size && !cls->isHeapType())
        raiseTypeError("%s() takes no keyword arguments", cls->name->data);
    if (Value locked = lockedHeapException(cls)) return locked;   // `raise KeyError` under heap_lock()
    auto* e = static_cast<ExceptionObject*>(allocateBytes(cls->instanceSize));
    e->type = cls;
    e->args = tupleFromArray(args, nargs);
    return Value(e);
}

Value exceptionInit(const Value* args, size_t nargs, TupleObject* kw) {
    // A class of the program may take keywords in its own __init__ (so make lets them through);
    // reaching this one with them, as CPython's and MicroPython's, is an error.
    if (kw && kw->size) raiseTypeError("%s() takes no keyword arguments", typeName(args[0]));
    if (args[0] == lockedHeapException(typeOf(args[0]))) return None();   // it keeps no arguments
    asException(args[0])->args = tupleFromArray(args + 1, nargs - 1);
    return None();
}

Value exceptionWithTraceback(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("with_traceback", nargs, kw, 2, 2);
    return args[0];
}

Value firstArgOrNone(ExceptionObject* e) { return e->args && e->args->size ? e->args->items[0] : None(); }

Value exceptionGetAttr(Value self, StrObject* name) {
    ExceptionObject* e = asException(self);
    if (name == names::args) return Value(e->args ? e->args : emptyTuple());
    if (name == names::__traceback__) return None();
    if (name == names::__cause__) return e->cause ? e->cause : None();
    if (name == names::__context__) return e->context ? e->context : None();
    if (name == names::__suppress_context__) return boolValue(e->suppressContext);
    if (Value v = genericGetAttr(self, name)) return v;
    Type* t = typeOf(self);
    std::string_view n = name->view();
    if (n == "value" && isSubtype(t, &exc::StopIteration)) return firstArgOrNone(e);
    if (n == "code" && isSubtype(t, &exc::SystemExit)) return firstArgOrNone(e);
    if (isSubtype(t, &exc::OSError)) {
        if (n == "errno") return e->args && e->args->size >= 1 ? e->args->items[0] : None();
        if (n == "strerror") return e->args && e->args->size >= 2 ? e->args->items[1] : None();
        if (n == "filename") return e->args && e->args->size >= 3 ? e->args->items[2] : None();
    }
    if (isSubtype(t, &exc::SyntaxError) && n == "msg") return firstArgOrNone(e);
    if (isSubtype(t, &exc::ImportError) && n == "name") return None();
    return Value();
}

void exceptionSetAttr(Value self, StrObject* name, Value value) {
    ExceptionObject* e = asException(self);
    if (name == names::args) {
        e->args = toTuple(value);
        return;
    }
    if (name == names::__cause__) {
        e->cause = value == None() ? Value() : value;
        e->suppressContext = true;
        return;
    }
    if (name == names::__context__) {
        e->context = value == None() ? Value() : value;
        return;
    }
    if (name == names::__suppress_context__) {
        e->suppressContext = value && truthy(value);
        return;
    }
    if (name == names::__traceback__) return;
    genericSetAttr(self, name, value);
}

const MethodDef exceptionMethods[] = {
    {"__init__", exceptionInit},
    {"with_traceback", exceptionWithTraceback},
    {nullptr, nullptr},
};

TypeSpec exceptionSpec(const char* name, Type* base) {
    return TypeSpec{
        .name = name,
        .base = base,
        .instanceSize = sizeof(ExceptionObject),
        .flags = kTypeBaseType | kTypeException,
        .dictOffset = int32_t(offsetof(ExceptionObject, dict)),
        .trace = exceptionTrace,
        .print = exceptionPrint,
        .make = exceptionMake,
        .getattr = exceptionGetAttr,
        .setattr = exceptionSetAttr,
        .methods = base ? nullptr : exceptionMethods,
    };
}

}  // namespace

namespace exc {
Type BaseException{exceptionSpec("BaseException", nullptr)};
#define EXCEPTION(name, base) \
    Type name{exceptionSpec(#name, &base)};
#include "engine/objects/exceptions.def"
#undef EXCEPTION
}  // namespace exc

Value newException(Type* type, TupleObject* args) {
    if (Value locked = lockedHeapException(type)) return locked;
    auto* e = static_cast<ExceptionObject*>(allocateBytes(type->instanceSize));
    e->type = type;
    e->args = args ? args : emptyTuple();
    return Value(e);
}

Value newExceptionWithMessage(Type* type, const std::string& message) {
    if (Value locked = lockedHeapException(type)) return locked;
    return newException(type, newTuple({Value(newStr(message))}));
}

TupleObject* exceptionArgs(Value exception) {
    TupleObject* args = asException(exception)->args;
    return args ? args : emptyTuple();
}

void addTraceback(Value exception, CodeObject* code, int line) {
    if (!isException(exception)) return;
    ExceptionObject* e = asException(exception);
    Heap& heap = interp().heap;
    // Recording must not itself fail: skip the entry when the heap is full.
    if (heap.lockDepth > 0 || e->tracebackTruncated) return;
    size_t before = e->traceback ? e->traceback->size : 0;
    try {
        if (!e->traceback) e->traceback = newList();
        listAppend(e->traceback, Value(code));
        listAppend(e->traceback, Value::smallInt(line));
    } catch (PythonError&) {
        // The entries are (code, line) pairs: a failure between the two appends must not leave
        // half of one, which the printer would read as a code object.
        if (e->traceback) e->traceback->size = before;
        e->tracebackTruncated = true;
        thread().pendingException = exception;
    }
}

}  // namespace pyfw::engine
