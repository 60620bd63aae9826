// math: MicroPython's math functions and constants (plus the few CPython ones scripts reach for:
// gcd, isclose, hypot, log1p, tau). Domain errors raise ValueError("math domain error") and
// results too large for a float raise OverflowError("math range error"), as CPython and
// MicroPython both do.
#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/objects/numbers.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

[[noreturn]] void domainError() { raiseValueError("math domain error"); }
[[noreturn]] void rangeError() { raiseError(&exc::OverflowError, "math range error"); }

// What an infinite result from finite input means for a function.
enum class Infinite : uint8_t { Overflow, Pole };

// Checks a result the way CPython's math module does: NaN out of non-NaN input is a domain error;
// an infinity out of finite input is an overflow, or a domain error at a pole (log(0)).
double checked(double result, double x, Infinite infinite = Infinite::Overflow) {
    if (std::isnan(result) && !std::isnan(x)) domainError();
    if (std::isinf(result) && std::isfinite(x)) {
        if (infinite == Infinite::Pole) domainError();
        rangeError();
    }
    return result;
}

double arg(Value v) { return requireDouble(v); }

// What a function of one float returns.
enum class Result : uint8_t { Float, Integer, Truth };

struct UnaryMath {
    const char* name;
    double (*fn)(double);
    Infinite infinite = Infinite::Overflow;
    Result result = Result::Float;
};

// Functions of one float: a row each; `functions` lists unary<i> for every row i.
constexpr UnaryMath kUnary[] = {
    {"acos", std::acos},   {"acosh", std::acosh}, {"asin", std::asin},  {"asinh", std::asinh},
    {"atan", std::atan},   {"atanh", std::atanh, Infinite::Pole},       {"cos", std::cos},
    {"cosh", std::cosh},   {"erf", std::erf},     {"erfc", std::erfc},  {"exp", std::exp},
    {"expm1", std::expm1}, {"fabs", std::fabs},   {"log10", std::log10, Infinite::Pole},
    {"log1p", std::log1p, Infinite::Pole},        {"log2", std::log2, Infinite::Pole},
    {"sin", std::sin},     {"sinh", std::sinh},   {"sqrt", std::sqrt},  {"tan", std::tan},
    {"tanh", std::tanh},
    // floor, ceil and trunc return ints (an int argument comes back unchanged).
    {"floor", [](double x) { return std::floor(x); }, Infinite::Overflow, Result::Integer},
    {"ceil", [](double x) { return std::ceil(x); }, Infinite::Overflow, Result::Integer},
    {"trunc", [](double x) { return std::trunc(x); }, Infinite::Overflow, Result::Integer},
    {"isfinite", [](double x) { return double(std::isfinite(x)); }, Infinite::Overflow, Result::Truth},
    {"isinf", [](double x) { return double(std::isinf(x)); }, Infinite::Overflow, Result::Truth},
    {"isnan", [](double x) { return double(std::isnan(x)); }, Infinite::Overflow, Result::Truth},
};

template <size_t Index>
Value unary(const Value* args, size_t nargs, TupleObject* kw) {
    constexpr const UnaryMath& row = kUnary[Index];
    checkArgs(row.name, nargs, kw, 1, 1);
    if (row.result == Result::Integer && isInt(args[0]))
        return args[0] == True() || args[0] == False() ? Value::smallInt(args[0] == True()) : args[0];
    double x = arg(args[0]);
    switch (row.result) {
    case Result::Integer: return intFromDouble(row.fn(x));
    case Result::Truth: return boolValue(row.fn(x) != 0);
    default: return newFloat(checked(row.fn(x), x, row.infinite));
    }
}

// Gamma functions have poles at 0 and the negative integers, and overflow for large x.
Value gammaFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("gamma", nargs, kw, 1, 1);
    double x = arg(args[0]);
    if (x <= 0 && x == std::floor(x)) domainError();   // also -inf
    return newFloat(checked(std::tgamma(x), x));
}

Value lgammaFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("lgamma", nargs, kw, 1, 1);
    double x = arg(args[0]);
    if (std::isfinite(x) && x <= 0 && x == std::floor(x)) domainError();
    return newFloat(checked(std::lgamma(x), x));
}

Value logFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("log", nargs, kw, 1, 2);
    double x = arg(args[0]);
    if (x <= 0) domainError();
    double result = std::log(x);
    if (nargs > 1) {
        double base = arg(args[1]);
        if (base <= 0) domainError();
        double denominator = std::log(base);
        if (denominator == 0) raiseError(&exc::ZeroDivisionError, "float division by zero");
        result /= denominator;
    }
    return newFloat(result);
}

Value powFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pow", nargs, kw, 2, 2);
    double x = arg(args[0]), y = arg(args[1]);
    if (x == 0 && y < 0) domainError();
    double r = std::pow(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domainError();
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) rangeError();
    return newFloat(r);
}

Value atan2Fn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("atan2", nargs, kw, 2, 2);
    return newFloat(std::atan2(arg(args[0]), arg(args[1])));
}

Value copysignFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("copysign", nargs, kw, 2, 2);
    return newFloat(std::copysign(arg(args[0]), arg(args[1])));
}

Value fmodFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fmod", nargs, kw, 2, 2);
    double x = arg(args[0]), y = arg(args[1]);
    if (y == 0 || std::isinf(x)) {
        if (!std::isnan(x) && !std::isnan(y)) domainError();
    }
    return newFloat(std::fmod(x, y));
}

