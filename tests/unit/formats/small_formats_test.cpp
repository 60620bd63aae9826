// boot_info_t, the config block, the signature block, the pyfw descriptor and frozen archive.
#include <gtest/gtest.h>

#include "base/crc32.h"
#include "formats/boot_info.h"
#include "formats/config_block.h"
#include "formats/firmware_descriptor.h"
#include "support/toolchain_test_helpers.h"
#include "formats/frozen_archive.h"
#include "formats/signature_block.h"

using namespace pyfw;
using namespace pyfw::formats;

TEST(BootInfo, LayoutAndCrc) {
    BootInfo info;
    info.activeImage = uint32_t(ActiveImage::Update1);
    info.status = uint32_t(ImageStatus::Check);
    info.previousImage = uint32_t(ActiveImage::Factory);
    info.size = 0x123456;
    info.safeBoot = uint32_t(SafeBoot::Software);
    info.signature[0] = 0xAB;
    auto bytes = info.serialize();
    EXPECT_EQ(test::hexOf(base::ByteView(bytes).first(24)), "0100000000000000000000005634120002000000ab000000");
    uint32_t crc = base::crc32(base::ByteView(bytes).first(36), 0xFFFFFFFF);
    EXPECT_EQ(base::readLe32(bytes.data() + 36), crc);
    auto parsed = BootInfo::parse(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->isValid());
    EXPECT_EQ(parsed->size, 0x123456u);
    bytes[12] ^= 1;
    EXPECT_FALSE(BootInfo::parse(bytes)->isValid());
    std::array<uint8_t, 40> erased;
    erased.fill(0xFF);
    EXPECT_FALSE(BootInfo::parse(erased)->isValid());
    EXPECT_FALSE(BootInfo::parse(base::ByteView(bytes).first(39)).ok());
}

TEST(ConfigBlock, ErasedFlashMeansTheDocumentedDefaults) {
    auto block = ConfigBlock::erased();
    EXPECT_TRUE(block.heartbeatOnBoot());
    EXPECT_TRUE(block.wifiOnBoot);
    EXPECT_EQ(block.loraRegion, 0xFF);
    EXPECT_EQ(block.wdtOnBoot, 0xFF);
    EXPECT_EQ(block.wdtOnBootTimeout, 0xFFFFFFFFu);
    EXPECT_EQ(block.serialize(), base::Bytes(768, 0xFF));
}

TEST(ConfigBlock, FieldsLandAtTheirOffsets) {
    auto block = ConfigBlock::erased();
    block.lpwanMac = {1, 2, 3, 4, 5, 6, 7, 8};
    block.loraRegion = 5;
    block.wifiOnBoot = false;
    block.wifiMode = 2;
    block.wifiAuth = 3;
    block.wifiAntenna = false;
    block.setHeartbeatOnBoot(false);
    block.hwVersion = 4;
    block.wdtOnBoot = 1;
    block.wdtOnBootTimeout = 10000;
    auto bytes = block.serialize();
    EXPECT_EQ(bytes[0], 1);
    EXPECT_EQ(bytes[7], 8);
    EXPECT_EQ(bytes[52], 5);
    EXPECT_EQ(bytes[53], 0x34);  // 0 | 2<<1 | 3<<4 | 0<<7
    EXPECT_EQ(bytes[152], 0xFE);
    EXPECT_EQ(bytes[497], 4);
    EXPECT_EQ(bytes[512], 1);
    EXPECT_EQ(base::readLe32(bytes.data() + 516), 10000u);
    EXPECT_EQ(ConfigBlock::parse(bytes)->serialize(), bytes);
    EXPECT_FALSE(ConfigBlock::parse(base::ByteView(bytes).first(767)).ok());
}

TEST(SignatureBlock, RoundTripAndRules) {
    SignatureBlock block;
    block.signature.fill(0x5A);
    auto bytes = block.serialize();
    EXPECT_EQ(bytes[0], 0);
    EXPECT_EQ(SignatureBlock::parse(bytes)->signature, block.signature);
    bytes[0] = 1;
    EXPECT_FALSE(SignatureBlock::parse(bytes).ok());
    base::Bytes file(100, 0x11);
    auto good = block.serialize();
    file.insert(file.end(), good.begin(), good.end());
    auto split = splitSignedData(file);
    ASSERT_TRUE(split.ok());
    EXPECT_EQ(split->message.size(), 100u);
    EXPECT_FALSE(splitSignedData(base::Bytes(67)).ok());
}

TEST(FirmwareDescriptor, RoundTripAndRejection) {
    FirmwareDescriptor d;
    d.version = "1.17.2.b1";
    d.board = "LoPy4";
    d.name = "Pycom MicroPython";
    d.buildId.fill(7);
    d.frozenOffset = 128;
    d.frozenLength = 16;
    auto bytes = d.serialize();
    ASSERT_TRUE(bytes.ok());
    bytes->resize(144, 0);
    auto parsed = findFirmwareDescriptor(*bytes);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->board, "LoPy4");
    EXPECT_EQ(parsed->frozenLength, 16u);
    auto truncated = *bytes;
    truncated.resize(140);  // the archive would run past the segment
    EXPECT_FALSE(findFirmwareDescriptor(truncated).has_value());
    d.board = "a board name that is far too long";
    EXPECT_FALSE(d.serialize().ok());
    EXPECT_FALSE(findFirmwareDescriptor(base::Bytes(128, 0)).has_value());
}

TEST(FrozenArchive, RoundTripAndRejection) {
    std::vector<FrozenModule> modules = {{"_boot.py", "import os\n"}, {"_main.py", ""}};
    auto bytes = serializeFrozenArchive(modules);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->size() % 4, 0u);
    auto parsed = parseFrozenArchive(*bytes);
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->size(), 2u);
    EXPECT_EQ((*parsed)[0].source, "import os\n");
    EXPECT_FALSE(serializeFrozenArchive({{"a b.py", ""}}).ok());
    EXPECT_FALSE(serializeFrozenArchive({{"a.py", ""}, {"a.py", ""}}).ok());
    EXPECT_FALSE(parseFrozenArchive(base::ByteView(*bytes).first(20)).ok());
}
