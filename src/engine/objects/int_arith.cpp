// Add, subtract, multiply, floor division, modulo and shifts of ints that may need the heap. The operands'
// limbs are read where they lie and each result is written into its object, allocated once at
// its final size (or a limb or two more): no host copies of the operands or of the result, which cost
// more than the arithmetic for the sizes programs meet (a spigot's numbers of a few hundred limbs).
#include "engine/objects/int_arith.h"

#include <cstring>
#include <memory>

#include "engine/runtime/allocation.h"

namespace pyfw::engine {

namespace {

using limbs::Limb;

// A result under construction: room for `capacity` limbs in a new int object, or on the stack
// when that few limbs may well make a small int, which needs no object.
class Result {
public:
    explicit Result(size_t capacity) : object_(capacity > kLocal ? allocate(capacity) : nullptr) {
        limbs_ = object_ ? object_->digits : local_;
    }
    Result(const Result&) = delete;

    Limb* limbs() { return limbs_; }

    Value finish(size_t size, bool negative) {
        int64_t small;
        if (limbs::toInt64(limbs_, size, negative, small) && Value::fitsSmall(small)) return Value::smallInt(small);
        if (!object_) {
            object_ = allocate(size);
            std::memcpy(object_->digits, local_, size * sizeof(Limb));
        }
        object_->size = negative ? -int64_t(size) : int64_t(size);
        return Value(object_);
    }

private:
    static constexpr size_t kLocal = 4;

    static BigIntObject* allocate(size_t capacity) {
        // The limbs are not cleared: the operation writes every one it reports.
        size_t bytes = sizeof(BigIntObject) + capacity * sizeof(Limb);
        auto* object = static_cast<BigIntObject*>(allocateUnfilled(bytes, sizeof(BigIntObject)));
        object->type = &intType;
        return object;
    }

