#include "formats/pyfw_images.h"

#include <gtest/gtest.h>

#include "formats/esp32_memory_map.h"

using namespace pyfw;
using namespace pyfw::formats;

TEST(PyfwImages, AppImageCarriesDescriptorAndFrozenModules) {
    FirmwareSpec spec;
    spec.board = "LoPy4";
    spec.frozenModules = {{"_boot.py", "import os\n"}, {"_main.py", "# main\n"}};
    auto bytes = synthesizeAppImage(spec);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    auto image = verifyAppImage(*bytes);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->header.flashMode, 2);
    EXPECT_EQ(image->header.flashSizeFreq, 0x0F);
    for (const auto& segment : image->segments) {
        if (isFlashMappedAddress(segment.loadAddress)) {
            EXPECT_EQ((segment.fileOffset + 8) % 0x10000, segment.loadAddress % 0x10000);
        }
    }
    auto contents = readFirmwareContents(*image);
    ASSERT_TRUE(contents.ok()) << contents.error().message;
    EXPECT_EQ(contents->descriptor.version, "1.17.2.b1");
    EXPECT_EQ(contents->descriptor.board, "LoPy4");
    ASSERT_EQ(contents->frozenModules.size(), 2u);
    EXPECT_EQ(contents->frozenModules[1].source, "# main\n");
    EXPECT_FALSE(contents->bootloaderConfig.has_value());
}

TEST(PyfwImages, BuildsAreReproducibleAndIdsFollowTheContent) {
    FirmwareSpec spec;
    spec.board = "WiPy";
    spec.frozenModules = {{"_boot.py", "a"}};
    auto first = *synthesizeAppImage(spec);
    EXPECT_EQ(first, *synthesizeAppImage(spec));
    auto idOf = [](const base::Bytes& bytes) { return readFirmwareContents(*parseAppImage(bytes))->descriptor.buildId; };
    spec.frozenModules[0].source = "b";
    EXPECT_NE(idOf(first), idOf(*synthesizeAppImage(spec)));
    spec.frozenModules[0].source = "a";
    spec.version = "1.17.3.b1";
    EXPECT_NE(idOf(first), idOf(*synthesizeAppImage(spec)));
}

TEST(PyfwImages, BootloaderCarriesItsConfiguration) {
    BootloaderSpec spec;
    spec.config.secureBoot = true;
    spec.config.flashEncryption = true;
    spec.config.verificationKey.fill(0x42);
    auto bytes = synthesizeBootloaderImage(spec);
    ASSERT_TRUE(bytes.ok());
    EXPECT_LT(bytes->size(), 0x7000u);  // fits between 0x1000 and the partition table
    auto contents = readFirmwareContents(*verifyAppImage(*bytes));
    ASSERT_TRUE(contents.ok()) << contents.error().message;
    EXPECT_EQ(contents->descriptor.kind, DescriptorKind::Bootloader);
    EXPECT_EQ(contents->descriptor.version, "V0.2");
    EXPECT_EQ(contents->descriptor.name, "pyfw bootloader");
    ASSERT_TRUE(contents->bootloaderConfig.has_value());
    EXPECT_EQ(*contents->bootloaderConfig, spec.config);
}

TEST(PyfwImages, ImagesWithoutDescriptorAreRejected) {
    std::vector<ImageSegment> segments{{0x40080000, base::Bytes(16, 1), 0}};
    auto image = *parseAppImage(*serializeAppImage(ImageHeader{}, segments));
    EXPECT_FALSE(readFirmwareContents(image).ok());
}
