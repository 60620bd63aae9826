#include "base/crc32.h"

#include <gtest/gtest.h>

using namespace pyfw::base;

TEST(Crc32, MatchesZlib) {
    EXPECT_EQ(crc32(view(std::string("123456789"))), 0xCBF43926u);
    EXPECT_EQ(crc32(ByteView{}), 0u);
}

TEST(Crc32, SeedMatchesBinasciiSeed) {
    // binascii.crc32((1).to_bytes(4, 'little'), 0xFFFFFFFF): the IDF otadata CRC of sequence 1.
    Bytes seq1{1, 0, 0, 0};
    EXPECT_EQ(crc32(seq1, 0xFFFFFFFF), 0x4743989Au);
}
