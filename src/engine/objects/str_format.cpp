// The format-spec mini-language (format(), f-strings, str.format) and printf-style % formatting.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "engine/objects/bytes.h"
#include "engine/objects/dict.h"
#include "engine/objects/format.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

struct Spec {
    uint32_t fill = ' ';
    char align = 0;       // < > ^ =
    char sign = 0;        // + - space
    bool alternate = false;
    bool zero = false;
    int64_t width = -1;
    char grouping = 0;    // , or _
    int64_t precision = -1;
    char type = 0;
};

// Reads the run of decimal digits at s[i] (a width or a precision) and moves i past it; a number
// too big for int64 raises ValueError with `tooBig`, CPython's message for that place.
int64_t readDecimal(std::string_view s, size_t& i, const char* tooBig) {
    int64_t value = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        if (value > (INT64_MAX - 9) / 10) raiseValueError("%s", tooBig);
        value = value * 10 + (s[i++] - '0');
    }
    return value;
}

// printf into a std::string of the size the text needs (a precision can ask for any length).
template <typename... Args>
std::string printed(const char* format, Args... args) {
    int length = std::snprintf(nullptr, 0, format, args...);
    std::string out(size_t(length), '\0');
    std::snprintf(out.data(), out.size() + 1, format, args...);
    return out;
}

Spec parseSpec(std::string_view s) {
    Spec spec;
    size_t i = 0;
    auto isAlign = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
    // fill and align
    if (!s.empty()) {
        // The fill is any one character, so it is read as a code point ('é^9'), and is a fill
        // only when an alignment follows it.
        const char* p = s.data();
        uint32_t first = utf8::next(p);
        size_t firstLen = size_t(p - s.data());
        if (firstLen < s.size() && isAlign(s[firstLen])) {
            spec.fill = first;
            spec.align = s[firstLen];
            i = firstLen + 1;
        } else if (isAlign(s[0])) {
            spec.align = s[0];
            i = 1;
        }
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec.sign = s[i++];
    if (i < s.size() && s[i] == '#') spec.alternate = true, ++i;
    if (i < s.size() && s[i] == '0') spec.zero = true, ++i;
    // A width or a precision is a length the result will have: one no heap could hold is
    // MemoryError here, before a host string of that length is built.
    if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
        spec.width = requireFitsInHeap(readDecimal(s, i, "Too many decimal digits in format string"));
    }
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec.grouping = s[i++];
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) raiseValueError("Format specifier missing precision");
        spec.precision = requireFitsInHeap(readDecimal(s, i, "Too many decimal digits in format string"));
    }
    if (i < s.size()) spec.type = s[i++];
    if (i < s.size()) raiseValueError("Invalid format specifier");
    return spec;
}

std::string groupDigits(const std::string& digits, char separator, size_t every) {
    std::string out;
    size_t n = digits.size();
    for (size_t i = 0; i < n; ++i) {
        out += digits[i];
        size_t left = n - i - 1;
        if (left && left % every == 0) out += separator;
    }
    return out;
}

// With zero padding the separators go into the padding too ('0,000,001' for "08,"): digits are
// prepended until the grouped text is at least `width` long.
bool zeroPadsGroups(const Spec& spec) {
    return spec.grouping && ((spec.zero && !spec.align) || (spec.align == '=' && spec.fill == '0'));
}
std::string groupDigitsPadded(std::string digits, char separator, size_t every, int64_t width) {
    // d digits group into d + (d - 1) / every characters.
    int64_t count = int64_t(digits.size());
    while (count + (count - 1) / int64_t(every) < width) ++count;
    digits.insert(0, size_t(count) - digits.size(), '0');
    return groupDigits(digits, separator, every);
}

