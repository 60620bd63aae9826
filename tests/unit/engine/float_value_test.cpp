// The float encoding of value.h: which doubles live in the value word, that every double reads
// back bit for bit, and that the GC never takes an immediate float for a pointer.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "engine/objects/numbers.h"
#include "engine/runtime/heap.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/tracer.h"
#include "engine_test_helpers.h"

namespace pyfw::engine {
namespace {

using testing::EngineTest;

class FloatValue : public EngineTest {};

uint64_t bitsOf(double d) { return std::bit_cast<uint64_t>(d); }
int biasedExponent(double d) { return int((bitsOf(d) >> 52) & 0x7ff); }

TEST_F(FloatValue, ImmediateExactlyInsideTheExponentWindow) {
    for (int e = 0; e < 2048; ++e) {
        for (uint64_t sign : {uint64_t(0), uint64_t(1) << 63}) {
            for (uint64_t mantissa : {uint64_t(0), uint64_t(1), (uint64_t(1) << 52) - 1, uint64_t(0x5555555555555)}) {
                double d = std::bit_cast<double>(sign | uint64_t(e) << 52 | mantissa);
                Value v;
                bool immediate = Value::tryFloat(d, v);
                EXPECT_EQ(immediate, e >= 768 && e <= 1279) << e;
                if (!immediate) continue;
                EXPECT_TRUE(v.isFloatImmediate());
                EXPECT_TRUE(v.isImmediate());
                EXPECT_FALSE(v.isSmallInt());
                EXPECT_FALSE(v.isObject());
                EXPECT_EQ(v.bits() & 3, 2u);
                EXPECT_EQ(bitsOf(v.floatImmediate()), bitsOf(d));
            }
        }
    }
}

TEST_F(FloatValue, EveryDoubleReadsBackBitForBit) {
    std::mt19937_64 random(12);
    std::vector<double> samples = {0.0, -0.0, 5e-324, -5e-324, 1.0, -1.0, 0.1, 1e308, -1e-308,
                                   std::ldexp(1.0, 257), std::ldexp(1.0, 256), std::ldexp(1.0, -255),
                                   std::ldexp(1.0, -256), std::nextafter(std::ldexp(1.0, 257), 0.0),
                                   std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::max()};
    for (int i = 0; i < 20000; ++i) samples.push_back(std::bit_cast<double>(random()));
    for (double d : samples) {
        Value v = newFloat(d);
        EXPECT_EQ(typeOf(v), &floatType);
        EXPECT_EQ(bitsOf(floatValue(v)), bitsOf(d));
        int e = biasedExponent(d);
        EXPECT_EQ(v.isFloatImmediate(), e >= 768 && e <= 1279);
    }
}

TEST_F(FloatValue, NegationFlipsBitTwoOfAnImmediate) {
    for (double d : {1.0, -2.5, 1e-70, 3e75}) {
        Value v = newFloat(d);
        ASSERT_TRUE(v.isFloatImmediate());
        EXPECT_EQ(Value::fromBits(v.bits() ^ 4).floatImmediate(), -d);
    }
}

TEST_F(FloatValue, ZerosArePermanentAndKeepTheirSign) {
    Heap& heap = interp().heap;
    size_t before = heap.stats().usedBytes;
    Value plus = newFloat(0.0), minus = newFloat(-0.0);
    EXPECT_EQ(heap.stats().usedBytes, before);
    EXPECT_FALSE(heap.contains(plus.object()));
    EXPECT_FALSE(heap.contains(minus.object()));
    EXPECT_FALSE(std::signbit(floatValue(plus)));
    EXPECT_TRUE(std::signbit(floatValue(minus)));
    EXPECT_EQ(newFloat(0.0), plus);
    EXPECT_EQ(newFloat(-0.0), minus);
}

TEST_F(FloatValue, OutsideTheWindowIsAHeapObject) {
    Value huge = newFloat(1e300);
    ASSERT_TRUE(huge.isObject());
    EXPECT_TRUE(interp().heap.contains(huge.object()));
    EXPECT_EQ(huge.object()->type, &floatType);
}

// A word that is a heap object's address with the float tag set must not keep the object alive
// when traced precisely.
TEST(FloatValueHeap, TracerIgnoresAnImmediateThatLooksLikeAnAddress) {
    Heap heap(64 * 1024);
    auto* object = static_cast<Object*>(heap.tryAllocate(32, false, false));
    ASSERT_NE(object, nullptr);
    object->type = &floatType;
    Value lookalike = Value::fromBits(reinterpret_cast<uintptr_t>(object) | 2);
    ASSERT_TRUE(lookalike.isFloatImmediate());
    heap.rootScanner = [&](Tracer& tracer) { tracer.visit(lookalike); };
    heap.collect();
    EXPECT_EQ(heap.stats().usedBytes, 0u);
}

TEST_F(FloatValue, ProgramsSeeOneFloatType) {
    EXPECT_EQ(run("a = 1.5\nb = 3.0 / 2\nprint(a is b, a == b, type(a) is type(0.0) is type(1e300), {a: 1}[b])\n"),
              "True True True 1\n");
}

}  // namespace
}  // namespace pyfw::engine
