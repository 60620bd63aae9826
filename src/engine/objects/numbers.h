// int (small ints are immediate Values; larger ones are BigIntObject with 32-bit digits) and
// float (an immediate Value when its exponent allows, see value.h; else a FloatObject). Helpers convert between Values and C++ numbers.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct BigIntObject : Object {
    int64_t size;          // number of digits; negative for negative numbers; 0 is zero
    uint32_t digits[];     // little-endian base 2^32 magnitude, no leading zero digit
};

struct FloatObject : Object {
    double value;
};

// complex (complex.cpp): a real and an imaginary double.
struct ComplexObject : Object {
    double real, imag;
};
extern Type complexType;
Value newComplex(double real, double imag);

Value makeInt(int64_t n);
Value makeIntU64(uint64_t n);
// The float outside the immediate window: 0.0 and -0.0 are permanent, others allocate.
Value newBoxedFloat(double d);
inline Value newFloat(double d) {
    Value v;
    return Value::tryFloat(d, v) ? v : newBoxedFloat(d);
}
// The double of a float or of an instance of a float subclass.
inline double floatValue(Value v) {
    return v.isFloatImmediate() ? v.floatImmediate() : v.as<FloatObject>()->value;
}
// Exactly float (not a subclass): the operations' fast paths.
inline bool isExactFloat(Value v) {
    return v.isFloatImmediate() || (v.isObject() && v.object()->type == &floatType);
}
inline bool isFloat(Value v) { return !v.isSmallInt() && isInstance(v, &floatType); }
// Exactly int (a small int or a heap int, not a bool or a subclass): the operators' fast path.
inline bool isExactInt(Value v) { return v.isSmallInt() || (v.isObject() && v.object()->type == &intType); }

// The bool of comparison operator `op` from a three-way comparison c (< 0, 0, > 0).
inline Value comparisonValue(BinaryOp op, int c) {
    switch (op) {
    case BinaryOp::Lt: return boolValue(c < 0);
    case BinaryOp::Le: return boolValue(c <= 0);
    case BinaryOp::Eq: return boolValue(c == 0);
    case BinaryOp::Ne: return boolValue(c != 0);
    case BinaryOp::Gt: return boolValue(c > 0);
    default: return boolValue(c >= 0);
    }
}

// |n| < bound without computing |n|, which overflows for INT64_MIN.
inline bool magnitudeBelow(int64_t n, int64_t bound) { return n > -bound && n < bound; }

// int64 value of an int (or bool); false when it does not fit.
bool intToInt64(Value v, int64_t& out);
// The low 64 bits of an int of any size, in two's complement.
uint64_t intLow64(Value v);
// The int64 of an int, raising TypeError (not an int) or OverflowError (too big).
int64_t requireInt64(Value v, const char* what = nullptr);
// An index (int or __index__), clamped: for sizes and positions.
int64_t requireIndex(Value v);
// v itself when it is an int, else what its __index__ returns (TypeError when that is no int);
// null when it has no __index__, so the caller chooses the error or falls back.
Value indexOrNull(Value v);
// float() of an int or float; false if not a number.
bool toDouble(Value v, double& out);
double requireDoubleOther(Value v);
// The float of an argument that must be a real number (a float, an int, or an object with
// __float__ or __index__); a float in the immediate window without a call.
inline double requireDouble(Value v) { return v.isFloatImmediate() ? v.floatImmediate() : requireDoubleOther(v); }

// text without the ASCII whitespace around it, which int(), float() and complex() ignore.
inline std::string_view withoutSpace(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<uint8_t>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<uint8_t>(text.back()))) text.remove_suffix(1);
    return text;
}
Value intFromString(std::string_view text, int base);   // raises ValueError
std::string intToString(Value v, int base = 10);
std::string floatRepr(double d);
// Python's float syntax (underscores, inf, nan, surrounding spaces); `ok` false when malformed.
// Too large is inf and too small is 0.0, as CPython rounds them.
double parseFloat(std::string_view text, bool& ok);
int64_t hashDouble(double d);
int64_t hashInt(Value v);
// hash() of a small int without the call: the int itself, but for -1 and magnitudes from the hash
// modulus (2**61 - 1) up, which hashInt reduces.
inline int64_t hashSmallInt(Value v) {
    constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
    int64_t n = v.smallInt();
    return n != -1 && n < kModulus && n > -kModulus ? n : hashInt(v);
}
Value intFromDouble(double d);    // truncates; raises for inf/nan
// round()'s ndigits: an int or __index__, an int past the machine range clamped to it (rounding
// at 10**-(2**100) digits leaves any number as it is).
int64_t roundDigits(Value ndigits);
// round(d, digits) as CPython: the exact binary value rounded half-to-even at that decimal digit,
// read back as the nearest float; OverflowError when that is past the largest float.
Value roundFloat(double d, int64_t digits);
int intSign(Value v);
bool intIsNegative(Value v);
size_t intBitLength(Value v);
Value intFromBytes(const uint8_t* data, size_t size, bool littleEndian, bool isSigned);
bool intToBytes(Value v, uint8_t* out, size_t size, bool littleEndian, bool isSigned);
double intToDouble(Value v);   // raises OverflowError when too large

// Arithmetic on ints, used by the int type and by the VM's fast paths when they overflow.
Value intBinary(BinaryOp op, Value a, Value b);
int intCompare(Value a, Value b);

}  // namespace pyfw::engine
