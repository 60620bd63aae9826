#include "engine/objects/buffer_items.h"

#include <cstring>

#include "engine/objects/numbers.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

enum class ItemKind : uint8_t { Signed, Unsigned, Float32, Float64 };

struct ItemFormat {
    char code;
    uint8_t size;
    ItemKind kind;
};

constexpr ItemFormat kFormats[] = {
    {'b', 1, ItemKind::Signed},  {'B', 1, ItemKind::Unsigned}, {'h', 2, ItemKind::Signed},
    {'H', 2, ItemKind::Unsigned}, {'i', 4, ItemKind::Signed},  {'I', 4, ItemKind::Unsigned},
    {'l', 4, ItemKind::Signed},  {'L', 4, ItemKind::Unsigned}, {'q', 8, ItemKind::Signed},
    {'Q', 8, ItemKind::Unsigned}, {'f', 4, ItemKind::Float32}, {'d', 8, ItemKind::Float64},
};

const ItemFormat* findFormat(char code) {
    for (const ItemFormat& f : kFormats)
        if (f.code == code) return &f;
    return nullptr;
}

const ItemFormat& requireFormat(char code) {
    const ItemFormat* f = findFormat(code);
    if (!f) raiseValueError("bad typecode");
    return *f;
}

// Items are little-endian, as on the ESP32 (and on the hosts pyfw builds for).
uint64_t loadBits(const uint8_t* in, size_t size) {
    uint64_t bits = 0;
    for (size_t i = 0; i < size; ++i) bits |= uint64_t(in[i]) << (8 * i);
    return bits;
}

void storeBits(uint8_t* out, size_t size, uint64_t bits) {
    for (size_t i = 0; i < size; ++i) out[i] = uint8_t(bits >> (8 * i));
}

uint64_t integerBits(Value v) {
    if (isFloat(v)) raiseTypeError("integer argument expected, got float");
    if (!isInt(v)) {
        Value r = callSpecialOrNull(v, names::__index__);
        if (!r || !isInt(r)) raiseTypeError("can't convert %s to int", typeName(v));
        v = r;
    }
    return intLow64(v);
}

}  // namespace

size_t bufferItemSize(char format) {
    const ItemFormat* f = findFormat(format);
    return f ? f->size : 0;
}

Value loadBufferItem(char format, const uint8_t* in) {
    const ItemFormat& f = requireFormat(format);
    uint64_t bits = loadBits(in, f.size);
    switch (f.kind) {
    case ItemKind::Signed: {
        unsigned shift = unsigned(64 - 8 * f.size);
        return makeInt(int64_t(bits << shift) >> shift);
    }
    case ItemKind::Unsigned:
        return makeIntU64(bits);
    case ItemKind::Float32: {
        uint32_t narrow = uint32_t(bits);
        float value;
        std::memcpy(&value, &narrow, sizeof value);
        return newFloat(double(value));
    }
    case ItemKind::Float64: {
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return newFloat(value);
    }
    }
    return None();
}

void storeBufferItem(char format, uint8_t* out, Value v) {
    const ItemFormat& f = requireFormat(format);
    switch (f.kind) {
    case ItemKind::Signed:
    case ItemKind::Unsigned:
        storeBits(out, f.size, integerBits(v));
        return;
    case ItemKind::Float32: {
        float value = float(requireDouble(v));
        uint32_t narrow;
        std::memcpy(&narrow, &value, sizeof narrow);
        storeBits(out, 4, narrow);
        return;
    }
    case ItemKind::Float64: {
        double value = requireDouble(v);
        uint64_t bits;
        std::memcpy(&bits, &value, sizeof bits);
        storeBits(out, 8, bits);
        return;
    }
    }
}

}  // namespace pyfw::engine
