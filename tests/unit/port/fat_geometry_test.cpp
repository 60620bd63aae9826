#include "port/fs/fat_geometry.h"

#include <gtest/gtest.h>

using namespace pyfw::port::fs;

TEST(FatGeometry, PycomFourMegabyteBoardVolume) {
    auto g = planVolume(127 * 4096);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->type, FatType::Fat12);
    EXPECT_EQ(g->totalSectors, 1016u);
    EXPECT_EQ(g->sectorsPerCluster, 1u);
    EXPECT_EQ(g->clusterCount, 960u);
    EXPECT_EQ(g->rootEntries, 512u);
    EXPECT_EQ(g->dataOffset() % 4096, 0u);
    EXPECT_EQ(g->fatOffset(0) % 4096, 0u);
    EXPECT_EQ(g->fatOffset(1) % 4096, 0u);
    EXPECT_EQ(g->rootOffset() % 4096, 0u);
}

TEST(FatGeometry, PycomEightMegabyteBoardVolume) {
    auto g = planVolume(1024 * 4096);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->type, FatType::Fat12);
    EXPECT_EQ(g->sectorsPerCluster, 2u);   // f_mkfs's rule from 2 MiB up
    EXPECT_EQ(g->clusterCount, 4060u);
    EXPECT_EQ(g->dataOffset() % 4096, 0u);
}

TEST(FatGeometry, LargerRegionsBecomeFat16AndTinyOnesFail) {
    auto big = planVolume(16u << 20);
    ASSERT_TRUE(big.ok());
    EXPECT_EQ(big->type, FatType::Fat16);
    EXPECT_GT(big->clusterCount, kMaxFat12Clusters);
    auto tiny = planVolume(64 * 1024);
    ASSERT_TRUE(tiny.ok());
    EXPECT_EQ(tiny->rootEntries, 128u);
    EXPECT_EQ(planVolume(16 * 1024).error().code, Errno::Invalid);
}

TEST(FatGeometry, BootSectorRoundTrips) {
    for (uint64_t size : {uint64_t(64 * 1024), uint64_t(127 * 4096), uint64_t(4u << 20), uint64_t(64u << 20)}) {
        auto g = planVolume(size);
        ASSERT_TRUE(g.ok()) << size;
        auto sector = encodeBootSector(*g, 0x12345678);
        auto back = parseBootSector(sector, size);
        ASSERT_TRUE(back.ok()) << back.error().message;
        EXPECT_EQ(back->clusterCount, g->clusterCount);
        EXPECT_EQ(back->type, g->type);
        EXPECT_EQ(back->sectorsPerFat, g->sectorsPerFat);
        EXPECT_EQ(back->dataOffset(), g->dataOffset());
        EXPECT_EQ(g->totalSectors % pyfw::base::readLe16(&sector[24]), 0u);   // mtools: whole tracks
        EXPECT_EQ(pyfw::base::readLe32(&sector[39]), 0x12345678u);
    }
}

TEST(FatGeometry, BadBootSectorsNameTheRule) {
    auto g = planVolume(127 * 4096);
    auto good = encodeBootSector(*g, 1);
    auto broken = [&](auto change) {
        auto sector = good;
        change(sector);
        auto parsed = parseBootSector(sector, 127 * 4096);
        EXPECT_FALSE(parsed.ok());
        return parsed.ok() ? std::string() : parsed.error().message;
    };
    EXPECT_NE(broken([](auto& s) { s[510] = 0; }).find("55 AA"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[11] = 0; s[12] = 0x10; }).find("4096 bytes"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[13] = 3; }).find("power of two"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[22] = s[23] = 0; }).find("FAT32"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[16] = 0; }).find("FATs"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[19] = 0xFF; s[20] = 0xFF; }).find("larger than its partition"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[22] = 1; }).find("too small"), std::string::npos);
    EXPECT_NE(broken([](auto& s) { s[0] = 0; }).find("jump"), std::string::npos);
    EXPECT_EQ(parseBootSector(good, 127 * 4096 - 4096).error().code, Errno::NoDevice);
}
