// Raising from native code, and printing exceptions and tracebacks as MicroPython does.
#include "engine/runtime/errors.h"

#include <cstdarg>
#include <cstdio>

#include "engine/bytecode/code.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

std::string vformat(const char* format, va_list args) {
    char small[256];
    va_list copy;
    va_copy(copy, args);
    int n = std::vsnprintf(small, sizeof small, format, copy);
    va_end(copy);
    if (n < int(sizeof small)) return std::string(small, size_t(n < 0 ? 0 : n));
    std::string out(size_t(n) + 1, '\0');
    std::vsnprintf(out.data(), out.size(), format, args);
    out.resize(size_t(n));
    return out;
}

}  // namespace

const char* typeNameOf(const Type* t) { return t->name ? t->name->data : t->cname; }
const char* typeName(Value v) { return typeNameOf(typeOf(v)); }

void raise(Value exception) {
    if (isExceptionType(exception)) exception = call0(exception);
    if (!isException(exception)) raiseTypeError("exceptions must derive from BaseException");
    ThreadState& t = thread();
    auto* e = exception.as<ExceptionObject>();
    if (t.handledException && t.handledException != exception && !e->context) e->context = t.handledException;
    t.pendingException = exception;
    throw PythonError{};
}

Value lockedHeapException(Type* type) {
    Interpreter& in = interp();
    if (in.heap.lockDepth <= 0 || type->isHeapType() || type->instanceSize != sizeof(ExceptionObject)) return Value();
    auto* e = in.lockedHeapError.as<ExceptionObject>();
    e->type = type;
    e->args = emptyTuple();
    e->traceback = nullptr;
    e->tracebackTruncated = false;
    e->context = Value();
    e->cause = Value();
    return in.lockedHeapError;
}

void raiseError(Type* type, const char* format, ...) {
    if (Value e = lockedHeapException(type)) raise(e);
    va_list args;
    va_start(args, format);
    std::string message = vformat(format, args);
    va_end(args);
    raise(newExceptionWithMessage(type, message));
}

void raiseTypeError(const char* format, ...) {
    if (Value e = lockedHeapException(&exc::TypeError)) raise(e);
    va_list args;
    va_start(args, format);
    std::string message = vformat(format, args);
    va_end(args);
    raise(newExceptionWithMessage(&exc::TypeError, message));
}

void raiseValueError(const char* format, ...) {
    if (Value e = lockedHeapException(&exc::ValueError)) raise(e);
    va_list args;
    va_start(args, format);
    std::string message = vformat(format, args);
    va_end(args);
    raise(newExceptionWithMessage(&exc::ValueError, message));
}

void raiseWithValue(Type* type, Value arg) {
    if (Value e = lockedHeapException(type)) raise(e);
    raise(newException(type, newTuple({arg})));
}

void raiseNotImplemented(const char* what) { raiseError(&exc::NotImplementedError, "%s", what); }

Value takePendingException() {
    ThreadState& t = thread();
    Value e = t.pendingException;
    t.pendingException = Value();
    return e;
}

bool pendingIs(const Type* type) {
    Value e = thread().pendingException;
    return e && isInstance(e, type);
}

std::string formatExceptionLine(Value exception) {
    std::string out(typeName(exception));
    std::string text;
    try {
        printValue(text, exception, PrintKind::Str);
    } catch (PythonError&) {
        takePendingException();
        text = "<exception str() failed>";
    }
    // MicroPython writes the separator even when the exception has no arguments ("KeyboardInterrupt: "),
    // and host tools match on that line.
    out += ": ";
    out += text;
    return out;
}

std::string formatTraceback(Value exception) {
    std::string out;
    if (isException(exception)) {
        // As MicroPython: the header only when there are entries (an exception never raised has none).
        ListObject* tb = exception.as<ExceptionObject>()->traceback;
        if (tb && tb->size >= 2) {
            out = "Traceback (most recent call last):\n";
            for (size_t i = tb->size; i >= 2; i -= 2) {
                auto* code = tb->items[i - 2].as<CodeObject>();
                char line[32];
                std::snprintf(line, sizeof line, "%lld", static_cast<long long>(tb->items[i - 1].smallInt()));
                out += "  File \"";
                out += code->filename->view();
                out += "\", line ";
                out += line;
                out += ", in ";
                out += code->name->view();
                out += '\n';
            }
        }
    }
    out += formatExceptionLine(exception);
    out += '\n';
    return out;
}

}  // namespace pyfw::engine
