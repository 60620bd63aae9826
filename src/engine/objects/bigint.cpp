#include "engine/objects/bigint.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <deque>
#include <type_traits>

#include "engine/objects/limbs.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::bigint {

namespace {

using Mag = std::vector<uint32_t>;

void trimMag(Mag& m) { m.resize(limbs::trimmed(m.data(), m.size())); }

int compareMag(const Mag& a, const Mag& b) { return limbs::compare(a.data(), a.size(), b.data(), b.size()); }

Mag addMag(const Mag& a, const Mag& b) {
    const Mag& big = a.size() >= b.size() ? a : b;
    const Mag& small = a.size() >= b.size() ? b : a;
    Mag out(big.size() + 1);
    out.resize(limbs::add(big.data(), big.size(), small.data(), small.size(), out.data()));
    return out;
}

// a - b with |a| >= |b|.
Mag subMag(const Mag& a, const Mag& b) {
    Mag out(a.size());
    out.resize(limbs::sub(a.data(), a.size(), b.data(), b.size(), out.data()));
    return out;
}

// a * m for a factor of up to 64 bits: the common case of growing a number by a small factor (10 * q).
Mag mulWord(const Mag& a, uint64_t m) {
    Mag out(a.size() + 2);
    out.resize(limbs::mulSmall(a.data(), a.size(), m, out.data()));
    return out;
}

Mag mulSchool(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    Mag out(na + nb);
    out.resize(limbs::mul(a, na, b, nb, out.data()));
    return out;
}

Mag slice(const Mag& m, size_t from, size_t to) {
    from = std::min(from, m.size());
    to = std::min(to, m.size());
    Mag out(m.begin() + long(from), m.begin() + long(to));
    trimMag(out);
    return out;
}

void addShifted(Mag& acc, const Mag& x, size_t shift) {
    if (acc.size() < x.size() + shift + 1) acc.resize(x.size() + shift + 1);
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < x.size(); ++i) {
        uint64_t s = uint64_t(acc[i + shift]) + x[i] + carry;
        acc[i + shift] = uint32_t(s);
        carry = s >> 32;
    }
    for (size_t k = i + shift; carry; ++k) {
        if (k >= acc.size()) acc.push_back(0);
        uint64_t s = uint64_t(acc[k]) + carry;
        acc[k] = uint32_t(s);
        carry = s >> 32;
    }
}

Mag mulMag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    if (a.size() + b.size() > 512) pollInterrupt();  // huge products take seconds: Ctrl-C stops them
    if (b.size() == 1) return mulWord(a, b[0]);
    if (a.size() == 1) return mulWord(b, a[0]);
    if (a.size() < limbs::kKaratsubaLimbs || b.size() < limbs::kKaratsubaLimbs) return mulSchool(a.data(), a.size(), b.data(), b.size());
    // Karatsuba: (a1 B + a0)(b1 B + b0) = z2 B^2 + (z1 - z2 - z0) B + z0.
    size_t half = std::max(a.size(), b.size()) / 2;
    Mag a0 = slice(a, 0, half), a1 = slice(a, half, a.size());
    Mag b0 = slice(b, 0, half), b1 = slice(b, half, b.size());
    Mag z0 = mulMag(a0, b0);
    Mag z2 = mulMag(a1, b1);
    Mag z1 = mulMag(addMag(a0, a1), addMag(b0, b1));
    z1 = subMag(subMag(z1, z2), z0);
    Mag out;
    addShifted(out, z0, 0);
    addShifted(out, z1, half);
    addShifted(out, z2, 2 * half);
    trimMag(out);
    return out;
}

uint32_t divSmall(Mag& m, uint32_t d) {
    uint32_t rem = limbs::divSmall(m.data(), m.size(), d, m.data());
    trimMag(m);
    return rem;
}

// divSmall(m, 10**9), the chunk of decimal output, with the divisor known when compiling.
uint32_t divBillion(Mag& m) {
    uint32_t rem = limbs::divSmall(m.data(), m.size(), std::integral_constant<limbs::Limb, 1000000000>{}, m.data());
    trimMag(m);
    return rem;
}

// Truncating division of magnitudes.
void divmodMag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    if (compareMag(a, b) < 0) {
        q.clear();
        r = a;
        return;
    }
    if (b.size() == 1) {
        q = a;
        uint32_t rem = divSmall(q, b[0]);
        r.clear();
        if (rem) r.push_back(rem);
        return;
    }
    Mag u(a.size() + 1);
    q.assign(a.size() - b.size() + 1, 0);
    limbs::divKnuth(a.data(), a.size(), b.data(), b.size(), q.data(), u.data());
    trimMag(q);
    u.resize(b.size());
    trimMag(u);
    r = std::move(u);
}

