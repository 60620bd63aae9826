// float: an immediate Value or a boxed double (see value.h), printed as the shortest text that reads back the same (CPython's repr).
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "engine/objects/bigint.h"
#include "engine/objects/bytes.h"
#include "engine/objects/format.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

bigint::BigNum toBig(Value v);

namespace {
// The zeros are the common floats outside the immediate window: permanent, so they never allocate.
FloatObject positiveZero{{&floatType}, 0.0};
FloatObject negativeZero{{&floatType}, -0.0};
}  // namespace

Value newBoxedFloat(double d) {
    if (d == 0.0) return Value(std::signbit(d) ? &negativeZero : &positiveZero);
    auto* f = static_cast<FloatObject*>(allocateBytes(sizeof(FloatObject)));
    f->type = &floatType;
    f->value = d;
    return Value(f);
}

bool toDouble(Value v, double& out) {
    if (v.isSmallInt()) return out = double(v.smallInt()), true;
    Type* t = typeOf(v);
    if (t == &floatType || isSubtype(t, &floatType)) return out = floatValue(v), true;
    if (isInt(v)) return out = intToDouble(v), true;
    return false;
}

// __float__ first, then __index__ (an int-like object is a number too, as CPython 3.8 takes it).
double requireDoubleOther(Value v) {
    double d;
    if (toDouble(v, d)) return d;
    if (Value r = callSpecialOrNull(v, names::__float__)) {
        if (toDouble(r, d)) return d;
    }
    if (Value r = callSpecialOrNull(v, names::__index__)) {
        if (toDouble(r, d)) return d;
    }
    raiseTypeError("must be real number, not %s", typeName(v));
}

std::string floatRepr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    char buf[64];
    auto result = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string_view sci(buf, size_t(result.ptr - buf));
    bool negative = sci[0] == '-';
    if (negative) sci.remove_prefix(1);
    size_t e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c != '.') digits.push_back(c);
    int exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
    std::string out = negative ? "-" : "";
    // repr's rule (CPython's): positional from 1e-4 up to 1e16, scientific outside.
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0.";
            out.append(size_t(-exponent - 1), '0');
            out += digits;
        } else if (size_t(exponent) + 1 >= digits.size()) {
            out += digits;
            out.append(size_t(exponent) + 1 - digits.size(), '0');
            out += ".0";
        } else {
            out += digits.substr(0, size_t(exponent) + 1);
            out += '.';
            out += digits.substr(size_t(exponent) + 1);
        }
        return out;
    }
    out += digits[0];
    if (digits.size() > 1) {
        out += '.';
        out += digits.substr(1);
    }
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
}

// CPython's hash of a float: its exact value modulo the prime 2**61 - 1, so an integral float
// hashes as the int it equals and every hash matches CPython's.
int64_t hashDouble(double v) {
    constexpr int kBits = 61;
    constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) sign = -1, m = -m;
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;
        e -= 28;
        auto y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    auto h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

namespace {

// Exact comparison of an int with a double: -1, 0 or 1 (nan handled by the caller).
// Beyond 2**53 the int cannot become a double without rounding (2**53 + 1 == 2.0**53 would be
// true), so there the double's integer part becomes a bigint instead.
int compareIntDouble(Value i, double d) {
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    int64_t n;
    if (intToInt64(i, n) && magnitudeBelow(n, (int64_t(1) << 53) + 1)) {
        double x = double(n);
        return x < d ? -1 : x > d;
    }
    double whole = std::floor(d);
    int c = bigint::compare(toBig(i), bigint::fromDouble(whole));
    if (c != 0) return c;
    return whole == d ? 0 : -1;
}

Value floatCompare(BinaryOp op, double a, double b) {
    switch (op) {
    case BinaryOp::Lt: return boolValue(a < b);
    case BinaryOp::Le: return boolValue(a <= b);
    case BinaryOp::Eq: return boolValue(a == b);
    case BinaryOp::Ne: return boolValue(a != b);
    case BinaryOp::Gt: return boolValue(a > b);
    default: return boolValue(a >= b);
    }
}

}  // namespace

