// str: immutable UTF-8 text with its code-point length and hash cached. An ASCII string (size ==
// length) indexes in O(1). Interned strings are unique by address, so names compare as words.
#pragma once

#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject : Object {
    int64_t hash;        // 0 until computed; kUnshared: see strAppendToLocal
    uint32_t size;       // bytes
    uint32_t lengthBits; // code points, plus kInterned
    char data[];         // UTF-8, NUL-terminated

    static constexpr uint32_t kInterned = 1u << 31;
    // Hashes no text has (computed hashes are positive), marking a string made by `NAME += text`
    // that only that variable holds, so the next `NAME += text` may append in place (see
    // str_append.cpp). Pending: a cell's string whose one other holder is the `+=` under way.
    static constexpr int64_t kUnshared = INT64_MIN;
    static constexpr int64_t kUnsharedPending = INT64_MIN + 1;
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

// a + b (either operand itself when the other is empty).
StrObject* strConcat(StrObject* a, StrObject* b);
StrObject* intern(std::string_view text);
StrObject* intern(StrObject* s);
int64_t strHash(StrObject* s);
// str(n) for a small int, without formatting through printf ("0" to "9" are the cached characters).
StrObject* decimalStr(int64_t n);
// Writes the decimal digits of n (with '-') into buf[0..20) and returns their count.
size_t formatDecimal(char* buf, int64_t n);

// `NAME += b` (the compiler's INPLACE_ADD_FAST and INPLACE_ADD_DEREF): a + b, appended in place
// when `a` carries the mark that proves it unshared, else a new string with the mark and room to
// grow. A local's string must be kUnshared, a cell's kUnsharedPending (set by LOAD_DEREF_KEEP).
StrObject* strAppendToLocal(StrObject* a, StrObject* b);
StrObject* strAppendToCell(StrObject* a, StrObject* b);
// Every read of such a variable that can share its value (LOAD_FAST_SHARED, LOAD_DEREF, locals(),
// super()) clears the mark. A string with a mark is an exact str, never interned.
inline bool isExactStr(Value v) { return v.isObject() && v.object()->type == &strType; }
inline void strShare(Value v) {
    if (isExactStr(v) && static_cast<StrObject*>(v.object())->hash < 0) static_cast<StrObject*>(v.object())->hash = 0;
}
// LOAD_DEREF_KEEP, the read of a cell by its `+=`: the cell's unshared string becomes pending, and a
// second such read while one is under way (a closure's `+=` inside the right-hand side) shares it.
inline void strKeepForAppend(Value v) {
    if (!isExactStr(v)) return;
    auto* s = static_cast<StrObject*>(v.object());
    if (s->hash == StrObject::kUnshared) s->hash = StrObject::kUnsharedPending;
    else if (s->hash == StrObject::kUnsharedPending) s->hash = 0;
}

int64_t hashBytes(const void* data, size_t size);
inline bool strEquals(const StrObject* a, const StrObject* b) {
    if (a == b) return true;
    if (a->isInterned() && b->isInterned()) return false;
    return a->size == b->size && std::char_traits<char>::compare(a->data, b->data, a->size) == 0;
}
// Python's order of two strs (negative, zero or positive): UTF-8 bytes compare in code-point
// order. Strings whose first bytes differ (single characters, most words) are told apart there.
inline int strOrder(const StrObject* a, const StrObject* b) {
    if (a == b) return 0;
    if (a->size && b->size && a->data[0] != b->data[0])
        return static_cast<unsigned char>(a->data[0]) < static_cast<unsigned char>(b->data[0]) ? -1 : 1;
    int c = std::char_traits<char>::compare(a->data, b->data, a->size < b->size ? a->size : b->size);
    if (c != 0) return c;
    return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}
inline StrObject* asStr(Value v) { return v.as<StrObject>(); }
inline std::string_view strView(Value v) { return v.as<StrObject>()->view(); }

// Byte offset of code point `index` (0 <= index <= length).
size_t strByteOffset(const StrObject* s, size_t index);
// The str of a value, raising TypeError naming `what` unless it is a str.
StrObject* requireStr(Value v, const char* what);

}  // namespace pyfw::engine
