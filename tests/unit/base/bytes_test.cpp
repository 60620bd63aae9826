#include "base/bytes.h"

#include <gtest/gtest.h>

using namespace pyfw::base;

TEST(Bytes, HexRoundTrip) {
    Bytes data{0x00, 0x7f, 0x80, 0xff};
    EXPECT_EQ(toHex(data), "007f80ff");
    auto back = fromHex("007F80ff");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, data);
}

TEST(Bytes, HexRejectsBadText) {
    EXPECT_FALSE(fromHex("abc").ok());
    EXPECT_FALSE(fromHex("zz").ok());
}

TEST(Bytes, EndianFields) {
    uint8_t buffer[8];
    writeLe32(buffer, 0x12345678);
    EXPECT_EQ(buffer[0], 0x78);
    EXPECT_EQ(readLe32(buffer), 0x12345678u);
    writeBe32(buffer, 0x12345678);
    EXPECT_EQ(buffer[0], 0x12);
    EXPECT_EQ(readBe32(buffer), 0x12345678u);
    writeLe24(buffer, 0xABCDEF);
    EXPECT_EQ(readLe24(buffer), 0xABCDEFu);
}

TEST(Bytes, HexNumbers) {
    EXPECT_EQ(hexNumber(0), "0x0");
    EXPECT_EQ(hexNumber(0x1a000), "0x1a000");
    EXPECT_EQ(hexNumber(0x1a000, 8), "0x0001a000");
    EXPECT_EQ(hexNumber(0xFFFFFFFFFFFFFFFFull), "0xffffffffffffffff");
}
