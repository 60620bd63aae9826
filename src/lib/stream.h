// Streams: the one implementation of read/readline/readlines/readinto/write/seek/tell/flush/close,
// iteration and `with` that every stream type shares (StringIO, BytesIO, files, the console). A
// stream type supplies a few byte-level operations (StreamOps) and derives from streamBaseType.
//
// A text stream reads and writes str (UTF-8 on the byte level; read(n) counts code points), a
// binary stream bytes. Operations on a closed stream raise ValueError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::lib {

struct StreamObject;

struct StreamOps {
    // Up to `size` bytes into `out`; 0 at the end. Raises OSError on failure.
    size_t (*read)(StreamObject* self, uint8_t* out, size_t size);
    // Writes all bytes; for a text stream they are whole UTF-8 characters. Null: not writable.
    void (*write)(StreamObject* self, const uint8_t* data, size_t size);
    // whence 0/1/2 as in Python; returns the new position in the stream's own unit (code points
    // for StringIO, bytes otherwise). Null: not seekable.
    int64_t (*seek)(StreamObject* self, int64_t offset, int whence);
    void (*flush)(StreamObject* self);   // may be null
    void (*close)(StreamObject* self);   // may be null; called once
    // May be null: the bytes read() would return next without waiting (memory streams), so
    // readline can find the newline in one scan instead of reading a character at a time.
    std::string_view (*peek)(StreamObject* self) = nullptr;
};

struct StreamObject : engine::Object {
    const StreamOps* ops;
    bool text;
    bool closed;
};

// The base type of every stream ("IOBase"): holds the shared methods.
extern engine::Type streamBaseType;

// io.IOBase(): a stream whose operations are the Python methods of its class (python_stream.cpp).
engine::Value pythonStreamMake(engine::Type* cls, const engine::Value* args, size_t nargs, engine::TupleObject* kwnames);

// Raises ValueError when the stream is closed.
StreamObject* openStream(engine::Value v);
// Closes the stream once (runs ops->close); safe to call again.
void closeStream(StreamObject* s);

engine::Value streamIter(engine::Value self);
engine::Value streamNext(engine::Value self);

}  // namespace pyfw::lib
