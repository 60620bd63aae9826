// complex: two doubles, with CPython's arithmetic (Smith's division, exact integer powers by
// repeated squaring) so results agree to the last bit, and its repr ("(1+2j)", "1j", "(-0-1j)").
// Enabled in Pycom's 1.17.2 port configuration (MICROPY_PY_BUILTINS_COMPLEX), as is cmath.
#include <cmath>
#include <string>

#include "engine/objects/format.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

struct Pair {
    double re, im;
};

Pair pairOf(Value v) {
    auto* c = v.as<ComplexObject>();
    return {c->real, c->imag};
}

Value fromPair(Pair p) { return newComplex(p.re, p.im); }

Pair product(Pair a, Pair b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b scaled by the larger part of b, so neither overflows where the quotient does not.
Pair quotient(Pair a, Pair b) {
    double absRe = std::fabs(b.re), absIm = std::fabs(b.im);
    if (absRe == 0 && absIm == 0) raiseError(&exc::ZeroDivisionError, "complex division by zero");
    if (absRe >= absIm) {
        double ratio = b.im / b.re, denominator = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denominator, (a.im - a.re * ratio) / denominator};
    }
    if (absIm >= absRe) {
        double ratio = b.re / b.im, denominator = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denominator, (a.im * ratio - a.re) / denominator};
    }
    return {NAN, NAN};   // a part of b is nan
}

Pair powerUnsigned(Pair x, long n) {
    Pair r{1, 0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = product(r, p);
        p = product(p, p);
    }
    return r;
}

Pair power(Pair a, Pair b) {
    // Small integer exponents multiply, as CPython does, so (1+1j)**2 is exactly 2j.
    if (b.im == 0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100) {
        long n = long(b.re);
        return n >= 0 ? powerUnsigned(a, n) : quotient({1, 0}, powerUnsigned(a, -n));
    }
    if (b.re == 0 && b.im == 0) return {1, 0};
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) raiseError(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
        return {0, 0};
    }
    double length = std::hypot(a.re, a.im);
    double angle = std::atan2(a.im, a.re);
    double magnitude = std::pow(length, b.re), phase = angle * b.re;
    if (b.im != 0) {
        magnitude /= std::exp(angle * b.im);
        phase += b.im * std::log(length);
    }
    return {magnitude * std::cos(phase), magnitude * std::sin(phase)};
}

// An operand as a complex: ints and floats have no imaginary part.
bool toPair(Value v, Pair& out) {
    if (isInstance(v, &complexType)) return out = pairOf(v), true;
    double d;
    if (!toDouble(v, d)) return false;
    out = {d, 0};
    return true;
}

Value complexBinary(BinaryOp op, Value self, Value other, bool reflected) {
    Pair a = pairOf(self), b;
    if (!toPair(other, b)) return NotImplemented();
    if (reflected) std::swap(a, b);
    switch (op) {
    case BinaryOp::Add: return fromPair({a.re + b.re, a.im + b.im});
    case BinaryOp::Sub: return fromPair({a.re - b.re, a.im - b.im});
    case BinaryOp::Mul: return fromPair(product(a, b));
    case BinaryOp::TrueDiv: return fromPair(quotient(a, b));
    case BinaryOp::Pow: {
        Pair p = power(a, b);
        if (std::isinf(p.re) || std::isinf(p.im))
            if (std::isfinite(a.re) && std::isfinite(a.im) && std::isfinite(b.re) && std::isfinite(b.im))
                raiseError(&exc::OverflowError, "complex exponentiation");
        return fromPair(p);
    }
    case BinaryOp::Eq: return boolValue(a.re == b.re && a.im == b.im);
    case BinaryOp::Ne: return boolValue(a.re != b.re || a.im != b.im);
    default: return NotImplemented();   // complex numbers are not ordered and have no floor
    }
}

Value complexUnary(UnaryOp op, Value self) {
    Pair p = pairOf(self);
    switch (op) {
    case UnaryOp::Neg: return newComplex(-p.re, -p.im);
    case UnaryOp::Pos: return newComplex(p.re, p.im);
    case UnaryOp::Abs: {
        double r = std::hypot(p.re, p.im);
        if (std::isinf(r) && std::isfinite(p.re) && std::isfinite(p.im))
            raiseError(&exc::OverflowError, "absolute value too large");
        return newFloat(r);
    }
    default: return Value();
    }
}