Value floatArithmetic(BinaryOp op, double a, double b) {
    switch (op) {
    case BinaryOp::Add: return newFloat(a + b);
    case BinaryOp::Sub: return newFloat(a - b);
    case BinaryOp::Mul: return newFloat(a * b);
    case BinaryOp::TrueDiv:
        if (b == 0) raiseError(&exc::ZeroDivisionError, "float division by zero");
        return newFloat(a / b);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        if (b == 0)
            raiseError(&exc::ZeroDivisionError, op == BinaryOp::Mod ? "float modulo" : "float floor division by zero");
        // CPython's float_divmod: fmod is exact; the remainder takes the divisor's sign (a zero
        // one too), and the quotient, which (a - mod) / b may leave a rounding away from a whole
        // number, is snapped to the nearest one.
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod) {
            if ((b < 0) != (mod < 0)) mod += b, div -= 1.0;
        } else {
            mod = std::copysign(0.0, b);
        }
        double floordiv;
        if (div) {
            floordiv = std::floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = std::copysign(0.0, a / b);
        }
        return newFloat(op == BinaryOp::Mod ? mod : floordiv);
    }
    case BinaryOp::Pow:
        // 0.0 ** -inf is inf (C pow), as in CPython and MicroPython; only finite powers divide by zero.
        if (a == 0 && b < 0 && !std::isinf(b))
            raiseError(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        // A negative base to a fractional power is complex, as in CPython and the firmware; -inf
        // is not (C's pow gives inf or 0.0, as CPython does).
        if (a < 0 && b != std::floor(b) && std::isfinite(b) && std::isfinite(a))
            return complexType.binary(BinaryOp::Pow, newComplex(a, 0), newFloat(b), false);
        return newFloat(std::pow(a, b));
    default:
        if (isComparison(op)) return floatCompare(op, a, b);
        return NotImplemented();
    }
}

namespace {

Value floatBinary(BinaryOp op, Value self, Value other, bool reflected) {
    double a = floatValue(self), b;
    if (isComparison(op)) {
        if (isInt(other)) {
            if (std::isnan(a)) return boolValue(op == BinaryOp::Ne);
            int c = -compareIntDouble(other, a);   // self vs other
            if (reflected) c = -c;
            return comparisonValue(op, c);
        }
        if (!isFloat(other)) return NotImplemented();
        b = floatValue(other);
        return reflected ? floatCompare(op, b, a) : floatCompare(op, a, b);
    }
    if (!toDouble(other, b)) return NotImplemented();
    return reflected ? floatArithmetic(op, b, a) : floatArithmetic(op, a, b);
}

Value floatUnary(UnaryOp op, Value self) {
    double d = floatValue(self);
    switch (op) {
    case UnaryOp::Neg: return newFloat(-d);
    case UnaryOp::Pos: return newFloat(d);
    case UnaryOp::Abs: return newFloat(std::fabs(d));
    default: return Value();
    }
}

void floatPrint(std::string& out, Value self, PrintKind) { out += floatRepr(floatValue(self)); }
// An integral float below 4e18 hashes through the int it equals (the common case, and cheaper);
// hashDouble gives the same value for the rest.
int64_t floatHash(Value self) {
    double d = floatValue(self);
    if (d == std::floor(d) && std::fabs(d) < 4e18) return hashInt(makeInt(int64_t(d)));
    return hashDouble(d);
}
bool floatTruthy(Value self) { return floatValue(self) != 0; }

}  // namespace

int64_t roundDigits(Value ndigits) {
    int64_t n;
    if (isInt(ndigits) && !intToInt64(ndigits, n)) return intIsNegative(ndigits) ? INT64_MIN : INT64_MAX;
    return requireIndex(ndigits);
}

namespace {

// The decimal digits of a non-negative integer plus one ("" is 0).
std::string incremented(std::string digits) {
    size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0) return "1" + digits;
    ++digits[i - 1];
    return digits;
}

// d rounded half-to-even to a multiple of 10**k (k >= 1). A tie is only possible for an integer
// d, so the exact digits of the integer part (printf writes them all) and whether a fraction is
// left over decide it: no division by a power of ten, which is inexact.
double roundToPowerOfTen(double d, size_t k) {
    double whole = std::trunc(std::fabs(d));
    bool fraction = whole != std::fabs(d);
    char buf[400];   // up to 309 digits
    std::snprintf(buf, sizeof buf, "%.0f", whole);
    std::string digits(buf);
    if (digits.size() < k) digits.insert(0, k - digits.size(), '0');
    std::string kept = digits.substr(0, digits.size() - k);
    int c = digits.compare(kept.size(), k, "5" + std::string(k - 1, '0'));
    bool odd = !kept.empty() && (kept.back() - '0') % 2;
    if (c > 0 || (c == 0 && (fraction || odd))) kept = incremented(kept);
    std::string text = (std::signbit(d) ? "-" : "") + (kept.empty() ? "0" : kept) + "e" + std::to_string(k);
    double r = std::strtod(text.c_str(), nullptr);
    if (std::isinf(r)) raiseError(&exc::OverflowError, "rounded value too large to represent");
    return r;
}

}  // namespace

