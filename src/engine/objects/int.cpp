// int: small ints are immediate Values; overflow moves to BigIntObject (see bigint.cpp). The
// arithmetic here is also the VM's slow path when its inline small-int operations overflow.
#include <cmath>
#include <cstring>

#include "engine/objects/bigint.h"
#include "engine/objects/bytes.h"
#include "engine/objects/format.h"
#include "engine/objects/int_arith.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

using bigint::BigNum;

namespace {

// CPython's numeric hash: n modulo the prime 2^61 - 1, which float and complex hashing use too,
// so equal numbers of different types (1, 1.0, True) land on the same dict key.
constexpr int64_t kHashModulus = (int64_t(1) << 61) - 1;

// A subclass's instance carries its __dict__ pointer in 8 extra bytes at the end (see dictSlot).
BigIntObject* allocateBig(Type* cls, size_t digits) {
    auto* b = static_cast<BigIntObject*>(allocateBytes(cls->instanceSize + digits * 4 + (cls != &intType ? 8 : 0)));
    b->type = cls;
    return b;
}

Value fromBig(const BigNum& n, Type* cls = &intType) {
    // Every plain int that fits is immediate: there is one representation per value, so equal
    // small ints are identical and the fast paths never meet a heap int in the small range.
    // An instance of a subclass must be an object, whatever its value, to carry its type.
    int64_t small;
    if (cls == &intType && bigint::toInt64(n, small) && Value::fitsSmall(small)) return Value::smallInt(small);
    BigIntObject* b = allocateBig(cls, n.mag.size());
    b->size = n.negative ? -int64_t(n.mag.size()) : int64_t(n.mag.size());
    if (!n.mag.empty()) std::memcpy(b->digits, n.mag.data(), n.mag.size() * 4);
    return Value(b);
}

}  // namespace

BigNum toBig(Value v) {
    if (v.isSmallInt()) return bigint::fromInt64(v.smallInt());
    // bool is an int subclass with immediate values of its own, so each entry point takes them.
    if (v == True()) return bigint::fromInt64(1);
    if (v == False()) return {};
    auto* b = v.as<BigIntObject>();
    BigNum n;
    size_t count = size_t(b->size < 0 ? -b->size : b->size);
    n.mag.assign(b->digits, b->digits + count);
    n.negative = b->size < 0;
    return n;
}

Value makeInt(int64_t n) {
    if (Value::fitsSmall(n)) return Value::smallInt(n);
    return fromBig(bigint::fromInt64(n));
}

Value makeIntU64(uint64_t n) {
    if (n <= uint64_t(Value::kSmallMax)) return Value::smallInt(int64_t(n));
    return fromBig(bigint::fromUint64(n));
}

bool intToInt64(Value v, int64_t& out) {
    if (v.isSmallInt()) {
        out = v.smallInt();
        return true;
    }
    if (v == True()) return out = 1, true;
    if (v == False()) return out = 0, true;
    IntLimbs n(v);
    return limbs::toInt64(n.limbs, n.size, n.negative, out);
}

// Two's complement of any int, cut to 64 bits (as a C cast would): what a 64-bit item stores.
uint64_t intLow64(Value v) {
    int64_t small;
    if (intToInt64(v, small)) return uint64_t(small);
    const auto* big = v.as<BigIntObject>();   // not small, not a bool: a digit array
    int64_t digits = big->size < 0 ? -big->size : big->size;
    uint64_t magnitude = big->digits[0];
    if (digits > 1) magnitude |= uint64_t(big->digits[1]) << 32;
    return big->size < 0 ? ~magnitude + 1 : magnitude;
}

int64_t requireInt64(Value v, const char* what) {
    if (v.isSmallInt()) return v.smallInt();
    if (!isInt(v)) {
        // PEP 357: __index__ is how an object says it is an integer (never __int__, which a
        // float has too and which would silently truncate).
        if (Value r = callSpecialOrNull(v, names::__index__)) return requireInt64(r, what);
        raiseTypeError("%s%sexpected int, got %s", what ? what : "", what ? ": " : "", typeName(v));
    }
    int64_t out;
    if (!intToInt64(v, out)) raiseError(&exc::OverflowError, "overflow converting long int to machine word");
    return out;
}

