#include "formats/bootloader_config.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::formats;

TEST(BootloaderConfig, RoundTripAndFindInsideASegment) {
    BootloaderConfig config;
    config.secureBoot = true;
    config.flashEncryption = true;
    config.antiRollback = true;
    config.board = "LoPy4";
    for (size_t i = 0; i < 64; ++i) config.verificationKey[i] = uint8_t(i * 3);
    auto bytes = *config.serialize();
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

    auto bytes = *BootloaderConfig().serialize();
    bytes[8] = 0x80;  // unknown flag
    EXPECT_FALSE(findBootloaderConfig(bytes).ok());
    bytes = *BootloaderConfig().serialize();
    bytes[93] = 1;  // reserved
    EXPECT_FALSE(BootloaderConfig::parse(bytes).ok());
    bytes = *BootloaderConfig().serialize();
    std::fill(bytes.begin() + 80, bytes.begin() + 92, 'x');  // a board name without its NUL
    EXPECT_FALSE(BootloaderConfig::parse(bytes).ok());
    BootloaderConfig tooLong;
    tooLong.board = "a-very-long-board";
    EXPECT_FALSE(tooLong.serialize().ok());
    bytes = *BootloaderConfig().serialize();
    bytes.resize(95);
    EXPECT_FALSE(BootloaderConfig::parse(bytes).ok());
}
