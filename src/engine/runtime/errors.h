// Exceptions: the built-in hierarchy (exceptions.def), the exception object, and the functions
// native code uses to raise. Raising stores the exception in ThreadState::pendingException and
// throws PythonError; the VM catches it at the dispatch loop and looks up the handler table.
#pragma once

#include <string>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct DictObject;
struct TupleObject;
struct ListObject;
struct CodeObject;

namespace exc {
extern Type BaseException;
#define EXCEPTION(name, base) extern Type name;
#include "engine/objects/exceptions.def"
#undef EXCEPTION
}  // namespace exc

struct ExceptionObject : Object {
    DictObject* dict;
    TupleObject* args;
    ListObject* traceback;     // flat (code, line) pairs, innermost first; may be null
    Value cause;
    Value context;
    bool suppressContext;
    bool tracebackTruncated;   // an entry did not fit in the heap: record no more (each try collects)
};

inline bool isException(Value v) { return isInstance(v, &exc::BaseException); }
inline bool isExceptionType(Value v) {
    return !v.isSmallInt() && typeOf(v) == &typeType &&
           (v.as<Type>()->flags & kTypeException);
}

// An instance of `type` with the given args (made without running Python code when possible).
Value newException(Type* type, TupleObject* args);
Value newExceptionWithMessage(Type* type, const std::string& message);
TupleObject* exceptionArgs(Value exception);
// Adds a traceback line (tolerates a full heap: the entry is then dropped).
void addTraceback(Value exception, CodeObject* code, int line);

// Raise: an exception instance, or a class (instantiated without arguments).
[[noreturn]] void raise(Value exception);
// While micropython.heap_lock() holds no exception can be made, so a built-in one is the
// interpreter's preallocated exception given that type and no arguments, as MicroPython's
// emergency exception is: `except KeyError` still matches. Null when the heap is not locked, or
// for a class of the program (whose instance cannot be made: MemoryError).
Value lockedHeapException(Type* type);
// printf-style message (%s, %d, %ld, %zu, %c, %%).
[[noreturn]] void raiseError(Type* type, const char* format, ...)
    __attribute__((format(printf, 2, 3)));
[[noreturn]] void raiseWithValue(Type* type, Value arg);   // e.g. KeyError(key), StopIteration(v)
[[noreturn]] void raiseTypeError(const char* format, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raiseValueError(const char* format, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raiseNotImplemented(const char* what);

// The Python name of a value's type (for messages).
const char* typeName(Value v);
const char* typeNameOf(const Type* t);

// The pending exception, cleared (for native code that catches PythonError).
Value takePendingException();
// True when the pending exception is an instance of `type`.
bool pendingIs(const Type* type);

// Formats "Traceback (most recent call last):" ... as MicroPython prints it.
std::string formatTraceback(Value exception);
// "TypeError: message"; "TypeError: " when there are no args, as MicroPython prints it.
std::string formatExceptionLine(Value exception);

}  // namespace pyfw::engine