// Appends `body` (with its sign/prefix split off as `prefix`) padded to the spec's width.
void padInto(std::string& out, const Spec& spec, std::string_view prefix, std::string_view body, char defaultAlign) {
    char align = spec.align ? spec.align : defaultAlign;
    uint32_t fill = spec.fill;
    if (spec.zero && !spec.align) {
        align = '=';
        fill = '0';
    }
    int64_t padding = 0;
    if (spec.width > 0) {
        size_t length = utf8::countCodePoints(prefix) + utf8::countCodePoints(body);
        padding = spec.width > int64_t(length) ? spec.width - int64_t(length) : 0;
    }
    auto repeat = [&](int64_t n) {
        if (fill < 0x80) return void(out.append(size_t(n), char(fill)));
        std::string fillText;
        utf8::append(fillText, fill);
        for (int64_t i = 0; i < n; ++i) out += fillText;
    };
    switch (align) {
    case '<': out += prefix, out += body, repeat(padding); return;
    case '^': repeat(padding / 2), out += prefix, out += body, repeat(padding - padding / 2); return;
    case '=': out += prefix, repeat(padding), out += body; return;
    default: repeat(padding), out += prefix, out += body; return;
    }
}

std::string pad(const Spec& spec, std::string_view prefix, std::string_view body, char defaultAlign) {
    std::string out;
    padInto(out, spec, prefix, body, defaultAlign);
    return out;
}

std::string signPrefix(const Spec& spec, bool negative) {
    if (negative) return "-";
    if (spec.sign == '+') return "+";
    if (spec.sign == ' ') return " ";
    return "";
}

std::string formatInt(Value v, const Spec& spec, const char* typeName = "int") {
    bool negative = intIsNegative(v);
    Value magnitude = negative ? unaryOp(UnaryOp::Neg, v) : v;
    std::string digits, prefix;
    switch (spec.type) {
    case 'b': digits = intToString(magnitude, 2); if (spec.alternate) prefix = "0b"; break;
    case 'o': digits = intToString(magnitude, 8); if (spec.alternate) prefix = "0o"; break;
    case 'x': digits = intToString(magnitude, 16); if (spec.alternate) prefix = "0x"; break;
    case 'X':
        digits = intToString(magnitude, 16);
        for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
        if (spec.alternate) prefix = "0X";
        break;
    case 'c': {
        int64_t cp = requireInt64(v);
        if (cp < 0 || cp > 0x10FFFF) raiseError(&exc::OverflowError, "%%c arg not in range(0x110000)");
        std::string body;
        utf8::append(body, uint32_t(cp));
        return pad(spec, "", body, '>');   // an int presentation type: right-aligned by default
    }
    case 0:
    case 'd':
    case 'n':
        digits = intToString(magnitude, 10);
        break;
    default:
        raiseValueError("Unknown format code '%c' for object of type '%s'", spec.type, typeName);
    }
    std::string lead = signPrefix(spec, negative) + prefix;
    if (spec.grouping) {
        size_t every = (spec.type == 'b' || spec.type == 'o' || spec.type == 'x' || spec.type == 'X') ? 4 : 3;
        int64_t width = zeroPadsGroups(spec) ? spec.width - int64_t(lead.size()) : 0;
        digits = groupDigitsPadded(digits, spec.grouping, every, width);
    }
    return pad(spec, lead, digits, '>');
}

// formatInt appended to `out`, a small int in decimal without building its text twice.
void formatIntInto(std::string& out, Value v, const Spec& spec) {
    if (!v.isSmallInt() || spec.grouping || (spec.type && spec.type != 'd' && spec.type != 'n')) {
        out += formatInt(v, spec);
        return;
    }
    int64_t n = v.smallInt();
    char digits[24];
    size_t count = formatDecimal(digits, n < 0 ? -n : n);   // small ints: -n cannot overflow
    char sign = n < 0 ? '-' : spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : 0;
    padInto(out, spec, std::string_view(&sign, sign ? 1 : 0), std::string_view(digits, count), '>');
}

// A float with a precision and no type, as CPython writes it: as 'g', except that it never looks
// like an int. A digit follows the point ('1.0' where 'g' writes '1'), and where the integer part
// would take every significant digit an exponent is written instead (format(1.5, '.1') is
// '2e+00' and format(12.0, '.2') '1.2e+01', where 'g' writes '2' and '12').
std::string formatNoType(double a, int precision, bool alternate) {
    std::string body = printed(alternate ? "%#.*g" : "%.*g", precision, a);
    if (body.find('e') != std::string::npos) return body;
    size_t point = body.find('.');
    size_t integerDigits = a == 0 ? 1 : body[0] == '0' ? 0 : point == std::string::npos ? body.size() : point;
    if (integerDigits < size_t(precision)) return point == std::string::npos ? body + ".0" : body;
    body = printed(alternate ? "%#.*e" : "%.*e", precision - 1, a);
    size_t e = body.find('e'), end = e;
    if (!alternate && body.find('.') < e) {   // 'g' drops trailing zeros, the point with them
        while (body[end - 1] == '0') --end;
        if (body[end - 1] == '.') --end;
        body.erase(end, e - end);
    }
    return body;
}

