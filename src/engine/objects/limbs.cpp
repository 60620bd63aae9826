#include "engine/objects/limbs.h"

#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "engine/runtime/interpreter.h"

namespace pyfw::engine::limbs {

namespace {

using Wide = unsigned __int128;

// Two limbs read and written as one 64-bit word: on a little-endian host the limb array is also
// an array of 64-bit digits, which halves the steps of the linear passes.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "limb pairs are read as 64-bit words");

inline uint64_t load2(const Limb* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

inline void store2(Limb* p, uint64_t w) { std::memcpy(p, &w, 8); }

// x + y + carry and x - y - borrow on 64-bit words, carry and borrow in and out. On x86-64 the
// intrinsics become one adc or sbb each (the compiler does not chain them from plain C++).
#if defined(__x86_64__)
inline uint64_t addCarry(uint64_t x, uint64_t y, unsigned char& carry) {
    unsigned long long s;
    carry = _addcarry_u64(carry, x, y, &s);
    return s;
}
inline uint64_t subBorrow(uint64_t x, uint64_t y, unsigned char& borrow) {
    unsigned long long d;
    borrow = _subborrow_u64(borrow, x, y, &d);
    return d;
}
#else
inline uint64_t addCarry(uint64_t x, uint64_t y, unsigned char& carry) {
    Wide s = Wide(x) + y + carry;
    carry = uint8_t(s >> 64);
    return uint64_t(s);
}
inline uint64_t subBorrow(uint64_t x, uint64_t y, unsigned char& borrow) {
    Wide d = Wide(x) - y - borrow;
    borrow = uint8_t(d >> 127);   // a wrapped difference has its top bit set
    return uint64_t(d);
}
#endif

// x * m + carry, the high word becoming the next carry.
inline uint64_t mulCarry(uint64_t x, uint64_t m, uint64_t& carry) {
    Wide p = Wide(x) * m + carry;
    carry = uint64_t(p >> 64);
    return uint64_t(p);
}

// Limb i of a << shift (0 <= shift < 32), the limbs below a[0] being zero: what algorithm D
// reads of its normalised operands without making shifted copies of them.
inline uint64_t shiftedLimb(const Limb* a, size_t i, int shift) {
    uint32_t limb = a[i] << shift;
    if (shift && i) limb |= a[i - 1] >> (32 - shift);
    return limb;
}

// out[0..n) = a + b (or a - b) over n limbs, four limbs a step while they last; returns the carry
// (or borrow) out of the top limb.
template <bool kSubtract>
unsigned char combine(const Limb* a, const Limb* b, size_t n, Limb* out) {
    unsigned char carry = 0;
    auto step = [&carry](uint64_t x, uint64_t y) { return kSubtract ? subBorrow(x, y, carry) : addCarry(x, y, carry); };
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        store2(out + i, step(load2(a + i), load2(b + i)));
        store2(out + i + 2, step(load2(a + i + 2), load2(b + i + 2)));
    }
    for (; i < n; ++i) {
        uint64_t r = kSubtract ? uint64_t(a[i]) - b[i] - carry : uint64_t(a[i]) + b[i] + carry;
        out[i] = uint32_t(r);
        carry = uint8_t(kSubtract ? r >> 63 : r >> 32);
    }
    return carry;
}

// out[i..n) = a[i..n) + carry (or - borrow), carry being 0 or 1; returns the carry out. Stops
// adding once the carry is gone and copies the rest (nothing to copy when out is a).
template <bool kSubtract>
Limb propagate(const Limb* a, size_t i, size_t n, unsigned char carry, Limb* out) {
    for (; carry && i < n; ++i) {
        carry = a[i] == (kSubtract ? 0 : 0xFFFFFFFFu);
        out[i] = kSubtract ? a[i] - 1 : a[i] + 1;
    }
    if (out != a && i < n) std::memcpy(out + i, a + i, (n - i) * sizeof(Limb));
    return carry;
}

}  // namespace

int compare(const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

size_t add(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
    out[na] = propagate<false>(a, nb, na, combine<false>(a, b, nb, out), out);
    return trimmed(out, na + 1);
}

size_t sub(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
    propagate<true>(a, nb, na, combine<true>(a, b, nb, out), out);   // a >= b: nothing borrows past a
    return trimmed(out, na);
}

size_t mulSmall(const Limb* a, size_t na, uint64_t m, Limb* out) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i + 4 <= na; i += 4) {
        store2(out + i, mulCarry(load2(a + i), m, carry));
        store2(out + i + 2, mulCarry(load2(a + i + 2), m, carry));
    }
    for (; i < na; ++i) {
        Wide p = Wide(a[i]) * m + carry;
        out[i] = uint32_t(p);
        carry = uint64_t(p >> 32);
    }
    store2(out + i, carry);
    return trimmed(out, i + 2);
}

