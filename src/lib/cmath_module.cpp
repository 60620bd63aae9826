// cmath: the functions of MicroPython's cmath (e, pi, phase, polar, rect, exp, log, log10, sqrt,
// cos, sin) over complex numbers; an int or a float argument is a complex with no imaginary part.
#include <cmath>
#include <complex>

#include "engine/native.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

using Complex = std::complex<double>;

Complex requireComplex(Value v) {
    if (isInstance(v, &complexType)) {
        auto* c = v.as<ComplexObject>();
        return {c->real, c->imag};
    }
    if (isStr(v)) raiseTypeError("must be real number, not str");
    return {requireDouble(v), 0};
}

Value fromComplex(Complex c) { return newComplex(c.real(), c.imag()); }

Complex argument(const char* name, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs(name, nargs, kw, 1, 1);
    return requireComplex(args[0]);
}

Value phase(const Value* args, size_t nargs, TupleObject* kw) { return newFloat(std::arg(argument("phase", args, nargs, kw))); }

Value polar(const Value* args, size_t nargs, TupleObject* kw) {
    Complex z = argument("polar", args, nargs, kw);
    return Value(newTuple({newFloat(std::hypot(z.real(), z.imag())), newFloat(std::arg(z))}));
}

Value rect(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rect", nargs, kw, 2, 2);
    double r = requireDouble(args[0]), phi = requireDouble(args[1]);
    return newComplex(r * std::cos(phi), r * std::sin(phi));
}

// log(0) is a math domain error in CPython's cmath (the C library would give -inf).
Complex checkedLog(Complex z) {
    if (z == Complex(0, 0)) raiseValueError("math domain error");
    return std::log(z);
}

Value exp(const Value* args, size_t nargs, TupleObject* kw) { return fromComplex(std::exp(argument("exp", args, nargs, kw))); }
Value log(const Value* args, size_t nargs, TupleObject* kw) { return fromComplex(checkedLog(argument("log", args, nargs, kw))); }
Value log10(const Value* args, size_t nargs, TupleObject* kw) {
    return fromComplex(checkedLog(argument("log10", args, nargs, kw)) / std::log(10.0));
}
Value sqrt(const Value* args, size_t nargs, TupleObject* kw) { return fromComplex(std::sqrt(argument("sqrt", args, nargs, kw))); }
// By their real and imaginary parts, so the signs of zero parts are CPython's (cos(3) is (-0.98...-0j)).
Value cos(const Value* args, size_t nargs, TupleObject* kw) {
    Complex z = argument("cos", args, nargs, kw);
    double x = z.real(), y = z.imag();
    return newComplex(std::cos(x) * std::cosh(y), -(std::sin(x) * std::sinh(y)));
}
Value sin(const Value* args, size_t nargs, TupleObject* kw) {
    Complex z = argument("sin", args, nargs, kw);
    double x = z.real(), y = z.imag();
    return newComplex(std::sin(x) * std::cosh(y), std::cos(x) * std::sinh(y));
}

const MethodDef functions[] = {
    {"cos", cos},     {"exp", exp},   {"log", log}, {"log10", log10}, {"phase", phase},
    {"polar", polar}, {"rect", rect}, {"sin", sin}, {"sqrt", sqrt},   {nullptr, nullptr},
};

}  // namespace

void initCmathModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "e", newFloat(M_E));
    moduleSet(module, "pi", newFloat(M_PI));
}

}  // namespace pyfw::lib