std::string formatFloat(double d, Spec spec) {
    char type = spec.type;
    bool negative = std::signbit(d) && !std::isnan(d);
    double a = std::fabs(d);
    if (type == '%') a *= 100;   // before the inf test: 1e308 as a percentage is inf%
    std::string body;
    if (std::isinf(a) || std::isnan(a)) {
        body = std::isnan(a) ? "nan" : "inf";
        if (type == 'E' || type == 'F' || type == 'G') body = std::isnan(a) ? "NAN" : "INF";
        if (type == '%') body += '%';
        return pad(spec, signPrefix(spec, negative), body, '>');   // zero padding too, as CPython's
    }
    int precision = spec.precision < 0 ? 6 : int(spec.precision);
    if (type == 0 && spec.precision < 0) {
        body = floatRepr(a);
    } else if (type == 0 || type == 'g' || type == 'G' || type == 'n') {
        if (precision == 0) precision = 1;   // as C's %g: at least one significant digit
        body = type == 0 ? formatNoType(a, precision, spec.alternate)
                         : printed(spec.alternate ? "%#.*g" : "%.*g", precision, a);
        if (type == 'G') for (char& c : body) c = char(std::toupper(static_cast<unsigned char>(c)));
    } else if (type == 'e' || type == 'E') {
        body = printed(spec.alternate ? "%#.*e" : "%.*e", precision, a);
        if (type == 'E') for (char& c : body) c = char(std::toupper(static_cast<unsigned char>(c)));
    } else if (type == 'f' || type == 'F' || type == '%') {
        if (a >= 1e50) {
            std::string whole = intToString(intFromDouble(std::floor(a)));
            body = whole + printed("%.*f", precision, a - std::floor(a)).substr(1);
        } else {
            body = printed(spec.alternate ? "%#.*f" : "%.*f", precision, a);
        }
        if (type == '%') body += '%';
    } else {
        raiseValueError("Unknown format code '%c' for object of type 'float'", type);
    }
    std::string lead = signPrefix(spec, negative);
    if (spec.grouping) {
        size_t end = body.find_first_of(".eE%");
        std::string whole = body.substr(0, end);
        std::string rest = end == std::string::npos ? "" : body.substr(end);
        int64_t width = zeroPadsGroups(spec) ? spec.width - int64_t(lead.size() + rest.size()) : 0;
        body = groupDigitsPadded(whole, spec.grouping, 3, width) + rest;
    }
    return pad(spec, lead, body, '>');
}