size_t mul(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
    if (na == 0 || nb == 0) return 0;
    // Each row writes its top limb afresh, so only the first row's span needs clearing.
    std::memset(out, 0, nb * sizeof(Limb));
    for (size_t i = 0; i < na; ++i) {
        uint64_t carry = 0, ai = a[i];
        Limb* row = out + i;
        size_t j = 0;
        if (ai) {   // a zero limb (a power of two's) adds nothing
            for (; j + 2 <= nb; j += 2) {   // the carry stays below 2^32, so no sum overflows
                Wide p = Wide(load2(b + j)) * ai + load2(row + j) + carry;
                store2(row + j, uint64_t(p));
                carry = uint64_t(p >> 64);
            }
            if (j < nb) {
                uint64_t t = ai * b[j] + row[j] + carry;
                row[j] = uint32_t(t);
                carry = t >> 32;
            }
        }
        row[nb] = uint32_t(carry);
    }
    return trimmed(out, na + nb);
}

size_t shiftLeft(const Limb* a, size_t na, uint64_t bits, Limb* out) {
    size_t words = size_t(bits / 32);
    int rest = int(bits % 32);
    std::memset(out, 0, words * sizeof(Limb));
    Limb carry = 0;
    for (size_t i = 0; i < na; ++i) {
        out[words + i] = a[i] << rest | carry;
        carry = rest ? a[i] >> (32 - rest) : 0;
    }
    out[words + na] = carry;
    return trimmed(out, words + na + 1);
}

size_t shiftRight(const Limb* a, size_t na, uint64_t bits, Limb* out, bool& lost) {
    uint64_t words = bits / 32;
    int rest = int(bits % 32);
    lost = false;
    for (size_t i = 0; i < na && i < words; ++i) lost |= a[i] != 0;
    if (words >= na) return 0;
    if (rest) lost |= (a[words] & ((Limb(1) << rest) - 1)) != 0;
    size_t n = na - size_t(words);
    for (size_t i = 0; i < n; ++i) {
        uint64_t pair = a[words + i] | (i + 1 < n ? uint64_t(a[words + i + 1]) << 32 : 0);
        out[i] = uint32_t(pair >> rest);
    }
    return trimmed(out, n);
}

void divKnuth(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* q, Limb* u) {
    // The operands are not shifted into copies: each step estimates its quotient limb from the
    // top limbs of the normalised values (b << shift, u << shift, read through shiftedLimb), which
    // is all the normalisation is for, and subtracts qhat * b from the unshifted remainder.
    int shift = __builtin_clz(b[nb - 1]);
    uint64_t v1 = shiftedLimb(b, nb - 1, shift), v2 = shiftedLimb(b, nb - 2, shift);
    std::memcpy(u, a, na * sizeof(Limb));
    u[na] = 0;
    for (size_t j = na - nb + 1; j-- > 0;) {
        if ((j & 63) == 0) pollInterrupt();
        uint64_t top = shiftedLimb(u, j + nb, shift) << 32 | shiftedLimb(u, j + nb - 1, shift);
        uint64_t qhat = top / v1, rhat = top % v1;
        uint64_t next = shiftedLimb(u, j + nb - 2, shift);
        while (qhat >> 32 || qhat * v2 > (rhat << 32 | next)) {
            --qhat;
            rhat += v1;
            if (rhat >> 32) break;
        }
        // u[j..j+nb] -= qhat * b, two limbs at a time (qhat < 2^32, so the carry stays below 2^32).
        uint64_t carry = 0;
        unsigned char borrow = 0;
        size_t i = 0;
        for (; i + 2 <= nb; i += 2) store2(u + j + i, subBorrow(load2(u + j + i), mulCarry(load2(b + i), qhat, carry), borrow));
        if (i < nb) {
            uint64_t p = qhat * b[i] + carry;
            carry = p >> 32;
            uint64_t d = uint64_t(u[j + i]) - uint32_t(p) - borrow;
            u[j + i] = uint32_t(d);
            borrow = uint8_t(d >> 63);
        }
        uint64_t last = uint64_t(u[j + nb]) - carry - borrow;
        u[j + nb] = uint32_t(last);
        if (last >> 63) {
            // qhat was one too large (rare): add b back. The sum's carry cancels the negative
            // top limb (all ones), leaving a remainder below b, so the top limb becomes zero.
            --qhat;
            add(u + j, nb, b, nb, u + j);
            u[j + nb] = 0;
        }
        q[j] = uint32_t(qhat);
    }
}

}  // namespace pyfw::engine::limbs
