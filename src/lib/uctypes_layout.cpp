#include "lib/uctypes_layout.h"

#include <algorithm>
#include <cstring>

namespace pyfw::lib::uctypes {

using namespace pyfw::engine;

namespace {

[[noreturn]] void syntaxError() { raiseTypeError("syntax error in uctypes descriptor"); }

// A descriptor word as the firmware sees it: 32 bits (a Python int outside them is not one).
uint32_t descriptorWord(Value v) {
    int64_t n;
    if (!isInt(v) || !intToInt64(v, n) || n < INT32_MIN || n > int64_t(UINT32_MAX)) syntaxError();
    return uint32_t(n);
}

// The buffer item code holding a scalar's bytes (buffer_items.h), so ints are stored modulo
// their width exactly as array and memoryview store them.
char itemCode(Scalar s) {
    static constexpr char kCodes[16] = {'B', 'b', 'H', 'h', 'I', 'i', 'Q', 'q',
                                        'B', 'b', 'H', 'h', 'I', 'i', 'f', 'd'};
    return kCodes[s];
}

// Big-endian bytes are kept reversed around the little-endian item functions.
void reverse(uint8_t* bytes, size_t n) { std::reverse(bytes, bytes + n); }

uint64_t structSize(DictObject* d, Layout mode, uint32_t& widest);

uint64_t aggregateSize(const AggregateField& f, Layout mode, uint32_t& widest) {
    switch (f.kind) {
    case kStruct:
        return structSize(asDict(f.target), mode, widest);   // its alignment is the outer's too
    case kPointer:
        widest = std::max(widest, kPointerSize);
        return kPointerSize;
    case kArray: {
        uint64_t item;
        if (!f.target) {
            item = scalarSize(f.item);
            widest = std::max(widest, uint32_t(item));
        } else if (isLayoutDict(f.target)) {
            item = structSize(asDict(f.target), mode, widest);
        } else {
            item = aggregateSize(decodeAggregate(f.target), mode, widest);
        }
        return item * f.count;
    }
    }
    return 0;
}

uint64_t structSize(DictObject* d, Layout mode, uint32_t& widest) {
    checkRecursion();   // a layout may nest itself
    uint64_t total = 0;
    uint32_t ownWidest = 1;
    DictEntry* entries = d->entries();
    for (uint32_t i = 0; i < d->filled; ++i) {
        if (!entries[i].key) continue;
        Value v = entries[i].value;
        uint64_t end;
        if (isInt(v)) {
            ScalarField f = decodeScalar(v);
            uint32_t size = scalarSize(f.type);
            ownWidest = std::max(ownWidest, size);
            end = uint64_t(f.offset) + size;
        } else {
            AggregateField f = decodeAggregate(v);
            end = uint64_t(f.offset) + aggregateSize(f, mode, ownWidest);
        }
        total = std::max(total, end);
    }
    widest = std::max(widest, ownWidest);
    if (mode == kNative) total = (total + ownWidest - 1) / ownWidest * ownWidest;
    return total;
}

}  // namespace

uint32_t scalarSize(Scalar s) { return s == FLOAT32 ? 4 : uint32_t(1) << ((s & 7) >> 1); }

ScalarField decodeScalar(Value v) {
    uint32_t word = descriptorWord(v);
    ScalarField f{Scalar((word >> 27) & 15), word & 0x07FFFFFF, 0, 0};
    if (isBitField(f.type)) {
        f.bitPos = (f.offset >> kBitPosShift) & 31;
        f.bitLen = (f.offset >> kBitLenShift) & 31;
        f.offset &= (1u << kBitPosShift) - 1;
    }
    return f;
}

AggregateField decodeAggregate(Value v) {
    if (!isInstance(v, &tupleType)) syntaxError();
    TupleObject* t = asTuple(v);
    if (t->size < 2) syntaxError();
    uint32_t word = descriptorWord(t->items[0]);
    AggregateField f{Aggregate((word >> 29) & 3), word & 0x1FFFFFFF, Value(), 0, UINT8};
    switch (f.kind) {
    case kStruct:
        if (t->size != 2 || !isLayoutDict(t->items[1])) syntaxError();
        f.target = t->items[1];
        return f;
    case kPointer:
        if (t->size != 2) syntaxError();
        f.target = t->items[1];
        if (isInt(f.target)) f.item = decodeScalar(f.target).type;
        else if (!isLayoutDict(f.target)) decodeAggregate(f.target);   // checks it
        return f;
    case kArray: {
        if (t->size != 2 && t->size != 3) syntaxError();
        uint32_t countWord = descriptorWord(t->items[1]);
        f.count = countWord & 0x07FFFFFF;
        if (t->size == 2) {
            f.item = Scalar((countWord >> 27) & 15);
            if (isBitField(f.item)) syntaxError();
        } else {
            f.target = t->items[2];
            if (!isLayoutDict(f.target)) decodeAggregate(f.target);
        }
        return f;
    }
    default:
        syntaxError();
    }
}

uint64_t layoutSize(Value layout, Layout mode) {
    uint32_t widest = 1;
    if (isLayoutDict(layout)) return structSize(asDict(layout), mode, widest);
    if (isInt(layout)) raiseTypeError("Cannot unambiguously get sizeof scalar");
    checkRecursion();
    return aggregateSize(decodeAggregate(layout), mode, widest);
}

Value loadScalar(Scalar s, const uint8_t* in, Layout mode) {
    uint8_t item[8];
    size_t n = scalarSize(s);
    std::memcpy(item, in, n);
    if (mode == kBigEndian) reverse(item, n);
    return loadBufferItem(itemCode(s), item);
}

void storeScalar(Scalar s, uint8_t* out, Layout mode, Value v) {
    uint8_t item[8];
    size_t n = scalarSize(s);
    storeBufferItem(itemCode(s), item, v);   // runs any __index__ before memory is touched
    if (mode == kBigEndian) reverse(item, n);
    std::memcpy(out, item, n);
}

uint64_t loadContainer(Scalar s, const uint8_t* in, Layout mode) {
    size_t n = scalarSize(s);
    uint64_t bits = 0;
    for (size_t i = 0; i < n; ++i) {
        size_t shift = mode == kBigEndian ? n - 1 - i : i;
        bits |= uint64_t(in[i]) << (8 * shift);
    }
    return bits;
}

void storeContainer(Scalar s, uint8_t* out, Layout mode, uint64_t bits) {
    size_t n = scalarSize(s);
    for (size_t i = 0; i < n; ++i) {
        size_t shift = mode == kBigEndian ? n - 1 - i : i;
        out[i] = uint8_t(bits >> (8 * shift));
    }
}

Layout requireLayout(Value v) {
    int64_t n = requireInt64(v, "layout");
    if (n != kLittleEndian && n != kBigEndian && n != kNative)
        raiseValueError("layout must be LITTLE_ENDIAN, BIG_ENDIAN or NATIVE");
    return Layout(n);
}

}  // namespace pyfw::lib::uctypes