    BigIntObject* object_;
    Limb* limbs_;
    Limb local_[kLocal];
};

// Host memory for a division's working remainder and quotient: on the stack for common sizes.
class Scratch {
public:
    explicit Scratch(size_t size) {
        if (size > kLocal) heap_.reset(new Limb[size]);
        data_ = heap_ ? heap_.get() : local_;
    }
    Limb* data() { return data_; }

private:
    static constexpr size_t kLocal = 1024;
    Limb local_[kLocal];
    std::unique_ptr<Limb[]> heap_;
    Limb* data_;
};

// a + b, where b's sign is given (negated for a subtraction).
Value addSigned(const IntLimbs& a, const IntLimbs& b, bool bNegative) {
    if (a.negative == bNegative) {
        const IntLimbs& big = a.size >= b.size ? a : b;
        const IntLimbs& small = a.size >= b.size ? b : a;
        Result r(big.size + 1);
        return r.finish(limbs::add(big.limbs, big.size, small.limbs, small.size, r.limbs()), a.negative);
    }
    int c = a.compareTo(b);
    if (c == 0) return Value::smallInt(0);
    const IntLimbs& big = c > 0 ? a : b;
    const IntLimbs& small = c > 0 ? b : a;
    Result r(big.size);
    return r.finish(limbs::sub(big.limbs, big.size, small.limbs, small.size, r.limbs()), c > 0 ? a.negative : bNegative);
}

Value multiply(const IntLimbs& a, const IntLimbs& b) {
    bool negative = a.negative != b.negative;
    const IntLimbs& big = a.size >= b.size ? a : b;
    const IntLimbs& small = a.size >= b.size ? b : a;
    if (small.size <= 2) {
        // One pass whatever the other's size: the factor is at most 64 bits (10 * q, t * x).
        uint64_t factor = small.size ? small.limbs[0] : 0;
        if (small.size == 2) factor |= uint64_t(small.limbs[1]) << 32;
        Result r(big.size + 2);
        return r.finish(limbs::mulSmall(big.limbs, big.size, factor, r.limbs()), negative);
    }
    if (small.size >= limbs::kKaratsubaLimbs) return Value();
    Result r(big.size + small.size);
    return r.finish(limbs::mul(big.limbs, big.size, small.limbs, small.size, r.limbs()), negative);
}

// |a| < |b|: the quotient is 0 and the remainder a, or -1 and a + b when the signs differ.
Value divideSmaller(BinaryOp op, const IntLimbs& a, const IntLimbs& b) {
    bool adjust = a.negative != b.negative && a.size;
    if (op == BinaryOp::FloorDiv) return Value::smallInt(adjust ? -1 : 0);
    if (adjust) {
        Result r(b.size);
        return r.finish(limbs::sub(b.limbs, b.size, a.limbs, a.size, r.limbs()), b.negative);
    }
    Result r(a.size);
    std::memcpy(r.limbs(), a.limbs, a.size * sizeof(Limb));
    return r.finish(a.size, a.negative);
}

// Floor division or modulo with |a| >= |b| > 0. The truncating quotient and remainder are
// computed in scratch memory (or the quotient straight into its result); the floor then differs
// from truncation only when the signs differ and the remainder is not zero.
Value divide(BinaryOp op, const IntLimbs& a, const IntLimbs& b) {
    bool differ = a.negative != b.negative;
    size_t quotientRoom = a.size - b.size + 2;   // one more for the floor's carry
    Scratch scratch((op == BinaryOp::FloorDiv ? 0 : quotientRoom) + a.size + 1);
    Limb* remainder = scratch.data();
    Result result(op == BinaryOp::FloorDiv ? quotientRoom : b.size);
    Limb* quotient = op == BinaryOp::FloorDiv ? result.limbs() : remainder + a.size + 1;
    if (b.size == 1) remainder[0] = limbs::divSmall(a.limbs, a.size, b.limbs[0], quotient);
    else limbs::divKnuth(a.limbs, a.size, b.limbs, b.size, quotient, remainder);
    size_t remainderSize = limbs::trimmed(remainder, b.size);
    bool adjust = differ && remainderSize;
    if (op == BinaryOp::FloorDiv) {
        size_t size = limbs::trimmed(quotient, a.size - b.size + 1);
        if (adjust) {
            const Limb one = 1;
            size = limbs::add(quotient, size, &one, 1, quotient);
        }
        return result.finish(size, differ);
    }
    if (adjust) return result.finish(limbs::sub(b.limbs, b.size, remainder, remainderSize, result.limbs()), b.negative);
    std::memcpy(result.limbs(), remainder, remainderSize * sizeof(Limb));
    return result.finish(remainderSize, b.negative);
}

// Keeps v's object reachable until here: the limb pointers taken from it point inside the
// object, and the collector's conservative scan follows only pointers to an object's start.
inline void keepAlive(Value v) { asm volatile("" : : "r"(v.bits())); }

}  // namespace

Value intArithmetic(BinaryOp op, Value a, Value b) {
    IntLimbs x(a), y(b);
    Value r;
    switch (op) {
    case BinaryOp::Add: r = addSigned(x, y, y.negative); break;
    case BinaryOp::Sub: r = addSigned(x, y, !y.negative && y.size); break;
    case BinaryOp::Mul: r = multiply(x, y); break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
        if (y.size == 0) return Value();
        r = x.compareTo(y) < 0 ? divideSmaller(op, x, y) : divide(op, x, y);
        break;
    default: return Value();
    }
    keepAlive(a);
    keepAlive(b);
    return r;
}

Value intShift(BinaryOp op, Value a, uint64_t count) {
    IntLimbs x(a);
    if (x.size == 0) return Value::smallInt(0);
    Value r;
    if (op == BinaryOp::LShift) {
        Result result(x.size + count / 32 + 1);
        r = result.finish(limbs::shiftLeft(x.limbs, x.size, count, result.limbs()), x.negative);
    } else {
        uint64_t words = count / 32;
        Result result(words < x.size ? x.size - size_t(words) + 1 : 1);   // + 1 for the floor's carry
        bool lost;
        size_t size = limbs::shiftRight(x.limbs, x.size, count, result.limbs(), lost);
        if (x.negative && lost) {
            // Floor: one further from zero than the truncation (-1 when nothing is left).
            const Limb one = 1;
            if (size) size = limbs::add(result.limbs(), size, &one, 1, result.limbs());
            else result.limbs()[size++] = 1;
        }
        r = result.finish(size, x.negative);
    }
    keepAlive(a);
    return r;
}

}  // namespace pyfw::engine
