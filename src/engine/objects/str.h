// str: immutable UTF-8 text with its code-point length and hash cached. An ASCII string (size ==
// length) indexes in O(1). Interned strings are unique by address, so names compare as words.
#pragma once

#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject : Object {
    int64_t hash;        // 0 until computed
    uint32_t size;       // bytes
    uint32_t lengthBits; // code points, plus kInterned
    char data[];         // UTF-8, NUL-terminated

    static constexpr uint32_t kInterned = 1u << 31;
    uint32_t length() const { return lengthBits & ~kInterned; }
    bool isInterned() const { return lengthBits & kInterned; }
    bool isAscii() const { return size == length(); }
    std::string_view view() const { return {data, size}; }
};

// Text must be valid UTF-8 (the lexer and decoders check it).
StrObject* newStr(std::string_view utf8);
StrObject* newStrWithLength(std::string_view utf8, size_t codePoints);
// A string of `size` bytes to fill in, then finish with finishStr (computes the length).
StrObject* allocateStr(size_t size);
StrObject* finishStr(StrObject* s);
StrObject* emptyStr();
StrObject* charStr(uint32_t codePoint);   // single characters; ASCII ones are cached

StrObject* intern(std::string_view text);
StrObject* intern(StrObject* s);
int64_t strHash(StrObject* s);
int64_t hashBytes(const void* data, size_t size);
inline bool strEquals(const StrObject* a, const StrObject* b) {
    if (a == b) return true;
    if (a->isInterned() && b->isInterned()) return false;
    return a->size == b->size && std::char_traits<char>::compare(a->data, b->data, a->size) == 0;
}
inline StrObject* asStr(Value v) { return v.as<StrObject>(); }
inline std::string_view strView(Value v) { return v.as<StrObject>()->view(); }

// Byte offset of code point `index` (0 <= index <= length).
size_t strByteOffset(const StrObject* s, size_t index);
// The str of a value, raising TypeError naming `what` unless it is a str.
StrObject* requireStr(Value v, const char* what);

}  // namespace pyfw::engine
