#include "formats/app_image.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "crypto/hash.h"
#include "formats/elf_file.h"
#include "formats/esp32_memory_map.h"
#include "formats/image_info.h"
#include "formats/image_layout.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::formats;

namespace {

ImageLayoutOptions referenceOptions(const char* mode, const char* freq, const char* size) {
    ImageLayoutOptions options;
    options.flashMode = *valueNamed(kFlashModes, mode);
    options.flashSizeFreq = uint8_t(*valueNamed(kFlashSizes, size) | *valueNamed(kFlashFrequencies, freq));
    options.maxRevFull = 0;
    return options;
}

std::vector<ImageSegment> twoSegments() {
    return {{0x3FFB0000, base::Bytes{1, 2, 3, 4}, 0}, {0x40080000, base::Bytes(64, 0xA5), 0}};
}

}  // namespace

TEST(AppImage, SerializeThenParseRoundTrips) {
    ImageHeader header;
    header.entryAddress = 0x40080004;
    header.flashMode = 2;
    auto bytes = serializeAppImage(header, twoSegments());
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ((bytes->size() - 32) % 16, 0u);
    auto image = verifyAppImage(*bytes);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->segments.size(), 2u);
    EXPECT_EQ(image->segments[1].data, base::Bytes(64, 0xA5));
    EXPECT_EQ(image->segments[1].fileOffset, 24u + 8 + 4);
    EXPECT_EQ(image->header.entryAddress, 0x40080004u);
    EXPECT_EQ(image->imageLength, bytes->size());
    EXPECT_EQ(image->calculatedChecksum, uint8_t(0xEF ^ 1 ^ 2 ^ 3 ^ 4));
}

TEST(AppImage, DetectsCorruption) {
    auto bytes = *serializeAppImage(ImageHeader{}, twoSegments());
    auto badMagic = bytes;
    badMagic[0] = 0xE8;
    EXPECT_NE(parseAppImage(badMagic).error().message.find("magic"), std::string::npos);
    auto badData = bytes;
    badData[50] ^= 1;  // inside segment 1: checksum and hash both break
    auto parsed = parseAppImage(badData);
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->checksumValid());
    EXPECT_NE(verifyAppImage(badData).error().message.find("checksum"), std::string::npos);
    auto badHash = bytes;
    badHash.back() ^= 1;
    EXPECT_NE(verifyAppImage(badHash).error().message.find("SHA-256"), std::string::npos);
    for (size_t cut : {size_t(0), size_t(10), size_t(30), size_t(60), bytes.size() - 33, bytes.size() - 1}) {
        auto result = verifyAppImage(base::ByteView(bytes).first(cut));
        EXPECT_FALSE(result.ok()) << "cut at " << cut;
    }
    auto manySegments = bytes;
    manySegments[1] = 17;
    EXPECT_FALSE(parseAppImage(manySegments).ok());
    auto badFlag = bytes;
    badFlag[23] = 2;
    EXPECT_FALSE(parseAppImage(badFlag).ok());
}

TEST(AppImage, SerializeRejectsUnalignedSegments) {
    std::vector<ImageSegment> segments{{0x3FFB0000, base::Bytes(3), 0}};
    EXPECT_FALSE(serializeAppImage(ImageHeader{}, segments).ok());
}

TEST(ImageLayout, FlashSegmentsLandOnTheirPageOffsets) {
    std::vector<ElfChunk> chunks = {
        {".flash.rodata", 0x3F400020, base::Bytes(0x1234, 1)},
        {".dram0.data", 0x3FFB0000, base::Bytes(0x800, 2)},
        {".iram0.text", 0x40080000, base::Bytes(0x20000, 3)},
        {".flash.text", 0x400D0018, base::Bytes(0x3001, 4)},
    };
    auto bytes = layoutImage(chunks, 0x40080000, ImageLayoutOptions{});
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    auto image = verifyAppImage(*bytes);
    ASSERT_TRUE(image.ok());
    for (const auto& segment : image->segments) {
        if (isFlashMappedAddress(segment.loadAddress)) {
            EXPECT_EQ((segment.fileOffset + 8) % 0x10000, segment.loadAddress % 0x10000);
        }
    }
    EXPECT_EQ(image->segments.back().data.size() % 4, 0u);
}

TEST(ImageLayout, MergesAdjacentSectionsOfOneMemoryType) {
    std::vector<ElfChunk> chunks = {
        {".a", 0x40080000, base::Bytes(16, 1)},
        {".b", 0x40080010, base::Bytes(6, 2)},  // padded to 8, then merged
        {".c", 0x3FFB0000, base::Bytes(8, 3)},
    };
    auto image = *parseAppImage(*layoutImage(chunks, 0x40080000, ImageLayoutOptions{}));
    ASSERT_EQ(image.segments.size(), 2u);
    EXPECT_EQ(image.segments[1].data.size(), 24u);
}