int64_t requireIndex(Value v) {
    if (v.isSmallInt()) return v.smallInt();
    if (isInt(v)) return requireInt64(v);
    if (Value r = callSpecialOrNull(v, names::__index__)) return requireIndex(r);
    raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
}

Value indexOrNull(Value v) {
    if (isInt(v)) return v;
    Value r = callSpecialOrNull(v, names::__index__);
    if (r && !isInt(r)) raiseTypeError("__index__ returned non-int (type %s)", typeName(r));
    return r;
}

int intSign(Value v) {
    if (v.isSmallInt()) return v.smallInt() < 0 ? -1 : v.smallInt() > 0;
    if (v == True()) return 1;
    if (v == False()) return 0;
    int64_t size = v.as<BigIntObject>()->size;
    return size < 0 ? -1 : size > 0;
}

bool intIsNegative(Value v) { return intSign(v) < 0; }
size_t intBitLength(Value v) {
    IntLimbs n(v);
    return limbs::bitLength(n.limbs, n.size);
}

double intToDouble(Value v) {
    if (v.isSmallInt()) return double(v.smallInt());
    bool overflow;
    double d = bigint::toDouble(toBig(v), overflow);
    if (overflow) raiseError(&exc::OverflowError, "int too large to convert to float");
    return d;
}

Value intFromDouble(double d) {
    if (std::isnan(d)) raiseValueError("cannot convert float NaN to integer");
    if (std::isinf(d)) raiseError(&exc::OverflowError, "cannot convert float infinity to integer");
    // Below 2^62 (4.6e18) the C cast is defined and the result is a small int.
    if (std::fabs(d) < 4e18) return makeInt(int64_t(d));
    return fromBig(bigint::fromDouble(d));
}

std::string intToString(Value v, int base) {
    if (v.isSmallInt() && base == 10) return std::to_string(v.smallInt());
    return bigint::toString(toBig(v), base);
}

Value intFromString(std::string_view text, int base) {
    std::string_view original = text;
    auto fail = [&]() -> Value {
        raiseValueError("invalid literal for int() with base %d: %s", base, reprString(Value(newStr(original))).c_str());
    };
    text = withoutSpace(text);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) negative = text[0] == '-', text.remove_prefix(1);
    int effective = base;
    // A prefix is read when base 0 asks for literal rules, or when it names the given base:
    // int("0x1f", 16) is valid Python.
    if (text.size() >= 2 && text[0] == '0') {
        char p = char(std::tolower(static_cast<uint8_t>(text[1])));
        int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefixBase && (base == 0 || base == prefixBase)) {
            effective = prefixBase;
            text.remove_prefix(2);
            if (!text.empty() && text[0] == '_') text.remove_prefix(1);
        }
    }
    if (effective == 0) {
        effective = 10;
        // Base 0 follows the literal grammar, which forbids leading zeros ("010" is no octal).
        if (text.size() > 1 && text[0] == '0' && text.find_first_not_of("0_") != std::string_view::npos) return fail();
    }
    if (text.empty() || text.front() == '_' || text.back() == '_' || text.find("__") != std::string_view::npos) return fail();
    // At most 18 decimal digits are below 10^18 < 2^62: the sum cannot overflow and fits small.
    if (text.size() <= 18 && effective == 10) {
        int64_t n = 0;
        for (char c : text) {
            if (c == '_') continue;
            if (c < '0' || c > '9') return fail();
            n = n * 10 + (c - '0');
        }
        return Value::smallInt(negative ? -n : n);
    }
    BigNum n;
    if (!bigint::fromDigits(text, effective, n)) return fail();
    n.negative = negative && !n.isZero();
    return fromBig(n);
}

int64_t hashInt(Value v) {
    if (v.isSmallInt()) {
        int64_t n = v.smallInt();
        int64_t h = n >= 0 ? n % kHashModulus : -((-n) % kHashModulus);
        return h == -1 ? -2 : h;  // CPython reserves -1 (its error return): hash(-1) is -2
    }
    // Sum of limb * 2^(32 i) modulo 2^61 - 1.
    IntLimbs n(v);
    uint64_t h = 0;
    for (size_t i = n.size; i-- > 0;) {
        h = ((h << 32) | (h >> 29)) & uint64_t(kHashModulus);   // h * 2^32 mod P
        h += n.limbs[i];
        if (h >= uint64_t(kHashModulus)) h -= uint64_t(kHashModulus);
    }
    int64_t r = n.negative ? -int64_t(h) : int64_t(h);
    return r == -1 ? -2 : r;
}

