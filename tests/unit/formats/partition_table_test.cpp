#include "formats/partition_table.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "crypto/hash.h"
#include "support/toolchain_test_helpers.h"
#include "formats/partition_csv.h"
#include "formats/pycom_layout.h"

using namespace pyfw;
using namespace pyfw::formats;

TEST(PartitionCsv, NumbersFollowPythonAndSuffixes) {
    EXPECT_EQ(*parsePartitionNumber("0x1a0000"), 0x1a0000);
    EXPECT_EQ(*parsePartitionNumber("1536K"), 1536 * 1024);
    EXPECT_EQ(*parsePartitionNumber("4m"), 4 * 1024 * 1024);
    EXPECT_EQ(*parsePartitionNumber("0x10k"), 16 * 1024);
    EXPECT_EQ(*parsePartitionNumber("1_000"), 1000);
    EXPECT_EQ(*parsePartitionNumber("0b101"), 5);
    EXPECT_EQ(*parsePartitionNumber("-0x1000"), -0x1000);
    EXPECT_FALSE(parsePartitionNumber("010").ok());
    EXPECT_FALSE(parsePartitionNumber("12q").ok());
    EXPECT_FALSE(parsePartitionNumber("").ok());
    EXPECT_FALSE(parsePartitionNumber("1__0").ok());
    EXPECT_FALSE(parsePartitionNumber("0x2000000000000000MM").ok());  // overflows int64
    EXPECT_FALSE(parsePartitionCsv("a, data, nvs, -0x10, -0x7fffffffffffffff\n").ok());
}

TEST(PartitionCsv, FillsOffsetsAndFlags) {
    auto table = parsePartitionCsv("# comment\n\nnvs, data, nvs, , 0x6000\nphy, data, phy, , 4K\n"
                                   "factory, app, factory, , 1M, encrypted\nother, 0x40, 0x12, 0x200000, 8K\n");
    ASSERT_TRUE(table.ok()) << table.error().message;
    ASSERT_EQ(table->entries.size(), 4u);
    EXPECT_EQ(table->entries[0].offset, 0x5000u);
    EXPECT_EQ(table->entries[1].offset, 0xB000u);
    EXPECT_EQ(table->entries[2].offset, 0x10000u);
    EXPECT_TRUE(table->entries[2].encrypted);
    EXPECT_EQ(table->entries[3].type, 0x40);
    EXPECT_TRUE(verifyPartitionTable(*table).ok());
}