// format(z, spec) as CPython writes complex numbers: with a presentation type both parts are
// formatted with it and no parentheses ('1.00+2.00j'); without one, as repr (parentheses, no real
// part when it is +0, no ".0") unless a precision asks for 'g'. Width and alignment apply to the
// whole; zero padding and '=' are refused, as in CPython.
std::string formatComplex(double re, double im, const Spec& spec) {
    if (spec.type && !std::strchr("eEfFgGn", spec.type))
        raiseValueError("Unknown format code '%c' for object of type 'complex'", spec.type);
    if (spec.zero) raiseValueError("Zero padding is not allowed in complex format specifier");
    if (spec.align == '=') raiseValueError("'=' alignment flag is not allowed in complex format specifier");
    Spec part = spec;
    part.width = -1;
    part.align = 0;
    bool reprStyle = spec.type == 0 && spec.precision < 0;
    if (spec.type == 0 && spec.precision >= 0) part.type = 'g';
    auto text = [&](double d, char sign) {
        Spec one = part;
        one.sign = sign;
        std::string out = formatFloat(d, one);
        if (reprStyle && out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
        return out;
    };
    bool skipReal = spec.type == 0 && re == 0 && !std::signbit(re);
    // The imaginary part carries its sign after a real part, the spec's sign when it stands alone.
    std::string body = skipReal ? text(im, spec.sign) + 'j' : text(re, spec.sign) + text(im, '+') + 'j';
    if (spec.type == 0 && !skipReal) body = '(' + body + ')';
    return pad(spec, "", body, '>');
}

std::string formatStr(std::string_view text, const Spec& spec) {
    if (spec.type && spec.type != 's') raiseValueError("Unknown format code '%c' for object of type 'str'", spec.type);
    if (spec.sign) raiseValueError("Sign not allowed in string format specifier");
    if (spec.align == '=') raiseValueError("'=' alignment not allowed in string format specifier");
    if (spec.grouping) raiseValueError("Cannot specify '%c' with 's'.", spec.grouping);
    std::string body(text);
    if (spec.precision >= 0) body = body.substr(0, strByteOffset(newStr(text), std::min<size_t>(size_t(spec.precision), utf8::countCodePoints(text))));
    return pad(spec, "", body, '<');
}

// The built-in rules, without looking for a __format__ of the program's. An empty spec is str(),
// which runs a subclass's own __str__, as CPython's int/float/str/complex __format__ do.
Value formatBuiltin(Value v, StrObject* specObject) {
    Type* t = typeOf(v);
    std::string_view specText = specObject->view();
    if (specText.empty()) return Value(str(v));
    if (isInt(v) && t != &boolType) {
        Spec spec = parseSpec(specText);
        if (spec.type && std::strchr("eEfFgG%", spec.type)) return Value(newStr(formatFloat(intToDouble(v), spec)));
        std::string out;
        formatIntInto(out, v, spec);
        return Value(newStr(out));
    }
    if (t == &boolType || isSubtype(t, &boolType)) {
        // As CPython: the name without a spec, else the number 1 or 0 (bool's __format__ is int's).
        Spec spec = parseSpec(specText);
        if (spec.type && std::strchr("eEfFgG%", spec.type)) return Value(newStr(formatFloat(v == True(), spec)));
        return Value(newStr(formatInt(Value::smallInt(v == True()), spec, "bool")));
    }
    if (isFloat(v)) return Value(newStr(formatFloat(floatValue(v), parseSpec(specText))));
    if (isInstance(v, &complexType)) {
        auto* c = v.as<ComplexObject>();
        return Value(newStr(formatComplex(c->real, c->imag, parseSpec(specText))));
    }
    if (isStr(v)) return Value(newStr(formatStr(strView(v), parseSpec(specText))));
    raiseTypeError("unsupported format string passed to %s.__format__", typeName(v));
}

}  // namespace

Value formatObject(Value v, StrObject* specObject) {
    Type* t = typeOf(v);
    if (t->isHeapType()) {
        Value f = lookupType(t, names::__format__);
        if (f && typeOf(f) == &functionType) {
            Value r = call2(f, v, Value(specObject));
            if (!isStr(r)) raiseTypeError("__format__ must return a str, not %s", typeName(r));
            return r;
        }
    }
    return formatBuiltin(v, specObject);
}

Value builtinFormatMethod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("__format__", nargs, kw, 2, 2);
    return formatBuiltin(args[0], requireStr(args[1], "format spec"));
}

Value asciiOf(Value v) {
    std::string text = reprString(v);
    std::string out;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        uint32_t cp = utf8::next(p);
        char buf[16];
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp), out += buf;
        else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp), out += buf;
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp), out += buf;
    }
    return Value(newStr(out));
}

// ---- str.format ----