BigNum make(bool negative, Mag mag) {
    BigNum r;
    r.negative = negative;
    r.mag = std::move(mag);
    r.trim();
    return r;
}

// Two's complement words of a (enough words for `words`), for the bitwise operators.
Mag toTwos(const BigNum& a, size_t words) {
    Mag out(words, 0);
    for (size_t i = 0; i < a.mag.size() && i < words; ++i) out[i] = a.mag[i];
    if (a.negative) {
        uint64_t carry = 1;
        for (auto& w : out) {
            uint64_t s = uint64_t(~w) + carry;
            w = uint32_t(s);
            carry = s >> 32;
        }
    }
    return out;
}

BigNum fromTwos(Mag words) {
    bool negative = !words.empty() && (words.back() & 0x80000000u);
    if (negative) {
        uint64_t carry = 1;
        for (auto& w : words) {
            uint64_t s = uint64_t(~w) + carry;
            w = uint32_t(s);
            carry = s >> 32;
        }
    }
    return make(negative, std::move(words));
}

template <typename Op>
BigNum bitwise(const BigNum& a, const BigNum& b, Op op) {
    size_t words = std::max(a.mag.size(), b.mag.size()) + 1;
    Mag x = toTwos(a, words), y = toTwos(b, words);
    for (size_t i = 0; i < words; ++i) x[i] = op(x[i], y[i]);
    return fromTwos(std::move(x));
}

}  // namespace

BigNum fromUint64(uint64_t v) {
    BigNum r;
    if (v) r.mag.push_back(uint32_t(v));
    if (v >> 32) r.mag.push_back(uint32_t(v >> 32));
    return r;
}

BigNum fromInt64(int64_t v) {
    BigNum r = fromUint64(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v));
    r.negative = v < 0;
    return r;
}

bool toInt64(const BigNum& a, int64_t& out) { return limbs::toInt64(a.mag.data(), a.mag.size(), a.negative, out); }

int compare(const BigNum& a, const BigNum& b) {
    if (a.negative != b.negative) return a.negative ? -1 : 1;
    int c = compareMag(a.mag, b.mag);
    return a.negative ? -c : c;
}

BigNum add(const BigNum& a, const BigNum& b) {
    if (a.negative == b.negative) return make(a.negative, addMag(a.mag, b.mag));
    int c = compareMag(a.mag, b.mag);
    if (c == 0) return {};
    if (c > 0) return make(a.negative, subMag(a.mag, b.mag));
    return make(b.negative, subMag(b.mag, a.mag));
}

BigNum negate(BigNum a) {
    if (!a.isZero()) a.negative = !a.negative;
    return a;
}

BigNum sub(const BigNum& a, const BigNum& b) { return add(a, negate(b)); }

BigNum mul(const BigNum& a, const BigNum& b) { return make(a.negative != b.negative, mulMag(a.mag, b.mag)); }

void divmod(const BigNum& a, const BigNum& b, BigNum* quotient, BigNum* remainder) {
    Mag q, r;
    divmodMag(a.mag, b.mag, q, r);
    BigNum bq = make(a.negative != b.negative, std::move(q));
    BigNum br = make(a.negative, std::move(r));
    // Truncation to floor: adjust when the signs differ and there is a remainder.
    if (!br.isZero() && a.negative != b.negative) {
        bq = sub(bq, fromInt64(1));
        br = add(br, b);
    }
    if (quotient) *quotient = std::move(bq);
    if (remainder) *remainder = std::move(br);
}

BigNum pow(const BigNum& base, uint64_t exponent) {
    BigNum result = fromInt64(1), b = base;
    while (exponent) {
        if (exponent & 1) result = mul(result, b);
        exponent >>= 1;
        if (exponent) b = mul(b, b);
    }
    return result;
}

BigNum powMod(const BigNum& base, const BigNum& exponent, const BigNum& modulus) {
    BigNum result = fromInt64(1), b;
    divmod(base, modulus, nullptr, &b);
    size_t bits = bitLength(exponent);
    for (size_t i = 0; i < bits; ++i) {
        if (exponent.mag[i / 32] >> (i % 32) & 1) divmod(mul(result, b), modulus, nullptr, &result);
        if (i + 1 < bits) divmod(mul(b, b), modulus, nullptr, &b);
    }
    divmod(result, modulus, nullptr, &result);
    return result;
}