namespace {

int compareBigObjects(const BigIntObject* a, const BigIntObject* b) {
    if (a->size != b->size) return a->size < b->size ? -1 : 1;   // the size carries the sign
    int sign = a->size < 0 ? -1 : 1;
    for (size_t i = size_t(a->size < 0 ? -a->size : a->size); i-- > 0;)
        if (a->digits[i] != b->digits[i]) return a->digits[i] < b->digits[i] ? -sign : sign;
    return 0;
}

}  // namespace

int intCompare(Value a, Value b) {
    int64_t x, y;
    bool fitsA = intToInt64(a, x), fitsB = intToInt64(b, y);
    if (fitsA && fitsB) return x < y ? -1 : x > y;
    // An int beyond int64 is larger in magnitude than any int64, so its sign decides; two such
    // (heap ints both) compare their digits in place (pidigits-like loops do every step).
    if (fitsA) return intSign(b) < 0 ? 1 : -1;
    if (fitsB) return intSign(a) < 0 ? -1 : 1;
    return compareBigObjects(a.as<BigIntObject>(), b.as<BigIntObject>());
}

namespace {

[[noreturn]] void zeroDivision(BinaryOp op) {
    if (op == BinaryOp::TrueDiv) raiseError(&exc::ZeroDivisionError, "division by zero");
    raiseError(&exc::ZeroDivisionError, "integer division or modulo by zero");
}

// An int larger than the whole heap cannot be stored: MemoryError before the arithmetic, which
// runs outside the heap and could take minutes for such sizes.
uint64_t heapCapacityBits() { return uint64_t(interp().heap.capacityBytes()) * 8; }

Value shift(BinaryOp op, Value a, Value b) {
    if (intIsNegative(b)) raiseValueError("negative shift count");
    int64_t s;
    if (!intToInt64(b, s)) {
        if (op == BinaryOp::RShift) return Value::smallInt(intIsNegative(a) ? -1 : 0);
        if (intSign(a) == 0) return Value::smallInt(0);   // 0 << n is 0 for any n, as in CPython
        raiseError(&exc::OverflowError, "shift count too large");
    }
    if (op == BinaryOp::LShift && uint64_t(s) > heapCapacityBits()) raiseMemoryError();
    return intShift(op, a, uint64_t(s));
}

Value bigBinary(BinaryOp op, Value a, Value b) {
    if (isComparison(op)) return comparisonValue(op, intCompare(a, b));
    if (op == BinaryOp::LShift || op == BinaryOp::RShift) return shift(op, a, b);
    if (Value r = intArithmetic(op, a, b)) return r;
    BigNum x = toBig(a), y = toBig(b);
    switch (op) {
    // intArithmetic did + and - and the other products and divisions.
    case BinaryOp::Mul: return fromBig(bigint::mul(x, y));   // long enough for Karatsuba
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: zeroDivision(op);
    case BinaryOp::TrueDiv: {
        if (y.isZero()) zeroDivision(op);
        bool overflow;
        double d = bigint::trueDivide(x, y, overflow);
        if (overflow) raiseError(&exc::OverflowError, "integer division result too large for a float");
        return newFloat(d);
    }
    case BinaryOp::Pow: {
        if (y.negative) return newFloat(std::pow(intToDouble(a), intToDouble(b)));
        int64_t e;
        if (!bigint::toInt64(y, e)) raiseError(&exc::OverflowError, "exponent too large");
        // |x| ** e has at least (bitLength(x) - 1) * e bits (none to speak of when |x| <= 1).
        uint64_t leastBits = bigint::bitLength(x) - 1;
        if (leastBits && uint64_t(e) > heapCapacityBits() / leastBits) raiseMemoryError();
        return fromBig(bigint::pow(x, uint64_t(e)));
    }
    case BinaryOp::And: return fromBig(bigint::bitAnd(x, y));
    case BinaryOp::Or: return fromBig(bigint::bitOr(x, y));
    case BinaryOp::Xor: return fromBig(bigint::bitXor(x, y));
    default: return NotImplemented();
    }
}

}  // namespace

