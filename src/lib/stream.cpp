#include "lib/stream.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"

namespace pyfw::lib {

using namespace pyfw::engine;

StreamObject* openStream(Value v) {
    if (!isInstance(v, &streamBaseType)) raiseTypeError("expected a stream, got %s", typeName(v));
    auto* s = v.as<StreamObject>();
    if (s->closed) raiseValueError("I/O operation on closed file");
    return s;
}

void closeStream(StreamObject* s) {
    if (s->closed) return;
    s->closed = true;
    if (s->ops->close) s->ops->close(s);
}

namespace {

constexpr size_t kChunk = 4096;

// Bytes read so far must fit in the heap they will be copied into.
void checkFits(const std::string& data) {
    if (data.size() > heapStats().totalBytes) raiseMemoryError();
}

size_t utf8Length(uint8_t lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    return 2;
}

// Appends one whole character (text) or one byte (binary); false at the end of the stream.
bool readUnit(StreamObject* s, std::string& out) {
    uint8_t lead;
    if (s->ops->read(s, &lead, 1) == 0) return false;
    out += char(lead);
    if (!s->text || lead < 0x80) return true;
    uint8_t rest[3];
    size_t want = utf8Length(lead) - 1;
    size_t got = 0;
    while (got < want) {
        size_t n = s->ops->read(s, rest + got, want - got);
        if (n == 0) break;
        got += n;
    }
    out.append(reinterpret_cast<char*>(rest), got);
    return true;
}

void readAll(StreamObject* s, std::string& out) {
    uint8_t chunk[kChunk];
    while (size_t n = s->ops->read(s, chunk, kChunk)) {
        out.append(reinterpret_cast<char*>(chunk), n);
        checkFits(out);
    }
}

// str (checked UTF-8) or bytes, as the stream's kind says.
Value result(StreamObject* s, const std::string& data) {
    if (!s->text) return Value(newBytes(data.data(), data.size()));
    if (!utf8::isValid(data)) raiseError(&exc::UnicodeError, "invalid UTF-8 in a text stream");
    return Value(newStr(data));
}

int64_t optionalSize(const Value* args, size_t nargs, size_t index) {
    if (nargs <= index || args[index] == None()) return -1;
    return requireInt64(args[index]);
}

Value read(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read", nargs, kw, 1, 2);
    StreamObject* s = openStream(args[0]);
    int64_t size = optionalSize(args, nargs, 1);
    std::string data;
    if (size < 0) {
        readAll(s, data);
    } else if (s->text) {
        for (int64_t i = 0; i < size && readUnit(s, data); ++i) {
        }
    } else {
        data.resize(size_t(std::min<int64_t>(size, int64_t(heapStats().totalBytes))));
        size_t got = 0;
        while (got < data.size()) {
            size_t n = s->ops->read(s, reinterpret_cast<uint8_t*>(data.data()) + got, data.size() - got);
            if (n == 0) break;
            got += n;
        }
        data.resize(got);
    }
    return result(s, data);
}

Value readinto(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readinto", nargs, kw, 2, 3);
    StreamObject* s = openStream(args[0]);
    Buffer b = requireBuffer(args[1], "readinto");
    if (!b.writable) raiseTypeError("readinto: the buffer is read-only");
    size_t limit = b.size;
    if (nargs > 2) limit = std::min<size_t>(limit, size_t(std::max<int64_t>(0, requireInt64(args[2]))));
    size_t got = 0;
    while (got < limit) {
        size_t n = s->ops->read(s, b.data + got, limit - got);
        if (n == 0) break;
        got += n;
    }
    return makeInt(int64_t(got));
}

std::string readLineData(StreamObject* s, int64_t limit) {
    std::string line;
    if (limit < 0 && s->ops->peek) {
        std::string_view ahead = s->ops->peek(s);
        size_t newline = ahead.find('\n');
        line.resize(newline == std::string_view::npos ? ahead.size() : newline + 1);
        s->ops->read(s, reinterpret_cast<uint8_t*>(line.data()), line.size());
        return line;
    }
    for (int64_t units = 0; limit < 0 || units < limit; ++units) {
        if (!readUnit(s, line)) break;
        if (line.back() == '\n') break;
        if ((units & 1023) == 0) checkFits(line);
    }
    return line;
}

Value readline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readline", nargs, kw, 1, 2);
    StreamObject* s = openStream(args[0]);
    return result(s, readLineData(s, optionalSize(args, nargs, 1)));
}

Value readlines(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readlines", nargs, kw, 1, 2);
    StreamObject* s = openStream(args[0]);
    ListObject* lines = newList();
    while (true) {
        std::string line = readLineData(s, -1);
        if (line.empty()) break;
        listAppend(lines, result(s, line));
    }
    return Value(lines);
}

// MicroPython's write(buf[, n]) and write(buf, off, n): the window [off, off + n) of a buffer of
// `size` units, clipped to it. As the firmware reads them unsigned, a negative offset is past the
// end (nothing is written) and a negative count is no limit.
void writeWindow(const Value* args, size_t nargs, size_t size, size_t& start, size_t& count) {
    start = 0;
    count = size;
    if (nargs < 3) return;
    int64_t limit = requireInt64(args[nargs - 1]);
    if (nargs == 4) {
        int64_t offset = requireInt64(args[2]);
        start = offset < 0 ? size : size_t(std::min<int64_t>(offset, int64_t(size)));
    }
    count = limit < 0 ? size - start : size_t(std::min<int64_t>(limit, int64_t(size - start)));
}

Value write(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("write", nargs, kw, 2, 4);
    StreamObject* s = openStream(args[0]);
    if (!s->ops->write) raiseError(&exc::OSError, "not writable");
    size_t start, count;
    if (s->text) {
        if (!isStr(args[1])) raiseTypeError("write() argument must be str, not %s", typeName(args[1]));
        StrObject* text = asStr(args[1]);
        // A window of a str counts characters, so a text stream never receives half a character.
        writeWindow(args, nargs, text->length(), start, count);
        size_t from = strByteOffset(text, start), to = strByteOffset(text, start + count);
        s->ops->write(s, reinterpret_cast<const uint8_t*>(text->data) + from, to - from);
        return makeInt(int64_t(count));
    }
    if (isStr(args[1])) raiseTypeError("a bytes-like object is required, not 'str'");
    Buffer b = requireBuffer(args[1], "write");
    writeWindow(args, nargs, b.size, start, count);
    // The buffer may be this stream's own memory (BytesIO.getbuffer-like tricks): copy first.
    std::string copy(reinterpret_cast<const char*>(b.data) + start, count);
    s->ops->write(s, reinterpret_cast<const uint8_t*>(copy.data()), copy.size());
    return makeInt(int64_t(copy.size()));
}

int64_t seekStream(StreamObject* s, int64_t offset, int whence) {
    if (!s->ops->seek) raiseError(&exc::OSError, "the stream is not seekable");
    if (whence < 0 || whence > 2) raiseValueError("invalid whence (%d, should be 0, 1 or 2)", whence);
    if (whence == 0 && offset < 0) raiseValueError("negative seek position %lld", static_cast<long long>(offset));
    return s->ops->seek(s, offset, whence);
}

Value seek(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("seek", nargs, kw, 2, 3);
    StreamObject* s = openStream(args[0]);
    int whence = nargs > 2 ? int(requireInt64(args[2])) : 0;
    return makeInt(seekStream(s, requireInt64(args[1]), whence));
}

Value tell(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("tell", nargs, kw, 1, 1);
    return makeInt(seekStream(openStream(args[0]), 0, 1));
}

Value flush(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("flush", nargs, kw, 1, 1);
    StreamObject* s = openStream(args[0]);
    if (s->ops->flush) s->ops->flush(s);
    return None();
}

Value close(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("close", nargs, kw, 1, 1);
    if (!isInstance(args[0], &streamBaseType)) raiseTypeError("expected a stream");
    closeStream(args[0].as<StreamObject>());
    return None();
}

Value enter(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__enter__", nargs, kw, 1, 1);
    openStream(args[0]);
    return args[0];
}

Value exit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__exit__", nargs, kw, 1, 4);
    closeStream(args[0].as<StreamObject>());
    return None();
}

Value closedAttr(Value self) { return boolValue(self.as<StreamObject>()->closed); }

const MethodDef streamMethods[] = {
    {"__enter__", enter}, {"__exit__", exit}, {"close", close},         {"flush", flush},
    {"read", read},       {"readinto", readinto}, {"readline", readline}, {"readlines", readlines},
    {"seek", seek},       {"tell", tell},     {"write", write},
    {nullptr, nullptr},
};

const AttrDef streamAttrs[] = {
    {"closed", closedAttr},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

}  // namespace

Value streamIter(Value self) {
    openStream(self);
    return self;
}

Value streamNext(Value self) {
    StreamObject* s = openStream(self);
    std::string line = readLineData(s, -1);
    if (line.empty()) return Value();
    return result(s, line);
}

Type streamBaseType{TypeSpec{
    .name = "IOBase",
    .instanceSize = sizeof(StreamObject),
    .flags = kTypeBaseType,   // a class of the program can be a stream (python_stream.cpp)
    .trace = traceNothing,
    .make = pythonStreamMake,
    .iter = streamIter,
    .next = streamNext,
    .methods = streamMethods,
    .attrs = streamAttrs,
    .module = "uio",
}};

}  // namespace pyfw::lib
