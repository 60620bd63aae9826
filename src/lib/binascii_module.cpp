// ubinascii (also `binascii`): hexlify (with an optional separator), unhexlify, a2b_base64,
// b2a_base64, crc32. Errors are ValueError, as in MicroPython (there is no binascii.Error).
#include <string>
#include <string_view>

#include "base/base64.h"
#include "base/crc32.h"
#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"
#include "lib/int_bits.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

// The bytes of a str (its UTF-8) or of any bytes-like value.
std::string_view textOrBytes(Value v, const char* what) {
    if (isStr(v)) return strView(v);
    Buffer b = requireBuffer(v, what);
    return {reinterpret_cast<const char*>(b.data), b.size};
}

Value hexlify(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hexlify", nargs, kw, 1, 2);
    Buffer data = requireBuffer(args[0], "hexlify");
    std::string sep(nargs > 1 && args[1] != None() ? textOrBytes(args[1], "hexlify") : std::string_view());
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size * (2 + sep.size()));
    for (size_t i = 0; i < data.size; ++i) {
        if (i) out += sep;
        out += kDigits[data.data[i] >> 4];
        out += kDigits[data.data[i] & 15];
    }
    return Value(newBytes(out.data(), out.size()));
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Value unhexlify(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("unhexlify", nargs, kw, 1, 1);
    std::string_view text = textOrBytes(args[0], "unhexlify");
    if (text.size() % 2) raiseValueError("odd-length string");
    BytesObject* out = allocateBytesObject(text.size() / 2);
    for (size_t i = 0; i < text.size(); i += 2) {
        int hi = hexDigit(text[i]), lo = hexDigit(text[i + 1]);
        if (hi < 0 || lo < 0) raiseValueError("non-hex digit found");
        out->data[i / 2] = uint8_t(hi << 4 | lo);
    }
    return Value(out);
}

// Characters outside the alphabet (newlines, spaces) are skipped; the data must end on a whole
// byte, with the '=' padding a partial last group needs.
Value a2bBase64(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("a2b_base64", nargs, kw, 1, 1);
    std::string_view text = textOrBytes(args[0], "a2b_base64");
    std::string out;
    out.reserve(text.size() / 4 * 3 + 3);
    uint32_t bits = 0;
    size_t digits = 0, padding = 0;
    for (char c : text) {
        if (c == '=') {
            size_t needed = digits % 4 == 2 ? 2 : digits % 4 == 3 ? 1 : 0;
            if (needed && ++padding >= needed) break;
            continue;
        }
        int d = base::base64DigitValue(c);
        if (d < 0) continue;
        if (padding) raiseValueError("incorrect padding");
        bits = bits << 6 | uint32_t(d);
        if (++digits % 4 == 0) {
            out += char(bits >> 16);
            out += char(bits >> 8);
            out += char(bits);
            bits = 0;
        }
    }
    switch (digits % 4) {
    case 1: raiseValueError("incorrect padding");
    case 2:
        if (padding < 2) raiseValueError("incorrect padding");
        out += char(bits >> 4);
        break;
    case 3:
        if (padding < 1) raiseValueError("incorrect padding");
        out += char(bits >> 10);
        out += char(bits >> 2);
        break;
    default: break;
    }
    return Value(newBytes(out.data(), out.size()));
}

Value b2aBase64(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("b2a_base64", args, nargs, kw, {"data", "newline"}, 1, a);
    Buffer data = requireBuffer(a[0], "b2a_base64");
    std::string out = base::toBase64(base::ByteView(data.data, data.size));
    if (!a[1] || truthy(a[1])) out += '\n';
    return Value(newBytes(out.data(), out.size()));
}

Value crc32(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("crc32", nargs, kw, 1, 2);
    Buffer data = requireBuffer(args[0], "crc32");
    uint32_t seed = nargs > 1 ? intLow32(args[1], "crc32") : 0;
    return makeIntU64(base::crc32(base::ByteView(data.data, data.size), seed));
}

const MethodDef functions[] = {
    {"a2b_base64", a2bBase64}, {"b2a_base64", b2aBase64}, {"crc32", crc32},
    {"hexlify", hexlify},      {"unhexlify", unhexlify},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace

void initBinasciiModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