Value roundFloat(double d, int64_t digits) {
    // Past 323 digits every float is exact already, past -308 every one rounds to zero (CPython's
    // NDIGITS_MAX and NDIGITS_MIN); zero, inf and nan are their own roundings.
    if (digits > 323 || !std::isfinite(d) || d == 0) return newFloat(d);
    if (digits < -308) return newFloat(0.0 * d);
    if (digits < 0) return newFloat(roundToPowerOfTen(d, size_t(-digits)));
    // printf rounds the exact binary value half-to-even; 309 integer digits and 323 decimals fit.
    char buf[700];
    std::snprintf(buf, sizeof buf, "%.*f", int(digits), d);
    return newFloat(std::strtod(buf, nullptr));
}

double parseFloat(std::string_view text, bool& ok) {
    ok = false;
    text = withoutSpace(text);
    std::string clean;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '_') {
            if (i == 0 || i + 1 == text.size() || !std::isdigit(static_cast<uint8_t>(text[i - 1])) ||
                !std::isdigit(static_cast<uint8_t>(text[i + 1])))
                return 0;
            continue;
        }
        clean.push_back(char(std::tolower(static_cast<uint8_t>(c))));
    }
    std::string_view s = clean;
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) negative = s[0] == '-', s.remove_prefix(1);
    double value;
    if (s == "inf" || s == "infinity") value = INFINITY;
    else if (s == "nan") value = NAN;
    else {
        if (s.empty() || s[0] == '+' || s[0] == '-') return 0;
        auto result = std::from_chars(s.data(), s.data() + s.size(), value);
        if (result.ptr != s.data() + s.size()) return 0;
        if (result.ec == std::errc::result_out_of_range) {
            // from_chars leaves the value alone when out of range; strtod gives +-HUGE_VAL when
            // the number is too large and 0 (or the nearest subnormal) when too small, whatever the
            // sign of the exponent says ("0.000...1" has none).
            value = std::strtod(clean.c_str() + (s.data() - clean.data()), nullptr);
        } else if (result.ec != std::errc()) {
            return 0;
        }
    }
    ok = true;
    return negative ? -value : value;
}

namespace {

Value floatMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("float", nargs, kwnames, 0, 1);
    double d = 0;
    if (nargs) {
        Value x = args[0];
        Buffer b;
        // Text from a str or from any bytes-like object (memoryview and array too, as CPython).
        if (isStr(x) || getBuffer(x, b)) {
            std::string_view text =
                isStr(x) ? strView(x) : std::string_view(reinterpret_cast<char*>(b.data), b.size);
            bool ok;
            d = parseFloat(text, ok);
            if (!ok) raiseValueError("could not convert string to float: %s", reprString(x).c_str());
        } else if (!toDouble(x, d)) {
            d = requireDouble(x);
        }
    }
    if (cls == &floatType) return newFloat(d);
    auto* f = static_cast<FloatObject*>(allocateBytes(cls->instanceSize));
    f->type = cls;
    f->value = d;
    return Value(f);
}

Value floatIsInteger(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("is_integer", nargs, kw, 1, 1);
    double d = floatValue(args[0]);
    return boolValue(std::isfinite(d) && d == std::floor(d));
}

Value floatConjugate(const Value* args, size_t, TupleObject*) { return newFloat(floatValue(args[0])); }

Value floatAsIntegerRatio(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("as_integer_ratio", nargs, kw, 1, 1);
    double d = floatValue(args[0]);
    if (std::isinf(d)) raiseError(&exc::OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) raiseValueError("cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    // At most 53 doublings make the 53-bit mantissa whole; the bound only guards the loop.
    for (int i = 0; i < 300 && m != std::floor(m); ++i) m *= 2.0, --e;
    Value num = intFromDouble(m);
    Value den = Value::smallInt(1);
    if (e > 0) num = intBinary(BinaryOp::LShift, num, makeInt(e));
    else den = intBinary(BinaryOp::LShift, den, makeInt(-e));
    return Value(newTuple({num, den}));
}

// round()'s float without ndigits: an int, ties to even (nearbyint in the default rounding mode).
Value floatRoundMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__round__", nargs, kw, 1, 2);
    double d = floatValue(args[0]);
    if (nargs == 2 && args[1] != None()) return roundFloat(d, roundDigits(args[1]));
    return intFromDouble(std::nearbyint(d));
}

