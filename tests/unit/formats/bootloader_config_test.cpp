#include "formats/bootloader_config.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::formats;

TEST(BootloaderConfig, RoundTripAndFindInsideASegment) {
    BootloaderConfig config;
    config.secureBoot = true;
    config.flashEncryption = true;
    for (size_t i = 0; i < 64; ++i) config.verificationKey[i] = uint8_t(i * 3);
    auto bytes = config.serialize();
    ASSERT_EQ(bytes.size(), BootloaderConfig::kSize);
    auto parsed = BootloaderConfig::parse(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, config);

    base::Bytes segment(128, 0x11);
    segment.insert(segment.end(), bytes.begin(), bytes.end());
    segment.resize(segment.size() + 20, 0);
    auto found = findBootloaderConfig(segment);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(**found, config);
}

TEST(BootloaderConfig, AbsentIsNotAnErrorButMalformedIs) {
    auto none = findBootloaderConfig(base::Bytes(300, 0));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    auto bytes = BootloaderConfig().serialize();
    bytes[8] = 0x80;  // unknown flag
    EXPECT_FALSE(findBootloaderConfig(bytes).ok());
    bytes = BootloaderConfig().serialize();
    bytes[90] = 1;  // reserved
    EXPECT_FALSE(BootloaderConfig::parse(bytes).ok());
    bytes = BootloaderConfig().serialize();
    bytes.resize(95);
    EXPECT_FALSE(BootloaderConfig::parse(bytes).ok());
}
