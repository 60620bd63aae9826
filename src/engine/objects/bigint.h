// Arbitrary-precision integer arithmetic on host vectors (sign + base 2^32 magnitude). Pure
// functions with Python's semantics (floor division, two's-complement bitwise operators); int.cpp
// converts between these and Values. The passes themselves are limbs.h's; the common operators
// (+ - * // %) skip these vectors and run on the int objects' limbs (int_arith.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyfw::engine::bigint {

struct BigNum {
    bool negative = false;
    std::vector<uint32_t> mag;   // little-endian, no leading zeros; empty is zero

    bool isZero() const { return mag.empty(); }
    void trim() {
        while (!mag.empty() && mag.back() == 0) mag.pop_back();
        if (mag.empty()) negative = false;
    }
};

BigNum fromInt64(int64_t v);
BigNum fromUint64(uint64_t v);
bool toInt64(const BigNum& a, int64_t& out);
int compare(const BigNum& a, const BigNum& b);

BigNum add(const BigNum& a, const BigNum& b);
BigNum sub(const BigNum& a, const BigNum& b);
BigNum mul(const BigNum& a, const BigNum& b);
// Floor division and modulo (the remainder has the divisor's sign). b must not be zero.
void divmod(const BigNum& a, const BigNum& b, BigNum* quotient, BigNum* remainder);
BigNum pow(const BigNum& base, uint64_t exponent);
BigNum powMod(const BigNum& base, const BigNum& exponent, const BigNum& modulus);
BigNum shiftLeft(const BigNum& a, uint64_t bits);
BigNum shiftRight(const BigNum& a, uint64_t bits);   // floor
BigNum bitAnd(const BigNum& a, const BigNum& b);
BigNum bitOr(const BigNum& a, const BigNum& b);
BigNum bitXor(const BigNum& a, const BigNum& b);
BigNum invert(const BigNum& a);
BigNum negate(BigNum a);
size_t bitLength(const BigNum& a);

std::string toString(const BigNum& a, int base);
// Digits only (sign and prefix handled by the caller); false on an invalid digit.
bool fromDigits(std::string_view digits, int base, BigNum& out);
double toDouble(const BigNum& a, bool& overflow);
// a / b correctly rounded, as Python's int / int; b must not be zero. overflow: beyond a double.
double trueDivide(const BigNum& a, const BigNum& b, bool& overflow);
BigNum fromDouble(double d);   // d must be finite; truncates

}  // namespace pyfw::engine::bigint