// int() and the math module's conversions, as methods (what a float subclass reaches with super()).
template <double (*F)(double)>
Value floatToIntMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("conversion", nargs, kw, 1, 1);
    return intFromDouble(F(floatValue(args[0])));
}

Value floatFloatMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__float__", nargs, kw, 1, 1);
    return newFloat(floatValue(args[0]));
}

// float.hex(): the exact value as [-]0x<lead>.<13 hex digits>p<exponent>, as CPython writes it
// (a lead of 0 and exponent -1022 for subnormals).
Value floatHex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hex", nargs, kw, 1, 1);
    double d = floatValue(args[0]);
    if (std::isnan(d) || std::isinf(d)) return Value(newStr(floatRepr(d)));
    const char* sign = std::signbit(d) ? "-" : "";
    if (d == 0) return Value(newStr(std::string(sign) + "0x0.0p+0"));
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    int biased = int((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((uint64_t(1) << 52) - 1);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign, biased ? 1 : 0,
                  static_cast<unsigned long long>(fraction), biased ? biased - 1023 : -1022);
    return Value(newStr(buf));
}

// float.fromhex(text): Python's syntax is checked here ([sign] [0x] digits [. digits] [p exponent],
// or inf/nan); C's strtod, which reads the same hexadecimal form, rounds it correctly.
Value floatFromhex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fromhex", nargs, kw, 2, 2);
    std::string_view s = strView(Value(requireStr(args[1], "fromhex() argument")));
    s = withoutSpace(s);
    std::string text(s);
    size_t at = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    std::string body = text.substr(at);
    for (char& c : body) c = char(std::tolower(static_cast<uint8_t>(c)));
    double d;
    if (body == "inf" || body == "infinity" || body == "nan") {
        d = body == "nan" ? NAN : INFINITY;
    } else {
        if (body.compare(0, 2, "0x") != 0) body.insert(0, "0x");
        // After 0x: a hex digit or a point first (strtod would also take a sign or a space).
        if (body.size() < 3 || !(std::isxdigit(static_cast<uint8_t>(body[2])) || body[2] == '.'))
            raiseValueError("invalid hexadecimal floating-point string");
        char* end = nullptr;
        d = std::strtod(body.c_str(), &end);
        if (end != body.c_str() + body.size() || end == body.c_str() + 2)
            raiseValueError("invalid hexadecimal floating-point string");
        if (std::isinf(d)) raiseError(&exc::OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (at && text[0] == '-') d = -d;
    Value result = newFloat(d);
    // A subclass gets an instance of itself, made from the float, as CPython does.
    return args[0] == Value(&floatType) ? result : call(args[0], &result, 1);
}

Value floatGetReal(Value self) { return newFloat(floatValue(self)); }
Value floatGetImag(Value) { return newFloat(0.0); }

double truncated(double d) { return std::trunc(d); }
double floored(double d) { return std::floor(d); }
double ceiled(double d) { return std::ceil(d); }

const MethodDef floatMethods[] = {
    {"__ceil__", floatToIntMethod<ceiled>},
    {"__float__", floatFloatMethod},
    {"__floor__", floatToIntMethod<floored>},
    {"__format__", builtinFormatMethod},
    {"__int__", floatToIntMethod<truncated>},
    {"__round__", floatRoundMethod},
    {"__trunc__", floatToIntMethod<truncated>},
    {"as_integer_ratio", floatAsIntegerRatio},
    {"conjugate", floatConjugate},
    {"fromhex", floatFromhex, MethodKind::ClassMethod},
    {"hex", floatHex},
    {"is_integer", floatIsInteger},
    {nullptr, nullptr},
};

const AttrDef floatAttrs[] = {
    {"real", floatGetReal},
    {"imag", floatGetImag},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

}  // namespace

Type floatType{TypeSpec{
    .name = "float",
    .instanceSize = sizeof(FloatObject),
    .flags = kTypeBaseType,
    .trace = traceNothing,
    .print = floatPrint,
    .hash = floatHash,
    .make = floatMake,
    .binary = floatBinary,
    .unary = floatUnary,
    .truthy = floatTruthy,
    .methods = floatMethods,
    .attrs = floatAttrs,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::TrueDiv, BinaryOp::FloorDiv, BinaryOp::Mod, BinaryOp::Pow),
    .reflectedMethods = operators(BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::TrueDiv, BinaryOp::FloorDiv, BinaryOp::Mod, BinaryOp::Pow),
    .unaryMethods = operators(UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Abs),
}};

}  // namespace pyfw::engine
