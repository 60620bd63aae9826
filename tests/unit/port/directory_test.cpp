#include "port/fs/directory.h"
#include "port/fs/fat_name.h"

#include <gtest/gtest.h>

#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;

namespace {

struct DirRig {
    FsRig rig;
    Geometry geometry = *planVolume(127 * kBlockSize);
    FlashRegion fat = rig.storage(false).fat;
    BlockCache cache{fat, nullptr, 4};
    FatTable table = load();
    FatTable load() {
        EXPECT_TRUE(Volume::format(rig.storage(false), rig.clock()).ok());
        return *FatTable::load(cache, geometry);
    }
    Directory root() { return Directory(cache, table, geometry, 0); }
    DirEntryRecord record(uint8_t attr = kAttrArchive) {
        DirEntryRecord r;
        r.attr = attr;
        r.writeDate = 0x5000;
        return r;
    }
    base::Bytes rawEntry(uint32_t index) {
        base::Bytes out(32);
        EXPECT_TRUE(cache.read(geometry.rootOffset() + index * 32, out).ok());
        return out;
    }
};

}  // namespace

TEST(Directory, AnEightDotThreeNameTakesOneEntry) {
    DirRig d;
    auto item = d.root().add("boot.py", d.record());
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->index, 0u);
    EXPECT_EQ(item->firstIndex, 0u);
    auto raw = d.rawEntry(0);
    EXPECT_EQ(std::string(raw.begin(), raw.begin() + 11), "BOOT    PY ");
    EXPECT_EQ(raw[12], kLowerBase | kLowerExt);
    auto items = d.root().items();
    ASSERT_EQ(items->size(), 1u);
    EXPECT_EQ((*items)[0].name, "boot.py");
}

TEST(Directory, LongNamesGetLongEntriesAndNumericTails) {
    DirRig d;
    std::string name = "a long file name.txt";   // 20 characters: two long-name entries
    auto first = d.root().add(name, d.record());
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->firstIndex, 0u);
    EXPECT_EQ(first->index, 2u);
    EXPECT_EQ(d.rawEntry(0)[0], 0x42);   // last part first, flagged 0x40
    EXPECT_EQ(d.rawEntry(1)[0], 0x01);
    auto raw = d.rawEntry(2);
    EXPECT_EQ(std::string(raw.begin(), raw.begin() + 11), "ALONGF~1TXT");
    auto second = d.root().add("a long file name.py", d.record());
    ASSERT_TRUE(second.ok());
    auto raw2 = d.rawEntry(second->index);
    EXPECT_EQ(std::string(raw2.begin(), raw2.begin() + 11), "ALONGF~1PY ");   // another extension: no clash
    auto third = d.root().add("A Long File Name.txt", d.record());
    ASSERT_TRUE(third.ok());
    auto raw3 = d.rawEntry(third->index);
    EXPECT_EQ(std::string(raw3.begin(), raw3.begin() + 11), "ALONGF~2TXT");
    auto mixed = d.root().add("Main.py", d.record());
    auto raw4 = d.rawEntry(mixed->index);
    EXPECT_EQ(std::string(raw4.begin(), raw4.begin() + 11), "MAIN    PY ");   // no tail: nothing was lost
    auto items = *d.root().items();
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(items[0].name, name);
    EXPECT_EQ(items[3].name, "Main.py");
}

TEST(Directory, FindIgnoresCaseAndAcceptsShortNames) {
    DirRig d;
    ASSERT_TRUE(d.root().add("Settings.json", d.record()).ok());
    ASSERT_TRUE(d.root().add("a long file name.txt", d.record()).ok());
    EXPECT_TRUE((*d.root().find("SETTINGS.JSON")).has_value());
    EXPECT_TRUE((*d.root().find("alongf~1.txt")).has_value());
    EXPECT_FALSE((*d.root().find("settings")).has_value());
}

TEST(Directory, EraseMarksEveryEntryOfTheName) {
    DirRig d;
    auto item = *d.root().add("a long file name.txt", d.record());
    ASSERT_TRUE(d.root().erase(item).ok());
    for (uint32_t i = 0; i <= item.index; ++i) EXPECT_EQ(d.rawEntry(i)[0], kDeletedMark);
    EXPECT_TRUE(d.root().items()->empty());
    auto again = d.root().add("short.txt", d.record());
    EXPECT_EQ(again->index, 0u);   // the freed run is used again
}

TEST(Directory, TheLongestNameFits) {
    DirRig d;
    std::string name(255, 'n');
    auto item = d.root().add(name, d.record());
    ASSERT_TRUE(item.ok());
    EXPECT_EQ(item->index, 20u);   // 20 long-name entries, then the short one
    EXPECT_EQ((*d.root().items())[0].name, name);
}

TEST(Directory, TheRootFillsUpASubdirectoryGrows) {
    DirRig d;
    for (int i = 0; i < 512; ++i) ASSERT_TRUE(d.root().add(pyfw::testing::numbered("F", i), d.record()).ok()) << i;
    EXPECT_EQ(d.root().add("ONEMORE", d.record()).error().code, Errno::NoSpace);

    DirRig s;
    uint32_t cluster = *s.table.allocate(0);
    ASSERT_TRUE(Directory::initialize(s.cache, s.geometry, cluster, 0, s.record(kAttrDirectory)).ok());
    Directory sub(s.cache, s.table, s.geometry, cluster);
    for (int i = 0; i < 40; ++i) ASSERT_TRUE(sub.add(pyfw::testing::numbered("file number ", i), s.record()).ok()) << i;
    EXPECT_GT(s.table.chain(cluster)->size(), 4u);
    Directory reread(s.cache, s.table, s.geometry, cluster);
    auto items = *reread.items();
    ASSERT_EQ(items.size(), 40u);
    EXPECT_EQ(items[39].name, "file number 39");
    EXPECT_EQ(reread.entryAt(1)->shortName[1], '.');
}