BigNum shiftLeft(const BigNum& a, uint64_t bits) {
    if (a.isZero()) return {};
    Mag out(a.mag.size() + bits / 32 + 1);
    out.resize(limbs::shiftLeft(a.mag.data(), a.mag.size(), bits, out.data()));
    return make(a.negative, std::move(out));
}

BigNum shiftRight(const BigNum& a, uint64_t bits) {
    uint64_t words = bits / 32;
    Mag out(words < a.mag.size() ? a.mag.size() - size_t(words) : 0);
    bool lost;
    out.resize(limbs::shiftRight(a.mag.data(), a.mag.size(), bits, out.data(), lost));
    BigNum r = make(a.negative, std::move(out));
    // Floor: a negative that lost one bits is one further from zero than the truncation.
    return a.negative && lost ? sub(r, fromInt64(1)) : r;
}

BigNum bitAnd(const BigNum& a, const BigNum& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigNum bitOr(const BigNum& a, const BigNum& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigNum bitXor(const BigNum& a, const BigNum& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }

BigNum invert(const BigNum& a) { return sub(negate(a), fromInt64(1)); }

size_t bitLength(const BigNum& a) { return limbs::bitLength(a.mag.data(), a.mag.size()); }

std::string toString(const BigNum& a, int base) {
    if (a.isZero()) return "0";
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    Mag m = a.mag;
    // Peel off as many digits as fit in 32 bits at a time.
    uint32_t chunk = uint32_t(base);
    int perChunk = 1;
    while (uint64_t(chunk) * uint64_t(base) <= 0xffffffffu) chunk *= uint32_t(base), ++perChunk;
    while (!m.empty()) {
        pollInterrupt();  // quadratic in the length: a huge number takes seconds
        uint32_t rem = base == 10 ? divBillion(m) : divSmall(m, chunk);
        for (int i = 0; i < perChunk; ++i) {
            out.push_back(digits[rem % uint32_t(base)]);
            rem /= uint32_t(base);
            if (m.empty() && rem == 0) break;
        }
    }
    while (out.size() > 1 && out.back() == '0') out.pop_back();
    if (a.negative) out.push_back('-');
    std::reverse(out.begin(), out.end());
    return out;
}

namespace {

// Digit values of `text` (underscores skipped), or false on a character that is not a digit.
bool digitValues(std::string_view text, int base, std::vector<uint8_t>& out) {
    out.reserve(text.size());
    for (char c : text) {
        if (c == '_') continue;
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        else return false;
        if (d >= base) return false;
        out.push_back(uint8_t(d));
    }
    return true;
}

// Below this many digits the linear method (multiply by base^k, add k digits) is fastest.
constexpr size_t kSplitDigits = 1500;

Mag digitsLinear(const uint8_t* digits, size_t count, int base) {
    // k digits at a time, with base^k the largest power that fits in 32 bits.
    uint32_t chunkBase = uint32_t(base);
    size_t perChunk = 1;
    while (uint64_t(chunkBase) * uint64_t(base) <= 0xffffffffu) chunkBase *= uint32_t(base), ++perChunk;
    Mag m;
    for (size_t at = 0; at < count;) {
        size_t take = std::min(perChunk, count - at);
        uint32_t multiplier = 1, chunk = 0;
        for (size_t i = 0; i < take; ++i) multiplier *= uint32_t(base), chunk = chunk * uint32_t(base) + digits[at + i];
        at += take;
        uint64_t carry = chunk;
        for (auto& w : m) {
            uint64_t t = uint64_t(w) * multiplier + carry;
            w = uint32_t(t);
            carry = t >> 32;
        }
        if (carry) m.push_back(uint32_t(carry));
    }
    return m;
}

// Divide and conquer: value(high digits) * base^n + value(the n low digits), so the work is a few
// large Karatsuba products instead of a quadratic pass per digit (a million digits took 20 s).
// `powers` caches base^n for the split sizes, which repeat at each level.
Mag digitsSplit(const uint8_t* digits, size_t count, int base, std::deque<std::pair<size_t, Mag>>& powers) {
    if (count <= kSplitDigits) return digitsLinear(digits, count, base);
    size_t low = count / 2;
    const Mag* power = nullptr;
    for (auto& [n, m] : powers)
        if (n == low) power = &m;
    if (!power) {
        powers.push_back({low, pow(fromInt64(base), low).mag});
        power = &powers.back().second;
    }
    Mag high = mulMag(digitsSplit(digits, count - low, base, powers), *power);
    return addMag(high, digitsSplit(digits + count - low, low, base, powers));
}

}  // namespace

bool fromDigits(std::string_view text, int base, BigNum& out) {
    out = {};
    std::vector<uint8_t> digits;
    if (!digitValues(text, base, digits)) return false;
    // The result must fit in the heap; refuse before the work when it cannot.
    double bits = double(digits.size()) * std::log2(double(base));
    if (currentInterpreter && bits > double(interp().heap.capacityBytes()) * 8) raiseMemoryError();
    std::deque<std::pair<size_t, Mag>> powers;   // a deque: references stay valid as it grows
    out = make(false, digitsSplit(digits.data(), digits.size(), base, powers));
    return true;
}

double toDouble(const BigNum& a, bool& overflow) {
    overflow = false;
    size_t bits = bitLength(a);
    if (bits > 1024) {
        overflow = true;
        return 0;
    }
    if (bits <= 64) {
        uint64_t m = 0;
        for (size_t i = a.mag.size(); i-- > 0;) m = (m << 32) | a.mag[i];
        double d = double(m);
        return a.negative ? -d : d;
    }
    // Keep 64 top bits plus a sticky bit, so the conversion rounds correctly to nearest-even.
    size_t drop = bits - 64;
    BigNum top = shiftRight(make(false, a.mag), drop);
    uint64_t m = uint64_t(top.mag[0]) | (top.mag.size() > 1 ? uint64_t(top.mag[1]) << 32 : 0);
    bool sticky = false;
    for (size_t i = 0; i < drop / 32 && !sticky; ++i) sticky = a.mag[i] != 0;
    if (!sticky && drop % 32) sticky = (a.mag[drop / 32] & ((1u << (drop % 32)) - 1)) != 0;
    // Reduce 64 bits to 55 (53 + round bit + sticky bit); converting that exactly-representable
    // integer to double then rounds to nearest-even as a correctly rounded conversion must.
    uint64_t low = m & ((uint64_t(1) << 9) - 1);
    m >>= 9;
    if (low || sticky) m |= 1;
    double d = std::ldexp(double(m), int(drop + 9));
    if (std::isinf(d)) overflow = true;
    return a.negative ? -d : d;
}

// Python's int / int, rounded once: the quotient is taken exactly to 55 or more significant bits
// with a sticky bit for any remainder, then rounded to nearest-even at the double's precision
// (fewer bits when the result is subnormal), so ldexp below is exact.
double trueDivide(const BigNum& a, const BigNum& b, bool& overflow) {
    overflow = false;
    const double zero = a.negative != b.negative ? -0.0 : 0.0;
    if (a.isZero()) return zero;
    BigNum x = make(false, a.mag), y = make(false, b.mag);
    long diff = long(bitLength(x)) - long(bitLength(y));
    if (diff > DBL_MAX_EXP) {
        overflow = true;
        return 0;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return zero;
    long shift = std::max(diff, long(DBL_MIN_EXP)) - DBL_MANT_DIG - 2;
    bool inexact = false;
    if (shift <= 0) {
        x = shiftLeft(x, uint64_t(-shift));
    } else {
        BigNum kept = shiftRight(x, uint64_t(shift));
        inexact = compare(shiftLeft(kept, uint64_t(shift)), x) != 0;
        x = std::move(kept);
    }
    BigNum q, r;
    divmod(x, y, &q, &r);
    inexact |= !r.isZero();
    uint64_t m = uint64_t(q.mag[0]) | (q.mag.size() > 1 ? uint64_t(q.mag[1]) << 32 : 0);   // < 2^57
    int bits = 64 - __builtin_clzll(m);
    int extra = std::max(bits, int(DBL_MIN_EXP - shift)) - DBL_MANT_DIG;   // at least 2
    uint64_t half = uint64_t(1) << (extra - 1);
    uint64_t low = m | uint64_t(inexact);
    // Round up past half, or at exactly half when that makes the kept part even.
    if ((low & half) && (low & (3 * half - 1))) low += half;
    m = low & ~(2 * half - 1);
    double d = std::ldexp(double(m), int(shift));
    if (std::isinf(d)) overflow = true;
    return a.negative != b.negative ? -d : d;
}

BigNum fromDouble(double d) {
    bool negative = d < 0;
    d = std::trunc(std::fabs(d));
    Mag m;
    if (d >= 1) {
        int exponent;
        double frac = std::frexp(d, &exponent);   // d = frac * 2^exponent, frac in [0.5, 1)
        uint64_t mant = uint64_t(std::ldexp(frac, 53));
        BigNum r = fromUint64(mant);
        r = exponent >= 53 ? shiftLeft(r, uint64_t(exponent - 53)) : shiftRight(r, uint64_t(53 - exponent));
        r.negative = negative && !r.isZero();
        return r;
    }
    return {};
}

}  // namespace pyfw::engine::bigint
