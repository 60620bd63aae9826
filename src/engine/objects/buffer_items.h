// The items of a typed buffer (array, memoryview of an array): their sizes and how a Value is
// stored in them, with the typecodes of MicroPython's binary.c on the ESP32.
#pragma once

#include <cstddef>
#include <cstdint>

#include "engine/objects/object.h"

namespace pyfw::engine {

// Bytes of one item of `format` (b B h H i I l L q Q f d; 'l'/'L' are 32-bit, as on the
// ESP32); 0 for a format this table does not know.
size_t bufferItemSize(char format);

// The item at `in` as an int or a float.
Value loadBufferItem(char format, const uint8_t* in);

// Stores `v` at `out` (bufferItemSize(format) bytes). Integers are stored modulo the item's size,
// as the firmware does; a float for an integer item, or a non-number, is TypeError. Any Python
// code it runs (__index__, __float__) runs before the first byte is written, so a caller may
// convert into a scratch item and copy it where the buffer is once that code has run.
void storeBufferItem(char format, uint8_t* out, Value v);

}  // namespace pyfw::engine