namespace {

Value resolveField(std::string_view field, const Value* args, size_t nargs, TupleObject* kwnames, size_t& autoIndex,
                   int& numbering) {
    size_t end = field.find_first_of(".[");
    std::string_view head = field.substr(0, end);
    Value v;
    if (head.empty() || std::isdigit(static_cast<unsigned char>(head[0]))) {
        size_t index;
        if (head.empty()) {
            if (numbering == 2) raiseValueError("cannot switch from manual field specification to automatic field numbering");
            numbering = 1;
            index = autoIndex++;
        } else {
            if (numbering == 1) raiseValueError("cannot switch from automatic field numbering to manual field specification");
            numbering = 2;
            size_t at = 0;
            index = size_t(readDecimal(head, at, "Too many decimal digits in format string"));
        }
        if (index >= nargs) raiseError(&exc::IndexError, "Replacement index %zu out of range for positional args tuple", index);
        v = args[index];
    } else {
        size_t nkw = kwnames ? kwnames->size : 0;
        for (size_t k = 0; k < nkw && !v; ++k)
            if (asStr(kwnames->items[k])->view() == head) v = args[nargs + k];
        if (!v) raiseWithValue(&exc::KeyError, Value(newStr(head)));
    }
    while (end != std::string_view::npos && end < field.size()) {
        if (field[end] == '.') {
            size_t next = field.find_first_of(".[", end + 1);
            v = getAttr(v, intern(field.substr(end + 1, next == std::string_view::npos ? std::string_view::npos : next - end - 1)));
            end = next;
        } else {
            size_t close = field.find(']', end);
            if (close == std::string_view::npos) raiseValueError("Missing ']' in format string");
            std::string_view key = field.substr(end + 1, close - end - 1);
            bool numeric = !key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos;
            size_t at = 0;
            v = getItem(v, numeric ? makeInt(readDecimal(key, at, "Too many decimal digits in format string"))
                                   : Value(newStr(key)));
            end = close + 1;
            if (end < field.size() && field[end] != '.' && field[end] != '[') raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

// out += format(v, spec); small ints and exact strs directly, without the str of the spec and
// of the result that formatObject makes (neither has a __format__ of the program's).
void appendFormatted(std::string& out, Value v, const std::string& spec) {
    if (v.isSmallInt()) {
        Spec parsed = parseSpec(spec);
        if (!parsed.type || !std::strchr("eEfFgG%", parsed.type)) return formatIntInto(out, v, parsed);
    } else if (spec.empty() && isExactStr(v)) {
        out += strView(v);
        return;
    }
    out += strView(formatObject(v, newStr(spec)));
}

std::string formatWith(std::string_view format, const Value* args, size_t nargs, TupleObject* kwnames, size_t& autoIndex,
                       int& numbering, int depth) {
    if (depth > 2) raiseValueError("Max string recursion exceeded");
    std::string out;
    size_t i = 0;
    while (i < format.size()) {
        char c = format[i];
        if (c == '}') {
            if (i + 1 < format.size() && format[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            raiseValueError("Single '}' encountered in format string");
        }
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        // {field!conversion:spec}
        size_t start = ++i;
        int nest = 0;
        while (i < format.size() && (format[i] != '}' || nest > 0)) {
            if (format[i] == '{') ++nest;
            else if (format[i] == '}') --nest;
            ++i;
        }
        if (i >= format.size()) raiseValueError("Single '{' encountered in format string");
        std::string_view inner = format.substr(start, i - start);
        ++i;
        size_t colon = std::string_view::npos, bang = std::string_view::npos;
        int bracket = 0;
        for (size_t k = 0; k < inner.size(); ++k) {
            if (inner[k] == '[') ++bracket;
            else if (inner[k] == ']') --bracket;
            else if (bracket == 0 && inner[k] == '!' && bang == std::string_view::npos && colon == std::string_view::npos) bang = k;
            else if (bracket == 0 && inner[k] == ':') {
                colon = k;
                break;
            }
        }
        std::string_view field = inner.substr(0, std::min(bang, colon));
        char conversion = 0;
        if (bang != std::string_view::npos) {
            if (bang + 1 >= inner.size() || (colon != std::string_view::npos && colon != bang + 2) ||
                (colon == std::string_view::npos && bang + 2 != inner.size()))
                raiseValueError("expected ':' after conversion specifier");
            conversion = inner[bang + 1];
        }
        // The field takes its automatic number before the fields nested in its spec.
        Value v = resolveField(field, args, nargs, kwnames, autoIndex, numbering);
        std::string spec = colon == std::string_view::npos
                               ? std::string()
                               : formatWith(inner.substr(colon + 1), args, nargs, kwnames, autoIndex, numbering, depth + 1);
        if (conversion == 'r') v = Value(repr(v));
        else if (conversion == 's') v = Value(str(v));
        else if (conversion == 'a') v = asciiOf(v);
        else if (conversion) raiseValueError("Unknown conversion specifier %c", conversion);
        appendFormatted(out, v, spec);
    }
    return out;
}

}  // namespace

Value strFormatMethod(const Value* args, size_t nargs, TupleObject* kwnames) {
    StrObject* format = requireStr(args[0], "format");
    size_t autoIndex = 0;
    int numbering = 0;
    return Value(newStr(formatWith(format->view(), args + 1, nargs - 1, kwnames, autoIndex, numbering, 0)));
}

// ---- % formatting ----

namespace {

// %s, %b, %r, %a and %c of bytes formatting: bytes-like values and ASCII text, never str.
std::string bytesConversion(char type, Value v) {
    if (type == 's' || type == 'b') {
        Buffer b;
        if (!getBuffer(v, b))
            raiseTypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(v));
        return std::string(reinterpret_cast<const char*>(b.data), b.size);
    }
    if (type == 'r' || type == 'a') return std::string(strView(asciiOf(v)));
    Buffer b;
    if (!isInt(v) && getBuffer(v, b)) {
        if (b.size != 1) raiseTypeError("%%c requires an integer in range(256) or a single byte");
        return std::string(1, char(b.data[0]));
    }
    if (!isInt(v)) raiseTypeError("%%c requires an integer in range(256) or a single byte");
    int64_t n;
    if (!intToInt64(v, n) || n < 0 || n > 255) raiseError(&exc::OverflowError, "%%c arg not in range(256)");
    return std::string(1, char(n));
}

// Width and precision of bytes formatting count bytes, not code points.
std::string padBytes(std::string text, const Spec& spec) {
    if (spec.precision >= 0 && size_t(spec.precision) < text.size()) text.resize(size_t(spec.precision));
    if (spec.width <= int64_t(text.size())) return text;
    std::string fill(size_t(spec.width) - text.size(), ' ');
    return spec.align == '<' ? text + fill : fill + text;
}

}  // namespace

// printf-style formatting of str (forBytes false) or of bytes and bytearray (true: the format is
// bytes, %s/%b take bytes-like values, %r/%a give ASCII, %c a byte), as CPython's PEP 461.
std::string percentFormat(std::string_view format, Value argsValue, bool forBytes) {
    bool isTuple = isInstance(argsValue, &tupleType);
    const Value* args = isTuple ? asTuple(argsValue)->items : &argsValue;
    size_t nargs = isTuple ? asTuple(argsValue)->size : 1;
    bool mapping = !isTuple && (isInstance(argsValue, &dictType));
    size_t next = 0;
    auto nextArg = [&]() -> Value {
        if (next >= nargs) raiseTypeError("not enough arguments for format string");
        return args[next++];
    };
    std::string out;
    for (size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c != '%') {
            out += c;
            continue;
        }
        if (++i >= format.size()) raiseValueError("incomplete format");
        Value key;
        if (format[i] == '(') {
            size_t close = format.find(')', i);
            if (close == std::string_view::npos) raiseValueError("incomplete format key");
            if (!mapping) raiseTypeError("format requires a mapping");
            std::string_view name = format.substr(i + 1, close - i - 1);
            key = getItem(argsValue, forBytes ? Value(newBytes(name.data(), name.size())) : Value(newStr(name)));
            i = close + 1;
        }
        Spec spec;
        spec.align = '>';
        while (i < format.size() && std::strchr("-+ #0", format[i])) {
            switch (format[i]) {
            case '-': spec.align = '<'; break;
            case '+': spec.sign = '+'; break;
            case ' ': if (!spec.sign) spec.sign = ' '; break;
            case '#': spec.alternate = true; break;
            case '0': spec.zero = true; break;
            }
            ++i;
        }
        if (i < format.size() && format[i] == '*') {
            int64_t width = requireInt64(nextArg());
            if (width < 0) {
                spec.align = '<';   // a negative width left-aligns
                width = width == INT64_MIN ? INT64_MAX : -width;   // -2**63 cannot be negated
            }
            spec.width = requireFitsInHeap(width);
            ++i;
        } else {
            if (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])))
                spec.width = requireFitsInHeap(readDecimal(format, i, "width too big"));
        }
        if (i < format.size() && format[i] == '.') {
            ++i;
            spec.precision = 0;
            if (i < format.size() && format[i] == '*') {
                spec.precision = std::max<int64_t>(0, requireFitsInHeap(requireInt64(nextArg())));
                ++i;
            } else {
                spec.precision = requireFitsInHeap(readDecimal(format, i, "precision too big"));
            }
        }
        while (i < format.size() && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L')) ++i;
        if (i >= format.size()) raiseValueError("incomplete format");
        char type = format[i];
        if (type == '%') {
            out += '%';
            continue;
        }
        if (spec.align == '<') spec.zero = false;
        Value v = key ? key : nextArg();
        switch (type) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
            if (type == 'b' && !forBytes) raiseValueError("unsupported format character 'b' (0x62) at index %zu", i);
            if (forBytes) {
                out += padBytes(bytesConversion(type, v), spec);
                break;
            }
            if (type == 's' && isExactStr(v) && spec.width < 0 && spec.precision < 0) {
                out += strView(v);   // the usual %s: no copy of the text in between
                break;
            }
            std::string text = type == 's' ? strString(v) : type == 'r' ? reprString(v) : std::string(strView(asciiOf(v)));
            Spec s = spec;
            s.zero = false;
            s.sign = 0;
            out += formatStr(text, s);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            Value n = v;
            bool decimal = type == 'd' || type == 'i' || type == 'u';
            if (isFloat(v) && decimal) n = intFromDouble(std::trunc(floatValue(v)));
            else if (!isInt(v) && decimal && (n = callSpecialOrNull(v, names::__int__))) {
                // An object with __int__ formats as that int (CPython and MicroPython both).
                if (!isInt(n)) raiseTypeError("__int__ returned non-int (type %s)", typeName(n));
            } else if (!(n = indexOrNull(v))) {
                if (decimal) raiseTypeError("%%%c format: a real number is required, not %s", type, typeName(v));
                raiseTypeError("%%%c format: an integer is required, not %s", type, typeName(v));
            }
            Spec s = spec;
            s.type = (type == 'i' || type == 'u') ? 'd' : type;
            if (s.precision >= 0) {
                // Precision on ints means a minimum number of digits.
                std::string digits = formatInt(intIsNegative(n) ? unaryOp(UnaryOp::Neg, n) : n, Spec{.type = s.type});
                if (int64_t(digits.size()) < s.precision) digits.insert(0, size_t(s.precision - int64_t(digits.size())), '0');
                std::string prefix = signPrefix(s, intIsNegative(n));
                if (s.alternate && (type == 'x' || type == 'X' || type == 'o')) prefix += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                s.zero = false;
                out += pad(s, prefix, digits, '>');
            } else {
                if (s.zero) s.align = 0;
                formatIntInto(out, n, s);
            }
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d = requireDouble(v);
            Spec s = spec;
            s.type = type;
            if (s.zero) s.align = 0;
            out += formatFloat(d, s);
            break;
        }
        case 'c': {
            std::string text;
            if (forBytes) {
                out += padBytes(bytesConversion(type, v), spec);
                break;
            }
            if (isStr(v)) {
                if (asStr(v)->length() != 1) raiseTypeError("%%c requires int or char");
                text = std::string(strView(v));
            } else {
                int64_t cp = requireInt64(v);
                if (cp < 0 || cp > 0x10FFFF) raiseError(&exc::OverflowError, "%%c arg not in range(0x110000)");
                utf8::append(text, uint32_t(cp));
            }
            Spec s = spec;
            s.zero = false;
            out += formatStr(text, s);
            break;
        }
        default:
            raiseValueError("unsupported format character '%c' (0x%x) at index %zu", type, unsigned(type), i);
        }
    }
    if (!mapping && next < nargs) {
        raiseTypeError(forBytes ? "not all arguments converted during bytes formatting"
                                : "not all arguments converted during string formatting");
    }
    return out;
}

Value strPercentFormat(StrObject* format, Value args) { return Value(newStr(percentFormat(format->view(), args, false))); }

}  // namespace pyfw::engine
