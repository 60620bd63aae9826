// uctypes layout descriptors as the firmware encodes them (32-bit ESP32 values): a field is an int
// `offset | TYPE` (a scalar, or a bit field with BF_POS/BF_LEN) or a tuple `(offset | AGG, ...)`
// (a nested struct, a pointer, an array). This file decodes them, sizes them and moves scalars
// between Values and bytes; uctypes_module.cpp reaches memory through them.
#pragma once

#include <cstdint>

#include "engine/native.h"

namespace pyfw::lib::uctypes {

// Layouts (the module's LITTLE_ENDIAN, BIG_ENDIAN, NATIVE); NATIVE is little-endian and aligned.
enum Layout : int { kLittleEndian = 0, kBigEndian = 1, kNative = 2 };

enum Scalar : uint8_t {
    UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64,
    BFUINT8, BFINT8, BFUINT16, BFINT16, BFUINT32, BFINT32,
    FLOAT32, FLOAT64,
};
enum Aggregate : uint8_t { kStruct, kPointer, kArray };

constexpr uint32_t kPointerSize = 4;   // the ESP32's
constexpr int kBitPosShift = 17;      // BF_POS
constexpr int kBitLenShift = 22;      // BF_LEN

// The module constants: the type in the top bits of a 31-bit small int, sign-extended as the
// firmware computes them (so ARRAY and the bit-field and float types are negative).
constexpr int32_t scalarConstant(Scalar s) { return int32_t(uint32_t(s) << 28) >> 1; }
constexpr int32_t aggregateConstant(Aggregate a) { return int32_t(uint32_t(a) << 30) >> 1; }

uint32_t scalarSize(Scalar s);
inline bool isBitField(Scalar s) { return s >= BFUINT8 && s <= BFINT32; }

struct ScalarField {
    Scalar type;
    uint32_t offset;
    uint32_t bitPos;
    uint32_t bitLen;
};
// An int field (or an array's item type); TypeError "syntax error in uctypes descriptor" for a
// value that is not one.
ScalarField decodeScalar(engine::Value v);

struct AggregateField {
    Aggregate kind;
    uint32_t offset;
    engine::Value target;   // struct: its layout; pointer: what it points to (int or layout);
                            // array: the item layout, or null for scalar items
    uint32_t count;         // array: items
    Scalar item;            // array of scalars / pointer to a scalar: the item type
};
AggregateField decodeAggregate(engine::Value tuple);

inline bool isLayoutDict(engine::Value v) { return engine::isInstance(v, &engine::dictType); }

// sizeof(): bytes of a layout (a dict, or an aggregate tuple); NATIVE rounds a struct up to its
// widest field. TypeError for a scalar, which has lost its type once read.
uint64_t layoutSize(engine::Value layout, Layout mode);

// Scalars in memory (bit fields excepted): ints truncated to the width as the firmware stores them.
engine::Value loadScalar(Scalar s, const uint8_t* in, Layout mode);
void storeScalar(Scalar s, uint8_t* out, Layout mode, engine::Value v);

// A bit field's container read as an unsigned number, and written back.
uint64_t loadContainer(Scalar s, const uint8_t* in, Layout mode);
void storeContainer(Scalar s, uint8_t* out, Layout mode, uint64_t bits);

Layout requireLayout(engine::Value v);

}  // namespace pyfw::lib::uctypes
