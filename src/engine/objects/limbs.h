// Magnitude arithmetic on raw arrays of 32-bit limbs (little-endian, base 2^32). The caller owns
// every array and gives each result the room documented here, so the same code serves the heap's
// int objects (results written straight into the new object) and bigint.cpp's host vectors.
// Each function that builds a result returns its length without leading zero limbs.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyfw::engine::limbs {

using Limb = uint32_t;

// Below this many limbs in either factor, schoolbook multiplication beats Karatsuba.
constexpr size_t kKaratsubaLimbs = 48;

// The length of a[0..n) without its leading zero limbs.
inline size_t trimmed(const Limb* a, size_t n) {
    while (n && a[n - 1] == 0) --n;
    return n;
}

int compare(const Limb* a, size_t na, const Limb* b, size_t nb);

inline size_t bitLength(const Limb* a, size_t n) { return n ? (n - 1) * 32 + (32 - size_t(__builtin_clz(a[n - 1]))) : 0; }

// The int64 of the magnitude a[0..n) with a sign; false when it does not fit.
inline bool toInt64(const Limb* a, size_t n, bool negative, int64_t& out) {
    if (n > 2) return false;
    uint64_t m = n ? a[0] : 0;
    if (n == 2) m |= uint64_t(a[1]) << 32;
    if (m > (negative ? uint64_t(1) << 63 : uint64_t(INT64_MAX))) return false;
    out = int64_t(negative ? uint64_t(0) - m : m);
    return true;
}

// a + b with na >= nb; out has room for na + 1 limbs and may be a.
size_t add(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);
// a - b with a >= b (so na >= nb); out has room for na limbs and may be a.
size_t sub(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);
// a * m for a factor of up to 64 bits, in one pass; out has room for na + 2 limbs.
size_t mulSmall(const Limb* a, size_t na, uint64_t m, Limb* out);
// Schoolbook a * b; out has room for na + nb limbs and is neither a nor b.
size_t mul(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);
// a << bits; out has room for na + bits / 32 + 1 limbs and is not a.
size_t shiftLeft(const Limb* a, size_t na, uint64_t bits, Limb* out);
// a >> bits, truncating; out has room for na - bits / 32 limbs (none when bits / 32 >= na) and may
// be a. `lost` tells whether any one bit was shifted out (a floor of a negative rounds then).
size_t shiftRight(const Limb* a, size_t na, uint64_t bits, Limb* out, bool& lost);
// Truncating a / d in one pass; q has room for na limbs and may be a. Returns the remainder.
// `d` is a Limb, or a constant known when compiling (std::integral_constant<Limb, 1000000000> for
// decimal output), which lets the compiler turn each step's division into a multiplication,
// several times faster than the hardware divide.
template <class Divisor>
Limb divSmall(const Limb* a, size_t na, Divisor d, Limb* q) {
    uint64_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = Limb(cur / d);
        rem = cur % d;
    }
    return Limb(rem);
}
// Truncating a / b for na >= nb >= 2 with b[nb - 1] != 0 (Knuth's algorithm D). q has room for
// na - nb + 1 limbs; u has room for na + 1 limbs and holds the remainder in u[0..nb) afterwards.
void divKnuth(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* q, Limb* u);

}  // namespace pyfw::engine::limbs
