#include "crypto/cmac_key.h"

#include <gtest/gtest.h>

#include "crypto/cmac.h"

using namespace pyfw;

namespace {
crypto::Aes128Key rfcKey() {
    auto bytes = base::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
    crypto::Aes128Key key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}
std::string hexTag(const crypto::AesBlock& tag) { return base::toHex(tag); }
}  // namespace

// RFC 4493 §4 examples: empty, one block, 40 bytes, four blocks.
TEST(CmacKey, Rfc4493Examples) {
    crypto::CmacKey key(rfcKey());
    auto message = base::fromHex(
        "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
        "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    ASSERT_TRUE(message.ok());
    base::ByteView m(*message);
    EXPECT_EQ(hexTag(key.tag({})), "bb1d6929e95937287fa37d129b756746");
    EXPECT_EQ(hexTag(key.tag(m.first(16))), "070a16b46b4d4144f79bdd9dd04a287c");
    EXPECT_EQ(hexTag(key.tag(m.first(40))), "dfa66747de9ae63030ca32611497c827");
    EXPECT_EQ(hexTag(key.tag(m)), "51f0bebf7e3b9d92fc49741779363cfe");
}

TEST(CmacKey, SplitInputGivesTheSameTagAsOneShotCmac) {
    crypto::CmacKey key(rfcKey());
    base::Bytes data(77);
    for (size_t i = 0; i < data.size(); ++i) data[i] = uint8_t(i * 37 + 5);
    for (size_t split = 0; split <= data.size(); split += 7) {
        base::ByteView all(data);
        EXPECT_EQ(key.tag(all.first(split), all.subspan(split)), crypto::cmac(rfcKey(), all)) << split;
    }
}
