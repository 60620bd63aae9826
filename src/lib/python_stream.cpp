// Streams written in Python: a class deriving from io.IOBase supplies readinto(buf) and/or
// write(buf), as MicroPython's IOBase asks, and gets the shared stream methods on top of them
// (read, readline, iteration, with, ...). Native code reaching the stream through its StreamOps
// calls those Python methods.
#include <algorithm>
#include <cstring>

#include "engine/native.h"
#include "lib/stream.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

// The method the class defines in Python, or no value: the shared native method of the same
// name would call back into these ops and never end.
Value pythonMethod(StreamObject* s, const char* name) {
    Value f = lookupType(s->type, intern(name));
    return f && typeOf(f) == &functionType ? f : Value();
}

size_t pythonRead(StreamObject* s, uint8_t* out, size_t size) {
    Value readinto = pythonMethod(s, "readinto");
    if (!readinto) raiseError(&exc::OSError, "stream is not readable (no readinto method)");
    BytearrayObject* buffer = newBytearray(nullptr, size);
    Value got = call2(readinto, Value(s), Value(buffer));
    if (got == None()) return 0;   // no data now (a non-blocking stream)
    int64_t n = requireInt64(got);
    if (n < 0 || uint64_t(n) > size || buffer->size < uint64_t(n)) raiseValueError("readinto() returned %lld", static_cast<long long>(n));
    std::memcpy(out, buffer->data, size_t(n));
    return size_t(n);
}

void pythonWrite(StreamObject* s, const uint8_t* data, size_t size) {
    Value write = pythonMethod(s, "write");
    if (!write) raiseError(&exc::OSError, "stream is not writable (no write method)");
    size_t done = 0;
    while (done < size) {
        Value written = call2(write, Value(s), Value(newBytes(data + done, size - done)));
        if (written == None()) break;   // the whole buffer, by convention of a write without a count
        int64_t n = requireInt64(written);
        if (n <= 0) break;
        done += size_t(std::min<int64_t>(n, int64_t(size - done)));
    }
}

void pythonFlush(StreamObject* s) {
    if (Value flush = pythonMethod(s, "flush")) call1(flush, Value(s));
}

const StreamOps kPythonStreamOps{
    .read = pythonRead,
    .write = pythonWrite,
    .seek = nullptr,
    .flush = pythonFlush,
    .close = nullptr,
};

}  // namespace

Value pythonStreamMake(Type* cls, const Value*, size_t, TupleObject*) {
    // cls's size: a class of the program adds its instance dict after the stream's fields.
    auto* s = static_cast<StreamObject*>(allocateBytes(cls->instanceSize, cls->finalize != nullptr));
    s->type = cls;
    s->ops = &kPythonStreamOps;
    s->text = false;
    s->closed = false;
    return Value(s);
}

}  // namespace pyfw::lib
