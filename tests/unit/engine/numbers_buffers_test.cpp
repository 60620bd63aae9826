#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "engine/objects/buffer_items.h"
#include "engine/objects/numbers.h"
#include "engine/runtime/runtime.h"
#include "engine_test_helpers.h"

namespace pyfw::engine {
namespace {

using testing::EngineTest;

class NumbersAndBuffers : public EngineTest {};

TEST_F(NumbersAndBuffers, ItemSizesFollowTheEsp32) {
    EXPECT_EQ(bufferItemSize('b'), 1u);
    EXPECT_EQ(bufferItemSize('H'), 2u);
    EXPECT_EQ(bufferItemSize('l'), 4u);   // 32-bit long, as on the Xtensa core
    EXPECT_EQ(bufferItemSize('Q'), 8u);
    EXPECT_EQ(bufferItemSize('f'), 4u);
    EXPECT_EQ(bufferItemSize('d'), 8u);
    EXPECT_EQ(bufferItemSize('z'), 0u);
    EXPECT_EQ(bufferItemSize('O'), 0u);   // object pointers are not items of a typed buffer
}

TEST_F(NumbersAndBuffers, IntegerItemsWrapToTheirWidthLittleEndian) {
    uint8_t item[8] = {};
    storeBufferItem('h', item, makeInt(-2));
    EXPECT_EQ(item[0], 0xfe);
    EXPECT_EQ(item[1], 0xff);
    EXPECT_EQ(reprString(loadBufferItem('h', item)), "-2");
    EXPECT_EQ(reprString(loadBufferItem('H', item)), "65534");
    storeBufferItem('b', item, makeInt(300));
    EXPECT_EQ(reprString(loadBufferItem('b', item)), "44");
    Value big = binaryOp(BinaryOp::LShift, makeInt(1), makeInt(100));   // 2**100 + 7 keeps its low bits
    storeBufferItem('Q', item, binaryOp(BinaryOp::Add, big, makeInt(7)));
    EXPECT_EQ(reprString(loadBufferItem('Q', item)), "7");
    storeBufferItem('q', item, makeInt(INT64_MIN));
    EXPECT_EQ(reprString(loadBufferItem('q', item)), "-9223372036854775808");
}

TEST_F(NumbersAndBuffers, FloatItemsKeepTheirPrecision) {
    uint8_t item[8] = {};
    storeBufferItem('f', item, newFloat(0.1));
    float narrow;
    std::memcpy(&narrow, item, 4);
    EXPECT_EQ(narrow, 0.1f);
    EXPECT_EQ(reprString(loadBufferItem('f', item)), "0.10000000149011612");
    storeBufferItem('d', item, makeInt(3));
    EXPECT_EQ(reprString(loadBufferItem('d', item)), "3.0");
}

TEST_F(NumbersAndBuffers, ComplexPrintsAsCPython) {
    EXPECT_EQ(reprString(newComplex(0, 1)), "1j");
    EXPECT_EQ(reprString(newComplex(1, -2)), "(1-2j)");
    EXPECT_EQ(reprString(newComplex(-0.0, -1)), "(-0-1j)");
    EXPECT_EQ(reprString(newComplex(1.5, 1e20)), "(1.5+1e+20j)");
    EXPECT_EQ(reprString(newComplex(NAN, INFINITY)), "(nan+infj)");
    EXPECT_EQ(reprString(newComplex(0, 0)), "0j");
}

TEST_F(NumbersAndBuffers, ComplexArithmeticIsExactWhereCPythonIs) {
    Value a = newComplex(1, 1);
    EXPECT_EQ(reprString(binaryOp(BinaryOp::Pow, a, makeInt(2))), "2j");
    EXPECT_EQ(reprString(binaryOp(BinaryOp::TrueDiv, newComplex(3, 4), newComplex(1, -2))), "(-1+2j)");
    EXPECT_EQ(reprString(binaryOp(BinaryOp::Mul, makeInt(2), a)), "(2+2j)");
}

}  // namespace
}  // namespace pyfw::engine
