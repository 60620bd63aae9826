#include <gtest/gtest.h>

#include "lib/uctypes_layout.h"

namespace pyfw::lib::uctypes {
namespace {

using engine::Value;

TEST(UctypesLayout, ConstantsAreTheFirmwares) {
    EXPECT_EQ(scalarConstant(UINT8), 0);
    EXPECT_EQ(scalarConstant(INT32), 0x28000000);
    EXPECT_EQ(scalarConstant(BFUINT8), -1073741824);
    EXPECT_EQ(scalarConstant(FLOAT32), -268435456);
    EXPECT_EQ(aggregateConstant(kPointer), 0x20000000);
    EXPECT_EQ(aggregateConstant(kArray), -1073741824);
}

TEST(UctypesLayout, ScalarFieldsDecodeTypeOffsetAndBits) {
    ScalarField f = decodeScalar(Value::smallInt(12 | scalarConstant(UINT16)));
    EXPECT_EQ(f.type, UINT16);
    EXPECT_EQ(f.offset, 12u);
    f = decodeScalar(Value::smallInt(5 | scalarConstant(BFINT16) | 3 << kBitPosShift | 9 << kBitLenShift));
    EXPECT_EQ(f.type, BFINT16);
    EXPECT_EQ(f.offset, 5u);
    EXPECT_EQ(f.bitPos, 3u);
    EXPECT_EQ(f.bitLen, 9u);
    f = decodeScalar(Value::smallInt(int64_t(uint32_t(scalarConstant(FLOAT64)))));   // as unsigned
    EXPECT_EQ(f.type, FLOAT64);
}

TEST(UctypesLayout, ScalarSizes) {
    EXPECT_EQ(scalarSize(UINT8), 1u);
    EXPECT_EQ(scalarSize(INT16), 2u);
    EXPECT_EQ(scalarSize(UINT32), 4u);
    EXPECT_EQ(scalarSize(INT64), 8u);
    EXPECT_EQ(scalarSize(BFUINT8), 1u);
    EXPECT_EQ(scalarSize(BFINT32), 4u);
    EXPECT_EQ(scalarSize(FLOAT32), 4u);
    EXPECT_EQ(scalarSize(FLOAT64), 8u);
}

TEST(UctypesLayout, ContainersInBothByteOrders) {
    uint8_t bytes[4] = {0x12, 0x34, 0x56, 0x78};
    EXPECT_EQ(loadContainer(UINT32, bytes, kLittleEndian), 0x78563412u);
    EXPECT_EQ(loadContainer(UINT32, bytes, kBigEndian), 0x12345678u);
    EXPECT_EQ(loadContainer(UINT16, bytes, kNative), 0x3412u);
    storeContainer(UINT16, bytes, kBigEndian, 0xABCD);
    EXPECT_EQ(bytes[0], 0xAB);
    EXPECT_EQ(bytes[1], 0xCD);
    EXPECT_EQ(bytes[2], 0x56);
}

}  // namespace
}  // namespace pyfw::lib::uctypes