Value hypotFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hypot", nargs, kw, 0, SIZE_MAX);
    std::vector<double> values;
    double largest = 0;
    bool sawNan = false;
    for (size_t i = 0; i < nargs; ++i) {
        double v = std::fabs(arg(args[i]));
        if (std::isinf(v)) return newFloat(INFINITY);
        sawNan |= std::isnan(v);
        largest = std::max(largest, v);
        values.push_back(v);
    }
    if (sawNan) return newFloat(NAN);
    if (largest == 0) return newFloat(0.0);
    // Scaled by the largest value so the squares neither overflow nor underflow.
    double sum = 0;
    for (double v : values) sum += (v / largest) * (v / largest);
    return newFloat(checked(largest * std::sqrt(sum), largest));
}

Value ldexpFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ldexp", nargs, kw, 2, 2);
    double x = arg(args[0]);
    int64_t e = requireInt64(args[1]);
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    return newFloat(checked(std::ldexp(x, int(e)), x));
}

Value frexpFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("frexp", nargs, kw, 1, 1);
    double x = arg(args[0]);
    int e = 0;
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    return Value(newTuple({newFloat(m), Value::smallInt(e)}));
}

Value modfFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("modf", nargs, kw, 1, 1);
    double x = arg(args[0]);
    double whole = 0;
    double fraction = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
    if (std::isinf(x)) whole = x;
    return Value(newTuple({newFloat(fraction), newFloat(whole)}));
}

Value isclose(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, a);
    double x = arg(a[0]), y = arg(a[1]);
    double relTol = a[2] ? arg(a[2]) : 1e-9, absTol = a[3] ? arg(a[3]) : 0.0;
    if (relTol < 0 || absTol < 0) raiseValueError("tolerances must be non-negative");
    if (x == y) return True();
    if (std::isinf(x) || std::isinf(y)) return False();
    double diff = std::fabs(y - x);
    return boolValue(diff <= std::fabs(relTol * y) || diff <= std::fabs(relTol * x) || diff <= absTol);
}

Value degrees(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("degrees", nargs, kw, 1, 1);
    return newFloat(arg(args[0]) * (180.0 / M_PI));
}

Value radians(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("radians", nargs, kw, 1, 1);
    return newFloat(arg(args[0]) * (M_PI / 180.0));
}

Value requireIntArg(Value v, const char* name) {
    if (!isInt(v)) raiseTypeError("%s() only accepts integral values", name);
    return v == True() || v == False() ? Value::smallInt(v == True()) : v;
}

// lo * (lo + 1) * ... * hi by halves, so that the large products are of similar sizes (Karatsuba
// then does them in far fewer steps than multiplying a growing number by each factor in turn).
Value rangeProduct(int64_t lo, int64_t hi) {
    if (hi - lo < 16) {
        Value result = Value::smallInt(1);
        for (int64_t i = lo; i <= hi; ++i) result = intBinary(BinaryOp::Mul, result, Value::smallInt(i));
        return result;
    }
    int64_t mid = lo + (hi - lo) / 2;
    Value left = rangeProduct(lo, mid);
    return intBinary(BinaryOp::Mul, left, rangeProduct(mid + 1, hi));
}

Value factorial(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("factorial", nargs, kw, 1, 1);
    Value n = requireIntArg(args[0], "factorial");
    if (intIsNegative(n)) raiseValueError("factorial() not defined for negative values");
    int64_t count = requireInt64(n);
    // log2(n!) from lgamma: a result that cannot fit in the heap is refused before the work, which
    // for factorial(2**63 - 1) would otherwise run for ever.
    if (std::lgamma(double(count) + 1) / std::log(2.0) > double(heapCapacityBytes()) * 8) raiseMemoryError();
    return rangeProduct(2, count);
}

Value gcd(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("gcd", nargs, kw, 0, SIZE_MAX);
    Value result = Value::smallInt(0);
    for (size_t i = 0; i < nargs; ++i) {
        Value b = requireIntArg(args[i], "gcd");
        if (intIsNegative(b)) b = intBinary(BinaryOp::Sub, Value::smallInt(0), b);
        Value a = result;
        while (intSign(b) != 0) {
            Value r = intBinary(BinaryOp::Mod, a, b);
            a = b;
            b = r;
        }
        result = a;
    }
    return result;
}

#define UNARY(i) {kUnary[i].name, unary<i>}
const MethodDef functions[] = {
    UNARY(0),  UNARY(1),  UNARY(2),  UNARY(3),  UNARY(4),  UNARY(5),  UNARY(6),
    UNARY(7),  UNARY(8),  UNARY(9),  UNARY(10), UNARY(11), UNARY(12), UNARY(13),
    UNARY(14), UNARY(15), UNARY(16), UNARY(17), UNARY(18), UNARY(19), UNARY(20),
    UNARY(21), UNARY(22), UNARY(23), UNARY(24), UNARY(25), UNARY(26),
    {"atan2", atan2Fn},   {"copysign", copysignFn}, {"degrees", degrees}, {"factorial", factorial},
    {"fmod", fmodFn},     {"frexp", frexpFn},       {"gamma", gammaFn},   {"gcd", gcd},
    {"hypot", hypotFn},   {"isclose", isclose},     {"ldexp", ldexpFn},   {"lgamma", lgammaFn},
    {"log", logFn},       {"modf", modfFn},         {"pow", powFn},       {"radians", radians},
    {nullptr, nullptr},
};
#undef UNARY
static_assert(sizeof kUnary / sizeof kUnary[0] == 27, "every kUnary row is listed in `functions`");

void init(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "e", newFloat(M_E));
    moduleSet(module, "pi", newFloat(M_PI));
    moduleSet(module, "tau", newFloat(2 * M_PI));
    moduleSet(module, "inf", newFloat(INFINITY));
    moduleSet(module, "nan", newFloat(NAN));
}

}  // namespace

void initMathModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