Value intBinary(BinaryOp op, Value a, Value b) {
    int64_t x, y, r;
    if (!intToInt64(a, x) || !intToInt64(b, y)) return bigBinary(op, a, b);
    switch (op) {
    case BinaryOp::Add:
        if (!__builtin_add_overflow(x, y, &r)) return makeInt(r);
        break;
    case BinaryOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return makeInt(r);
        break;
    case BinaryOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return makeInt(r);
        break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
        if (y == 0) zeroDivision(op);
        if (x == INT64_MIN && y == -1) break;  // the one quotient int64 cannot hold (and UB in C)
        // C truncates towards zero, Python floors: with a remainder whose sign differs from the
        // divisor's, step the quotient down, so the remainder takes the divisor's sign.
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) --q, m += y;
        return makeInt(op == BinaryOp::FloorDiv ? q : m);
    }
    case BinaryOp::TrueDiv:
        if (y == 0) zeroDivision(op);
        // Below 2^53 both convert exactly, so one IEEE division is correctly rounded, as Python
        // requires; larger operands take the slower exact path.
        if (magnitudeBelow(x, int64_t(1) << 53) && magnitudeBelow(y, int64_t(1) << 53))
            return newFloat(double(x) / double(y));
        break;
    case BinaryOp::Pow: {
        if (y < 0) {
            if (x == 0) raiseError(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return newFloat(std::pow(double(x), double(y)));
        }
        int64_t result = 1, base = x;
        bool overflow = false;
        // Square-and-multiply; the last squaring is skipped as it is not needed and could
        // overflow when the result itself does not. Any overflow hands over to the big path.
        for (int64_t e = y; e; e >>= 1) {
            if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
            if (e > 1) overflow |= __builtin_mul_overflow(base, base, &base);
            if (overflow) break;
        }
        if (!overflow) return makeInt(result);
        break;
    }
    case BinaryOp::LShift:
        if (y < 0) raiseValueError("negative shift count");
        // A multiplication, since shifting a negative int64 left is undefined in C++17; the bound
        // keeps the result below 2^62, within the small range.
        if (y < 63 && magnitudeBelow(x, int64_t(1) << (62 - y))) return makeInt(x * (int64_t(1) << y));
        if (x == 0) return Value::smallInt(0);
        break;
    case BinaryOp::RShift:
        if (y < 0) raiseValueError("negative shift count");
        // Python's >> floors, like an arithmetic shift; past 63 bits only the sign is left.
        return makeInt(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    case BinaryOp::And: return makeInt(x & y);
    case BinaryOp::Or: return makeInt(x | y);
    case BinaryOp::Xor: return makeInt(x ^ y);
    case BinaryOp::Lt: return boolValue(x < y);
    case BinaryOp::Le: return boolValue(x <= y);
    case BinaryOp::Eq: return boolValue(x == y);
    case BinaryOp::Ne: return boolValue(x != y);
    case BinaryOp::Gt: return boolValue(x > y);
    case BinaryOp::Ge: return boolValue(x >= y);
    default: return NotImplemented();
    }
    return bigBinary(op, a, b);
}