TEST(PartitionCsv, NegativeSizeMeansEndAddress) {
    auto table = parsePartitionCsv("a, data, nvs, 0x9000, -0x10000\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->entries[0].size, 0x7000u);
}

TEST(PartitionCsv, ErrorsNameTheLineAndTheRule) {
    auto badType = parsePartitionCsv("\nx, bogus, nvs, 0x9000, 4K\n");
    ASSERT_FALSE(badType.ok());
    EXPECT_EQ(badType.error().message, "line 2: Value 'bogus' is not valid. Known keywords: app, data");
    EXPECT_FALSE(parsePartitionCsv("x, data, nvs, 0x9000,\n").ok());
    EXPECT_FALSE(parsePartitionCsv("x, data, nvs, 0x9000, 4K, readonly\n").ok());
    EXPECT_FALSE(parsePartitionCsv("x, data, $NOPE, 0x9000, 4K\n").ok());
    auto withVar = parsePartitionCsv("x, data, $SUB, 0x9000, 4K\n", [](const std::string& name) {
        return name == "SUB" ? std::optional<std::string>("nvs") : std::nullopt;
    });
    ASSERT_TRUE(withVar.ok());
    EXPECT_EQ(withVar->entries[0].subtype, 2);
}

TEST(PartitionTable, VerifyCatchesOverlapsAlignmentAndLowOffsets) {
    auto overlap = *parsePartitionCsv("a, data, nvs, 0x9000, 0x2000\nb, data, nvs, 0xA000, 0x1000\n");
    EXPECT_NE(verifyPartitionTable(overlap).error().message.find("overlaps"), std::string::npos);
    auto misaligned = *parsePartitionCsv("a, app, factory, 0x18000, 64K\n");
    EXPECT_NE(verifyPartitionTable(misaligned).error().message.find("aligned"), std::string::npos);
    auto low = *parsePartitionCsv("a, data, nvs, 0x1000, 4K\n");
    EXPECT_NE(verifyPartitionTable(low).error().message.find("below"), std::string::npos);
    auto longName = *parsePartitionCsv("seventeen_chars_x, data, nvs, 0x9000, 4K\n");
    EXPECT_FALSE(verifyPartitionTable(longName).ok());
    auto big = *parsePartitionCsv("a, data, nvs, 0x9000, 4M\n");
    EXPECT_FALSE(verifyPartitionTable(big, 4 * 1024 * 1024).ok());
}

TEST(PartitionTable, BinaryRoundTripWithAndWithoutMd5) {
    auto table = *pycomPartitionTable(4 * 1024 * 1024);
    for (bool md5 : {false, true}) {
        auto bytes = serializePartitionTable(table, md5);
        ASSERT_TRUE(bytes.ok());
        EXPECT_EQ(bytes->size(), kPartitionTableSize);
        auto parsed = parsePartitionTable(*bytes);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        EXPECT_EQ(parsed->entries, table.entries);
        EXPECT_EQ(parsed->hasMd5, md5);
    }
    auto withMd5 = *serializePartitionTable(table, true);
    withMd5[7 * 32 + 20] ^= 1;
    EXPECT_FALSE(parsePartitionTable(withMd5).ok());
}

TEST(PartitionTable, BinaryErrors) {
    auto bytes = *serializePartitionTable(*pycomPartitionTable(4 * 1024 * 1024));
    auto badMagic = bytes;
    badMagic[32] = 0x12;
    EXPECT_NE(parsePartitionTable(badMagic).error().message.find("magic"), std::string::npos);
    EXPECT_FALSE(parsePartitionTable(base::ByteView(bytes).first(40)).ok());
    base::Bytes full(kPartitionTableSize, 0);
    for (size_t i = 0; i < full.size(); i += 32) { full[i] = 0xAA; full[i + 1] = 0x50; }
    EXPECT_NE(parsePartitionTable(full).error().message.find("end-of-table"), std::string::npos);
    PartitionTable tooMany;
    tooMany.entries.resize(96);
    EXPECT_FALSE(serializePartitionTable(tooMany).ok());
}

TEST(PartitionTable, CsvFormatMatchesGenEsp32part) {
    auto table = *pycomPartitionTable(4 * 1024 * 1024);
    EXPECT_EQ(formatPartitionCsv(table),
              "# Espressif ESP32 Partition Table\n# Name, Type, SubType, Offset, Size, Flags\n"
              "nvs,data,nvs,0x9000,28K,\nfactory,app,factory,0x10000,1536K,encrypted\n"
              "otadata,data,ota,0x190000,4K,encrypted\nota_0,app,ota_0,0x1a0000,1536K,encrypted\n"
              "dummy,data,7,0x320000,64K,\nfs,data,5,0x380000,508K,encrypted\nconfig,data,6,0x3ff000,4K,\n");
    auto again = parsePartitionCsv(formatPartitionCsv(table));
    EXPECT_EQ(again->entries, table.entries);
}

TEST(PycomLayout, BothFlashSizesKeepOtadataAtIndexTwo) {
    for (uint32_t size : {4u << 20, 8u << 20}) {
        auto table = pycomPartitionTable(size);
        ASSERT_TRUE(table.ok()) << table.error().message;
        EXPECT_EQ(table->entries[kPycomOtaDataIndex].label, "otadata");
        EXPECT_EQ(table->find("factory")->offset, kPycomFactoryOffset);
        EXPECT_EQ(table->find("ota_0")->offset, kPycomOta0Offset);
        EXPECT_EQ(table->find("config")->offset, kPycomConfigOffset);
    }
    EXPECT_EQ(pycomPartitionTable(8u << 20)->find("fs")->offset, 0x400000u);
    EXPECT_FALSE(pycomPartitionTable(2u << 20).ok());
}

TEST(PartitionTable, ReproducesGenEsp32partVector) {
    auto dir = test::sharedVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/esp32 is absent";
    auto csv = base::readFile(dir / "partitions/partitions_pycom_layout.csv");
    auto table = parsePartitionCsv(base::toString(*csv));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(*serializePartitionTable(*table), *base::readFile(dir / "partitions/partitions_v3.0.bin"));
}
