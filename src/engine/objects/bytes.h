// bytes (immutable, inline data) and bytearray (mutable, data in a raw block).
#pragma once

#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct BytesObject : Object {
    int64_t hash;
    uint64_t size;
    uint8_t data[];
};

struct BytearrayObject : Object {
    uint64_t size;
    uint64_t capacity;  // 0 with data set: borrowed (see below)
    uint8_t* data;      // raw block of plain bytes, or borrowed memory
};

BytesObject* newBytes(const void* data, size_t size);
BytesObject* allocateBytesObject(size_t size);   // contents to fill in
BytearrayObject* newBytearray(const void* data, size_t size);   // data null: `size` zero bytes
void bytearrayResize(BytearrayObject* b, size_t size);
// uctypes.bytearray_at(): a bytearray over `size` bytes of another heap allocation, captured by
// reference. It keeps that allocation alive and cannot change size (TypeError).
inline bool bytearrayIsBorrowed(const BytearrayObject* b) { return b->capacity == 0 && b->data; }
inline void bytearrayBorrow(BytearrayObject* b, uint8_t* data, size_t size) {
    b->capacity = 0;
    b->data = data;
    b->size = size;
}
inline std::string_view bytesView(const BytesObject* b) {
    return {reinterpret_cast<const char*>(b->data), b->size};
}
// Any bytes-like value (buffer protocol); raises TypeError naming `what` otherwise.
Buffer requireBuffer(Value v, const char* what);
bool getBuffer(Value v, Buffer& out);

}  // namespace pyfw::engine