namespace {

Value intBinarySlot(BinaryOp op, Value self, Value other, bool reflected) {
    if (!isInt(other)) return NotImplemented();
    Value a = reflected ? other : self, b = reflected ? self : other;
    // True & False is False, not 0: bool keeps its type under the bitwise operators only.
    bool bothBool = typeOf(a) == &boolType && typeOf(b) == &boolType;
    Value r = intBinary(op, a, b);
    if (bothBool && (op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Xor))
        return boolValue(r != Value::smallInt(0));
    return r;
}

Value intUnary(UnaryOp op, Value self) {
    int64_t x;
    bool small = intToInt64(self, x);
    switch (op) {
    // The heap cases as one subtraction or addition each, which copies the limbs once.
    case UnaryOp::Neg:
        if (small && x != INT64_MIN) return makeInt(-x);
        return intArithmetic(BinaryOp::Sub, Value::smallInt(0), self);
    case UnaryOp::Pos:
        if (small) return makeInt(x);
        return intArithmetic(BinaryOp::Add, self, Value::smallInt(0));   // a plain int, even of a subclass
    case UnaryOp::Abs:
        if (small && x != INT64_MIN) return makeInt(x < 0 ? -x : x);
        return intIsNegative(self) ? intArithmetic(BinaryOp::Sub, Value::smallInt(0), self)
                                   : intArithmetic(BinaryOp::Add, self, Value::smallInt(0));
    case UnaryOp::Invert:   // ~x == -1 - x
        if (small) return makeInt(~x);
        return intArithmetic(BinaryOp::Sub, Value::smallInt(-1), self);
    default:
        return Value();
    }
}

void intPrint(std::string& out, Value self, PrintKind) { out += intToString(self); }
int64_t intHash(Value self) { return hashInt(self); }
bool intTruthy(Value self) { return intSign(self) != 0; }

void traceNothing(Object*, Tracer&) {}

Value intMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value a[2];
    parseArgs("int", args, nargs, kwnames, {"x", "base"}, 0, a);
    Value result;
    if (!a[0]) {
        result = Value::smallInt(0);
    } else if (a[1]) {
        int64_t base = requireInt64(a[1]);
        if (base != 0 && (base < 2 || base > 36)) raiseValueError("int() arg 2 must be >= 2 and <= 36");
        if (isStr(a[0])) result = intFromString(strView(a[0]), int(base));
        else if (isInstance(a[0], &bytesType) || isInstance(a[0], &bytearrayType)) {
            Buffer buf = requireBuffer(a[0], "int()");
            result = intFromString(std::string_view(reinterpret_cast<char*>(buf.data), buf.size), int(base));
        } else raiseTypeError("int() can't convert non-string with explicit base");
    } else {
        Value x = a[0];
        if (isInt(x)) result = typeOf(x) == &intType || x.isSmallInt() ? x : fromBig(toBig(x));
        else if (isFloat(x)) result = intFromDouble(floatValue(x));
        else if (isStr(x)) result = intFromString(strView(x), 10);
        else if (isInstance(x, &bytesType) || isInstance(x, &bytearrayType)) {
            Buffer buf = requireBuffer(x, "int()");
            result = intFromString(std::string_view(reinterpret_cast<char*>(buf.data), buf.size), 10);
        // __int__ first, then __index__: the order of CPython 3.11's int().
        } else if (Value r = callSpecialOrNull(x, names::__int__)) {
            if (!isInt(r)) raiseTypeError("__int__ returned non-int (type %s)", typeName(r));
            result = r;
        } else if (Value r2 = indexOrNull(x)) {
            result = r2;
        } else raiseTypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x));
    }
    if (cls != &intType) result = fromBig(toBig(result), cls);
    return result;
}

Value intBitLengthMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bit_length", nargs, kw, 1, 1);
    return Value::smallInt(int64_t(intBitLength(args[0])));
}

// byteorder of to_bytes/from_bytes: 'big' (the default) or 'little'.
bool isLittleEndian(Value byteorder, const char* function) {
    if (!byteorder) return false;
    if (!isStr(byteorder)) raiseTypeError("%s() argument 'byteorder' must be str, not %s", function, typeName(byteorder));
    std::string_view order = strView(byteorder);
    if (order != "little" && order != "big") raiseValueError("byteorder must be either 'little' or 'big'");
    return order == "little";
}

Value intToBytesMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("to_bytes", args + 1, nargs - 1, kw, {"length", "byteorder", "signed"}, 0, a);
    int64_t length = a[0] ? requireInt64(a[0]) : 1;
    if (length < 0) raiseValueError("length argument must be non-negative");
    bool little = isLittleEndian(a[1], "to_bytes");
    bool isSigned = a[2] && truthy(a[2]);
    BytesObject* out = allocateBytesObject(size_t(length));
    if (!intToBytes(args[0], out->data, size_t(length), little, isSigned)) {
        if (!isSigned && intIsNegative(args[0])) raiseError(&exc::OverflowError, "can't convert negative int to unsigned");
        raiseError(&exc::OverflowError, "int too big to convert");
    }
    return Value(out);
}

