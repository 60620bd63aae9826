#include "boot/flash_layout.h"

#include <gtest/gtest.h>

#include "formats/partition_csv.h"
#include "formats/pycom_layout.h"

using namespace pyfw;
using namespace pyfw::boot;

TEST(FlashLayout, PycomLayoutsHaveTheirSlotsAndFreeScratchSectors) {
    for (uint32_t size : {4u << 20, 8u << 20}) {
        auto table = formats::pycomPartitionTable(size);
        ASSERT_TRUE(table.ok());
        auto layout = flashLayoutFrom(*table, size);
        ASSERT_TRUE(layout.ok()) << layout.error().message;
        EXPECT_EQ(layout->factory.offset, 0x10000u);
        EXPECT_EQ(layout->ota0.offset, 0x1A0000u);
        EXPECT_EQ(layout->otadata.offset, 0x190000u);
        EXPECT_EQ(layout->bootInfoBackup, std::optional<uint32_t>(0x191000));
        EXPECT_EQ(layout->encryptionJournal, std::optional<uint32_t>(0x192000));
        EXPECT_EQ(layout->partitionFor(0).offset, 0x10000u);
        EXPECT_EQ(layout->partitionFor(1).offset, 0x1A0000u);
        EXPECT_EQ(layout->partitionFor(2).offset, 0x10000u);
    }
}

TEST(FlashLayout, MissingRolesAreNamed) {
    auto noOta = formats::parsePartitionCsv("nvs, data, nvs, 0x9000, 0x7000\nfactory, app, factory, 0x10000, 1M\n"
                                            "otadata, data, ota, , 4K\n");
    ASSERT_TRUE(noOta.ok());
    auto layout = flashLayoutFrom(*noOta, 4u << 20);
    ASSERT_FALSE(layout.ok());
    EXPECT_NE(layout.error().message.find("ota_0"), std::string::npos);

    auto otadataNotSecond = formats::parsePartitionCsv("factory, app, factory, 0x10000, 1M\notadata, data, ota, , 4K\n"
                                                       "ota_0, app, ota_0, 0x120000, 1M\n");
    ASSERT_TRUE(otadataNotSecond.ok());
    EXPECT_FALSE(flashLayoutFrom(*otadataNotSecond, 4u << 20).ok());
}

TEST(FlashLayout, ScratchSectorsClaimedByAPartitionAreNotUsed) {
    auto table = formats::parsePartitionCsv("nvs, data, nvs, 0x9000, 0x7000\nfactory, app, factory, 0x10000, 1536K\n"
                                            "otadata, data, ota, , 4K\nota_0, app, ota_0, 0x1a0000, 1536K\n"
                                            "spare, data, 7, 0x191000, 8K\n");
    ASSERT_TRUE(table.ok()) << table.error().message;
    auto layout = flashLayoutFrom(*table, 4u << 20);
    ASSERT_TRUE(layout.ok());
    EXPECT_FALSE(layout->bootInfoBackup.has_value());
    EXPECT_FALSE(layout->encryptionJournal.has_value());
}
