// The int operators that work on the operands' limbs where they lie (int_arith.cpp).
#pragma once

#include "engine/objects/limbs.h"
#include "engine/objects/numbers.h"

namespace pyfw::engine {

// An int (small, bool or heap) as sign and magnitude: a heap int's own limbs, a small int's kept
// in the view. The limbs point inside the object, which the collector does not see as a
// reference: hold the Value itself across any allocation.
struct IntLimbs {
    const limbs::Limb* limbs;
    size_t size;
    bool negative;
    limbs::Limb local[2];

    explicit IntLimbs(Value v) {
        if (v.isSmallInt() || typeOf(v) == &boolType) {
            int64_t n = v.isSmallInt() ? v.smallInt() : int64_t(v == True());
            negative = n < 0;
            uint64_t m = negative ? uint64_t(0) - uint64_t(n) : uint64_t(n);
            local[0] = uint32_t(m);
            local[1] = uint32_t(m >> 32);
            limbs = local;
            size = limbs::trimmed(local, 2);
        } else {
            const auto* big = v.as<BigIntObject>();
            negative = big->size < 0;
            size = size_t(negative ? -big->size : big->size);
            limbs = big->digits;
        }
    }
    IntLimbs(const IntLimbs&) = delete;

    int compareTo(const IntLimbs& other) const { return limbs::compare(limbs, size, other.limbs, other.size); }
};

// a + b, a - b, a * b, a // b or a % b of two ints (small, bool or heap), the result written
// straight into its new object. Value() for any other operator, a zero divisor and products
// large enough for Karatsuba: int.cpp's general path does those.
Value intArithmetic(BinaryOp op, Value a, Value b);
// a << count or a >> count (a floor) for an int a and a count int.cpp has checked: not negative,
// and for << small enough for the result to fit in the heap.
Value intShift(BinaryOp op, Value a, uint64_t count);

}  // namespace pyfw::engine
