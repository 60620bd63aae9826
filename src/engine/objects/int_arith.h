// The int operators that work on the operands' limbs where they lie (int_arith.cpp).
#pragma once

#include "engine/objects/object.h"

namespace pyfw::engine {

// a + b, a - b, a * b, a // b or a % b of two ints (small, bool or heap), the result written
// straight into its new object. Value() for any other operator, a zero divisor and products
// large enough for Karatsuba: int.cpp's general path does those.
Value intArithmetic(BinaryOp op, Value a, Value b);

}  // namespace pyfw::engine