// A part as CPython writes it inside a complex: the float's repr without a trailing ".0".
std::string partText(double d) {
    std::string s = floatRepr(d);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

void complexPrint(std::string& out, Value self, PrintKind) {
    Pair p = pairOf(self);
    if (p.re == 0 && !std::signbit(p.re)) {
        out += partText(p.im);
        out += 'j';
        return;
    }
    std::string imag = partText(p.im);
    out += '(';
    out += partText(p.re);
    if (imag[0] != '-') out += '+';
    out += imag;
    out += "j)";
}

int64_t partHash(double d) {
    if (d == std::floor(d) && std::fabs(d) < 4e18) return hashInt(makeInt(int64_t(d)));
    return hashDouble(d);
}

// As CPython: equal to the hash of the real part when there is no imaginary one.
int64_t complexHash(Value self) {
    Pair p = pairOf(self);
    uint64_t h = uint64_t(partHash(p.re)) + 1000003ull * uint64_t(partHash(p.im));
    int64_t r = int64_t(h);
    return r == -1 ? -2 : r;
}

bool complexTruthy(Value self) {
    Pair p = pairOf(self);
    return p.re != 0 || p.im != 0;
}

// complex("1+2j"), complex("-3.5j"), complex(" (2-1j) "): a real part, an imaginary part, or both.
bool parseComplex(std::string_view text, Pair& out) {
    text = withoutSpace(text);
    if (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = text.substr(1, text.size() - 2);
    if (text.empty()) return false;
    bool ok;
    if (text.back() != 'j' && text.back() != 'J') {
        out = {parseFloat(text, ok), 0};
        return ok && text.find_first_of(" \t()") == std::string_view::npos;
    }
    text.remove_suffix(1);
    // The sign that starts the imaginary part: the last + or - not at the start nor after an 'e'.
    size_t split = std::string_view::npos;
    for (size_t i = text.size(); i-- > 1;)
        if ((text[i] == '+' || text[i] == '-') && text[i - 1] != 'e' && text[i - 1] != 'E') {
            split = i;
            break;
        }
    std::string_view realText = split == std::string_view::npos ? std::string_view() : text.substr(0, split);
    std::string_view imagText = split == std::string_view::npos ? text : text.substr(split);
    double re = 0, im;
    if (!realText.empty()) {
        re = parseFloat(realText, ok);
        if (!ok) return false;
    }
    if (imagText == "+" || imagText == "-" || imagText.empty()) im = imagText == "-" ? -1 : 1;
    else {
        im = parseFloat(imagText, ok);
        if (!ok) return false;
    }
    out = {re, im};
    return text.find_first_of(" \t()") == std::string_view::npos;
}

Pair requirePart(Value v, const char* which) {
    Pair p;
    if (toPair(v, p)) return p;
    if (isStr(v)) raiseTypeError("complex() %s argument must not be a string", which);
    return {requireDouble(v), 0};
}

Value makeOf(Type* cls, Pair p) {
    if (cls == &complexType) return fromPair(p);
    auto* c = static_cast<ComplexObject*>(allocateBytes(cls->instanceSize));   // a class of the program
    c->type = cls;
    c->real = p.re;
    c->imag = p.im;
    return Value(c);
}

Value complexMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    Value a[2];
    parseArgs("complex", args, nargs, kwnames, {"real", "imag"}, 0, a);
    if (a[0] && isStr(a[0])) {
        Pair p;
        if (a[1]) raiseTypeError("complex() can't take second arg if first is a string");
        if (!parseComplex(strView(a[0]), p)) raiseValueError("complex() arg is a malformed string");
        return makeOf(cls, p);
    }
    Pair re = a[0] ? requirePart(a[0], "first") : Pair{0, 0};
    Pair im = a[1] ? requirePart(a[1], "second") : Pair{0, 0};
    // complex(a, b) is a + b*1j, whatever a and b are; a part that is not complex is taken as it
    // is, so complex(1, -0.0) keeps its negative zero (0.0 + -0.0 would be 0.0).
    bool reComplex = a[0] && isInstance(a[0], &complexType), imComplex = a[1] && isInstance(a[1], &complexType);
    double real = imComplex ? re.re - im.im : re.re;
    double imag = reComplex ? re.im + im.re : im.re;
    return makeOf(cls, {real, imag});
}

Value complexConjugate(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("conjugate", nargs, kw, 1, 1);
    Pair p = pairOf(args[0]);
    return newComplex(p.re, -p.im);
}

Value complexReal(Value self) { return newFloat(pairOf(self).re); }
Value complexImag(Value self) { return newFloat(pairOf(self).im); }

const MethodDef complexMethods[] = {{"__format__", builtinFormatMethod}, {"conjugate", complexConjugate}, {nullptr, nullptr}};
const AttrDef complexAttrs[] = {{"real", complexReal}, {"imag", complexImag}, {nullptr, nullptr}};

void traceNothing(Object*, Tracer&) {}

}  // namespace

Value newComplex(double real, double imag) {
    auto* c = static_cast<ComplexObject*>(allocateBytes(sizeof(ComplexObject)));
    c->type = &complexType;
    c->real = real;
    c->imag = imag;
    return Value(c);
}

Type complexType{TypeSpec{
    .name = "complex",
    .instanceSize = sizeof(ComplexObject),
    .flags = kTypeBaseType,
    .trace = traceNothing,
    .print = complexPrint,
    .hash = complexHash,
    .make = complexMake,
    .binary = complexBinary,
    .unary = complexUnary,
    .truthy = complexTruthy,
    .methods = complexMethods,
    .attrs = complexAttrs,
    .binaryMethods = operators(BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::TrueDiv, BinaryOp::Pow),
    .reflectedMethods = operators(BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::TrueDiv, BinaryOp::Pow),
    .unaryMethods = operators(UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Abs),
}};

}  // namespace pyfw::engine