TEST(ImageLayout, ReproducesElf2imageVectors) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    struct Case {
        const char* elf;
        const char* bin;
        ImageLayoutOptions options;
    } cases[] = {
        {"app.elf", "app.bin", referenceOptions("dio", "40m", "4MB")},
        {"bootloader_m0.elf", "bootloader_m0.bin", referenceOptions("dio", "40m", "4MB")},
        {"app.elf", "app_qio80_8mb_securepad.bin", referenceOptions("qio", "80m", "8MB")},
    };
    cases[2].options.securePadV1 = true;
    for (const auto& c : cases) {
        auto elf = parseElf(*base::readFile(dir / "images" / c.elf));
        ASSERT_TRUE(elf.ok()) << elf.error().message;
        auto image = elfToImage(*elf, c.options);
        ASSERT_TRUE(image.ok()) << image.error().message;
        EXPECT_EQ(*image, *base::readFile(dir / "images" / c.bin)) << c.bin;
    }
}

TEST(ImageInfo, ReproducesEsptoolReport) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto bytes = *base::readFile(dir / "images/bootloader_m0.bin");
    auto expected = *base::readFile(dir / "images/bootloader_m0.image_info.txt");
    auto image = parseAppImage(bytes);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(describeImage(*image, bytes.size()), base::toString(expected));
}

TEST(ImageInfo, ReportsInvalidChecksumAndHash) {
    auto bytes = *serializeAppImage(ImageHeader{}, twoSegments());
    bytes[50] ^= 1;
    std::string report = describeImage(*parseAppImage(bytes), bytes.size());
    EXPECT_NE(report.find("(invalid - calculated"), std::string::npos);
    EXPECT_NE(report.find(" (invalid)\n"), std::string::npos);
}

// elf2image rules that the reference vectors do not reach.
TEST(ImageLayout, ZeroExtendsAFlashSegmentEndingJustPastAPage) {
    // DROM data that would end 0x10 bytes past a 64 KiB boundary gets 0x14 zero bytes more.
    std::vector<ElfChunk> chunks = {{".flash.rodata", 0x3F400020, base::Bytes(0x10000 - 0x20 - 8 + 0x10, 7)}};
    auto image = *parseAppImage(*layoutImage(chunks, 0x40080000, ImageLayoutOptions{}));
    ASSERT_EQ(image.segments.size(), 1u);
    size_t end = image.segments[0].fileOffset + 8 + image.segments[0].data.size();
    EXPECT_EQ(end % 0x10000, 0x24u);
}

TEST(ImageLayout, PadsWithAZeroSegmentWhenNoRamSegmentCanFill) {
    std::vector<ElfChunk> chunks = {{".flash.text", 0x400D0018, base::Bytes(64, 1)},
                                    {".flash.rodata", 0x3F400020, base::Bytes(64, 2)}};
    auto image = *parseAppImage(*layoutImage(chunks, 0x40080000, ImageLayoutOptions{}));
    // DROM first (lower address), then a padding segment at load address 0, then IROM.
    ASSERT_EQ(image.segments.size(), 3u);
    EXPECT_EQ(image.segments[0].loadAddress, 0x3F400020u);
    EXPECT_EQ(image.segments[1].loadAddress, 0u);
    EXPECT_EQ(image.segments[2].loadAddress, 0x400D0018u);
    EXPECT_EQ((image.segments[2].fileOffset + 8) % 0x10000, 0x18u);
}

TEST(ImageLayout, RejectsTwoFlashSegmentsInOnePageAndTooManySegments) {
    std::vector<ElfChunk> samePage = {{".a", 0x3F400020, base::Bytes(16, 1)}, {".b", 0x3F400100, base::Bytes(16, 2)}};
    EXPECT_FALSE(layoutImage(samePage, 0, ImageLayoutOptions{}).ok());
    std::vector<ElfChunk> many;
    for (uint32_t i = 0; i < 17; ++i) many.push_back({".s", 0x3FFB0000 + 0x100 * i, base::Bytes(16, 3)});
    EXPECT_FALSE(layoutImage(many, 0, ImageLayoutOptions{}).ok());
    ImageLayoutOptions noDigest;
    noDigest.appendDigest = false;
    noDigest.securePadV1 = true;
    EXPECT_FALSE(layoutImage({{".c", 0x3FFB0000, base::Bytes(16, 1)}}, 0, noDigest).ok());
}

TEST(ImageLayout, SecurePadEndsTheSignedImage12BytesBeforeAPage) {
    ImageLayoutOptions options;
    options.securePadV1 = true;
    auto bytes = *layoutImage({{".c", 0x3FFB0000, base::Bytes(1000, 1)}}, 0, options);
    EXPECT_EQ((bytes.size() + 68) % 0x10000, 0xFFF4u);
}
