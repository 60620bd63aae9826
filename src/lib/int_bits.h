// Integer conversions the modules share: an int's low 64 bits (two's complement, as C casts do) and
// the 32-bit wrap-around used by ticks and CRCs.
#pragma once

#include <cstdint>

#include "engine/objects/object.h"

namespace pyfw::lib {

// The low 64 bits of an int of any size in two's complement (int.__index__ is honoured); raises
// TypeError for a non-int.
uint64_t intLowBits(engine::Value v, const char* what = nullptr);

inline uint32_t intLow32(engine::Value v, const char* what = nullptr) { return uint32_t(intLowBits(v, what)); }

}  // namespace pyfw::lib
