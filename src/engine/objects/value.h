// A Python value in one machine word. Two representations:
//   ...1  a small int (63-bit, two's complement, shifted left by one)
//   ...0  a pointer to an Object (heap or permanent); 0 is "no value" (unbound local, end of iteration)
// None, True, False and interned strings are permanent objects, so identity is a word compare and
// every type dispatch is one branch (small int or not).
#pragma once

#include <cstdint>

namespace pyfw::engine {

struct Object;
struct Type;

class Value {
public:
    static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 62);

    constexpr Value() = default;
    Value(const Object* object) : bits_(reinterpret_cast<uintptr_t>(object)) {}

    static constexpr Value fromBits(uintptr_t bits) { Value v; v.bits_ = bits; return v; }
    static constexpr Value smallInt(int64_t n) { return fromBits((uint64_t(n) << 1) | 1); }
    static constexpr bool fitsSmall(int64_t n) { return n >= kSmallMin && n <= kSmallMax; }

    constexpr uintptr_t bits() const { return bits_; }
    constexpr bool isNull() const { return bits_ == 0; }
    constexpr explicit operator bool() const { return bits_ != 0; }
    constexpr bool isSmallInt() const { return bits_ & 1; }
    constexpr bool isObject() const { return !(bits_ & 1) && bits_ != 0; }
    constexpr int64_t smallInt() const { return int64_t(bits_) >> 1; }
    Object* object() const { return reinterpret_cast<Object*>(bits_); }
    template <typename T>
    T* as() const { return reinterpret_cast<T*>(bits_); }

    // Identity (Python's `is`).
    constexpr bool operator==(Value other) const { return bits_ == other.bits_; }
    constexpr bool operator!=(Value other) const { return bits_ != other.bits_; }

private:
    uintptr_t bits_ = 0;
};

}  // namespace pyfw::engine