Value intFromBytesMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "signed"}, 1, a);
    Buffer buf = requireBuffer(a[0], "from_bytes");
    bool little = isLittleEndian(a[1], "from_bytes");
    return intFromBytes(buf.data, buf.size, little, a[2] && truthy(a[2]));
}

Value intConjugate(const Value* args, size_t, TupleObject*) { return args[0]; }

Value intGetReal(Value self) { return self; }
Value intGetImag(Value) { return Value::smallInt(0); }

const MethodDef intMethods[] = {
    {"__format__", builtinFormatMethod},
    {"bit_length", intBitLengthMethod},
    {"conjugate", intConjugate},
    {"from_bytes", intFromBytesMethod, MethodKind::ClassMethod},
    {"to_bytes", intToBytesMethod},
    {nullptr, nullptr},
};

const AttrDef intAttrs[] = {
    {"real", intGetReal},
    {"imag", intGetImag},
    {nullptr, nullptr},
};

}  // namespace

Value intFromBytes(const uint8_t* data, size_t size, bool littleEndian, bool isSigned) {
    BigNum n;
    n.mag.assign((size + 3) / 4, 0);
    for (size_t i = 0; i < size; ++i) {
        size_t pos = littleEndian ? i : size - 1 - i;
        n.mag[i / 4] |= uint32_t(data[pos]) << (8 * (i % 4));
    }
    n.trim();
    // Two's complement: with the top bit set the value is the unsigned reading minus 2^(8 size).
    if (isSigned && size && (data[littleEndian ? size - 1 : 0] & 0x80))
        n = bigint::sub(n, bigint::shiftLeft(bigint::fromInt64(1), size * 8));
    return fromBig(n);
}

bool intToBytes(Value v, uint8_t* out, size_t size, bool littleEndian, bool isSigned) {
    BigNum n = toBig(v);
    if (n.negative && !isSigned) return false;
    size_t bits = bigint::bitLength(n);
    if (isSigned) {
        // Fits when -2^(8 size - 1) <= n < 2^(8 size - 1).
        BigNum limit = bigint::shiftLeft(bigint::fromInt64(1), size ? size * 8 - 1 : 0);
        if (size == 0) { if (!n.isZero()) return false; }
        else if (bigint::compare(n, limit) >= 0 || bigint::compare(n, bigint::negate(limit)) < 0) return false;
        if (n.negative) n = bigint::add(n, bigint::shiftLeft(bigint::fromInt64(1), size * 8));
    } else if (bits > size * 8) {
        return false;
    }
    for (size_t i = 0; i < size; ++i) {
        uint8_t byte = i / 4 < n.mag.size() ? uint8_t(n.mag[i / 4] >> (8 * (i % 4))) : 0;
        out[littleEndian ? i : size - 1 - i] = byte;
    }
    return true;
}

Type intType{TypeSpec{
    .name = "int",
    .instanceSize = sizeof(BigIntObject),
    .flags = kTypeBaseType | kTypeVarSize,
    .trace = traceNothing,
    .print = intPrint,
    .hash = intHash,
    .make = intMake,
    .binary = intBinarySlot,
    .unary = intUnary,
    .truthy = intTruthy,
    .methods = intMethods,
    .attrs = intAttrs,
}};

// bool: True and False are the only instances, permanent objects.
namespace {
void boolPrint(std::string& out, Value self, PrintKind) { out += self == True() ? "True" : "False"; }
Value boolMake(Type*, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("bool", nargs, kwnames, 0, 1);
    return boolValue(nargs && truthy(args[0]));
}
Value boolUnary(UnaryOp op, Value self) {
    return intUnary(op, Value::smallInt(self == True()));
}
}  // namespace

Type boolType{TypeSpec{
    .name = "bool",
    .base = &intType,
    .instanceSize = sizeof(Object),
    .print = boolPrint,
    .make = boolMake,
    .unary = boolUnary,
}};

Object trueObject{&boolType};
Object falseObject{&boolType};

}  // namespace pyfw::engine
