// A Python value in one machine word. Three representations:
//   ...1   a small int (63-bit, two's complement, shifted left by one)
//   ...10  a float whose exponent lies in a window around 1.0, encoded in the word itself
//   ...00  a pointer to an Object (heap or permanent); 0 is "no value" (unbound local, end of iteration)
// None, True, False and interned strings are permanent objects, so identity is a word compare and
// every type dispatch is one or two branches.
//
// Why floats in the word: float arithmetic allocated one heap object per result, and allocation
// plus mark-sweep were about 40 % of a float loop's time. Objects are 16-byte aligned, so the
// pattern ...10 is never a pointer. A double becomes a word by adding kFloatOffset to its bits and
// rotating left by 3: the sign and the two top exponent bits land in bits 2..0, and the word is a
// float exactly when those two exponent bits read 1 0, i.e. when the biased exponent is in
// 768..1279 (magnitudes from 2**-255 up to 2**257). The mapping is exact and reversible. Every
// other double (0.0, -0.0, tiny, huge, inf, nan) stays a FloatObject; 0.0 and -0.0 are permanent.
#pragma once

#include <bit>
#include <cstdint>

namespace pyfw::engine {

struct Object;
struct Type;

class Value {
public:
    static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 62);
    static constexpr uint64_t kFloatOffset = uint64_t(256) << 52;

    constexpr Value() = default;
    Value(const Object* object) : bits_(reinterpret_cast<uintptr_t>(object)) {}

    static constexpr Value fromBits(uintptr_t bits) { Value v; v.bits_ = bits; return v; }
    static constexpr Value smallInt(int64_t n) { return fromBits((uint64_t(n) << 1) | 1); }
    static constexpr bool fitsSmall(int64_t n) { return n >= kSmallMin && n <= kSmallMax; }

    constexpr uintptr_t bits() const { return bits_; }
    constexpr bool isNull() const { return bits_ == 0; }
    constexpr explicit operator bool() const { return bits_ != 0; }
    constexpr bool isSmallInt() const { return bits_ & 1; }
    constexpr bool isFloatImmediate() const { return (bits_ & 3) == 2; }
    // Not a pointer (small int or immediate float): object() must not be called.
    constexpr bool isImmediate() const { return bits_ & 3; }
    constexpr bool isObject() const { return !(bits_ & 3) && bits_ != 0; }
    constexpr int64_t smallInt() const { return int64_t(bits_) >> 1; }
    // A double as an immediate float when its exponent is in the window: returns false otherwise.
    static constexpr bool tryFloat(double d, Value& out) {
        uint64_t word = std::rotl(std::bit_cast<uint64_t>(d) + kFloatOffset, 3);
        if ((word & 3) != 2) return false;
        out = fromBits(word);
        return true;
    }
    constexpr double floatImmediate() const { return std::bit_cast<double>(std::rotr(bits_, 3) - kFloatOffset); }

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
