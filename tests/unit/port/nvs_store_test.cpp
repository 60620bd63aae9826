// The firmware's NVS store on an in-memory flash: get/set/erase with Pycom's namespaces, values of
// every type, page reclaim over many writes, a full partition, damaged pages and entries, the
// shared reference partitions read as they are, and every state it leaves checked by the format
// reader (formats/nvs_reader.h): no problems, i.e. a partition ESP-IDF takes as it is.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "base/file.h"
#include "chip/spi_flash.h"
#include "formats/nvs_reader.h"
#include "port/nvs_store.h"

using namespace pyfw;
using port::NvsStore;
using port::NvsValue;
using port::SetResult;
namespace nvs = formats::nvs;

namespace {

constexpr uint32_t kOffset = 0x9000;
constexpr uint32_t kSize = 0x7000;

chip::SpiFlash blankFlash() { return chip::SpiFlash::inMemory(0x20000); }

NvsStore openStore(chip::SpiFlash& flash, port::NvsStoreOptions options = {}) {
    auto store = NvsStore::open(flash, kOffset, kSize, options);
    EXPECT_TRUE(store.ok()) << store.error().message;
    return std::move(store).value();
}

nvs::Partition readBack(const chip::SpiFlash& flash) {
    auto partition = nvs::readPartition(flash.contents().subspan(kOffset, kSize));
    EXPECT_TRUE(partition.ok()) << partition.error().message;
    return partition.ok() ? *partition : nvs::Partition{};
}

void expectClean(const chip::SpiFlash& flash) {
    auto partition = readBack(flash);
    for (const auto& problem : partition.problems) ADD_FAILURE() << problem;
}

void set(NvsStore& store, const std::string& ns, const std::string& key, const NvsValue& value) {
    auto result = store.set(ns, key, value);
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(*result, SetResult::Stored) << key;
}

std::optional<NvsValue> get(const NvsStore& store, const std::string& ns, const std::string& key) {
    auto value = store.get(ns, key);
    EXPECT_TRUE(value.ok()) << value.error().message;
    return value.ok() ? *value : std::nullopt;
}

base::Bytes pattern(size_t size, uint8_t seed) {
    base::Bytes bytes(size);
    for (size_t i = 0; i < size; ++i) bytes[i] = uint8_t(seed + i * 7);
    return bytes;
}

}  // namespace

TEST(NvsStore, PycomValuesRoundTripAndSurviveReopening) {
    auto flash = blankFlash();
    {
        auto store = openStore(flash);
        set(store, "PY_NVM", "count", NvsValue::u32(5));
        set(store, "PY_NVM", "max", NvsValue::u32(0xFFFFFFFF));
        set(store, "LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(300, 1)));
        set(store, "LORA_NVM", "DEVADDR", NvsValue::u32(0x26011234));
        set(store, "misc", "name", NvsValue::string("LoPy4 #17"));
        set(store, "misc", "neg", NvsValue::signedInteger(nvs::ItemType::I64, -5));
        EXPECT_EQ(get(store, "PY_NVM", "count"), NvsValue::u32(5));
        EXPECT_EQ(get(store, "PY_NVM", "nothing"), std::nullopt);
        EXPECT_EQ(get(store, "no_such_ns", "count"), std::nullopt);
    }
    auto store = openStore(flash);
    EXPECT_TRUE(store.repairs().empty());
    EXPECT_EQ(get(store, "PY_NVM", "max"), NvsValue::u32(0xFFFFFFFF));
    EXPECT_EQ(get(store, "LORA_NVM", "MACPARAMS"), NvsValue::blob(pattern(300, 1)));
    EXPECT_EQ(get(store, "misc", "name")->text(), "LoPy4 #17");
    EXPECT_EQ(get(store, "misc", "neg")->asSigned(), -5);
    EXPECT_EQ(store.keys("PY_NVM"), (std::vector<std::string>{"count", "max"}));
    auto partition = readBack(flash);
    EXPECT_TRUE(partition.problems.empty());
    EXPECT_EQ(partition.find("LORA_NVM", "MACPARAMS")->value.bytes, pattern(300, 1));
}

TEST(NvsStore, ReplacingEraseAndEraseAll) {
    auto flash = blankFlash();
    auto store = openStore(flash);
    set(store, "PY_NVM", "a", NvsValue::u32(1));
    set(store, "PY_NVM", "a", NvsValue::u32(2));
    set(store, "PY_NVM", "a", NvsValue::string("now a string"));  // any type replaces any type
    EXPECT_EQ(get(store, "PY_NVM", "a")->text(), "now a string");
    set(store, "PY_NVM", "b", NvsValue::u32(3));
    EXPECT_TRUE(*store.erase("PY_NVM", "a"));
    EXPECT_FALSE(*store.erase("PY_NVM", "a"));
    EXPECT_FALSE(*store.erase("OTHER", "a"));
    set(store, "OTHER", "keep", NvsValue::u32(9));
    EXPECT_EQ(*store.eraseNamespace("PY_NVM"), 1u);
    EXPECT_EQ(get(store, "PY_NVM", "b"), std::nullopt);
    EXPECT_EQ(get(store, "OTHER", "keep"), NvsValue::u32(9));
    expectClean(flash);
}

TEST(NvsStore, AnUnchangedValueWritesNothing) {
    auto flash = blankFlash();
    auto store = openStore(flash);
    set(store, "PY_NVM", "a", NvsValue::blob(pattern(100, 3)));
    auto before = flash.counters();
    set(store, "PY_NVM", "a", NvsValue::blob(pattern(100, 3)));
    EXPECT_EQ(flash.counters().programs, before.programs);
    EXPECT_EQ(flash.counters().erases, before.erases);
}

TEST(NvsStore, BadNamesAndValuesAreRefused) {
    auto flash = blankFlash();
    auto store = openStore(flash);
    auto longKey = store.set("PY_NVM", "sixteen_chars_ab", NvsValue::u32(1));
    ASSERT_FALSE(longKey.ok());
    EXPECT_NE(longKey.error().message.find("at most 15"), std::string::npos);
    EXPECT_TRUE(store.set("PY_NVM", "fifteen_chars_a", NvsValue::u32(1)).ok());
    EXPECT_FALSE(store.set("", "k", NvsValue::u32(1)).ok());
    EXPECT_FALSE(store.set("PY_NVM", "", NvsValue::u32(1)).ok());
    EXPECT_FALSE(store.set("PY_NVM", "k", NvsValue::unsignedInteger(nvs::ItemType::U8, 256)).ok());
    EXPECT_FALSE(store.set("PY_NVM", "k", NvsValue::string(std::string(4000, 'x'))).ok());  // 4001 with its NUL
    EXPECT_TRUE(store.set("PY_NVM", "k", NvsValue::string(std::string(3999, 'x'))).ok());
    EXPECT_FALSE(store.get("PY_NVM", "sixteen_chars_ab").ok());
    expectClean(flash);
}

TEST(NvsStore, ManyWritesReclaimPagesAndKeepEveryValue) {
    auto flash = blankFlash();
    auto store = openStore(flash);
    std::map<std::string, NvsValue> expected;
    for (int i = 0; i < 5000; ++i) {
        std::string key = "k" + std::to_string(i % 37);
        NvsValue value = i % 5 == 0 ? NvsValue::blob(pattern(40 + i % 200, uint8_t(i))) : NvsValue::u32(uint32_t(i));
        set(store, i % 3 ? "PY_NVM" : "LORA_NVM", key, value);
        expected[(i % 3 ? "PY_NVM/" : "LORA_NVM/") + key] = value;
    }
    EXPECT_GT(flash.counters().erases, 50u);  // pages were reclaimed many times
    auto reopened = openStore(flash);
    EXPECT_TRUE(reopened.repairs().empty());
    for (const auto& [name, value] : expected) {
        auto slash = name.find('/');
        EXPECT_EQ(get(reopened, name.substr(0, slash), name.substr(slash + 1)), value) << name;
    }
    expectClean(flash);
}

TEST(NvsStore, AFullPartitionSaysNoSpaceAndLosesNothing) {
    auto flash = blankFlash();
    auto store = openStore(flash);
    int stored = 0;
    for (;; ++stored) {
        auto result = store.set("PY_NVM", "key" + std::to_string(stored), NvsValue::u32(uint32_t(stored)));
        ASSERT_TRUE(result.ok()) << result.error().message;
        if (*result == SetResult::NoSpace) break;
        ASSERT_LT(stored, 2000);
    }
    // Six pages of 126 entries less the namespace entry; the seventh page is the reserve.
    EXPECT_EQ(stored, 6 * 126 - 1);
    auto big = store.set("LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(200, 9)));
    ASSERT_TRUE(big.ok());
    EXPECT_EQ(*big, SetResult::NoSpace);
    for (int i = 0; i < stored; ++i) ASSERT_EQ(get(store, "PY_NVM", "key" + std::to_string(i)), NvsValue::u32(uint32_t(i)));
    // Even a new value for an existing key needs room (it is written before the old one goes, as in
    // ESP-IDF); erasing makes room again, through a page reclaim.
    EXPECT_EQ(*store.set("PY_NVM", "key7", NvsValue::u32(77)), SetResult::NoSpace);
    EXPECT_EQ(get(store, "PY_NVM", "key7"), NvsValue::u32(7));
    EXPECT_TRUE(*store.erase("PY_NVM", "key1"));
    EXPECT_TRUE(*store.erase("PY_NVM", "key2"));
    set(store, "PY_NVM", "key7", NvsValue::u32(77));
    set(store, "PY_NVM", "again", NvsValue::u32(1));
    EXPECT_EQ(get(store, "PY_NVM", "key7"), NvsValue::u32(77));
    expectClean(flash);
}

TEST(NvsStore, ADamagedPageHeaderCostsOnlyThatPage) {
    auto flash = blankFlash();
    {
        auto store = openStore(flash);
        for (int i = 0; i < 200; ++i) set(store, "PY_NVM", "key" + std::to_string(i), NvsValue::u32(uint32_t(i)));
    }
    // Page 1 holds key125..; damage its header's sequence number (bits can only be cleared).
    uint8_t zero = 0;
    ASSERT_TRUE(flash.program(kOffset + nvs::kPageSize + 4, base::ByteView(&zero, 1)).ok());
    auto store = openStore(flash);
    EXPECT_FALSE(store.repairs().empty());
    int kept = 0;
    for (int i = 0; i < 200; ++i) kept += get(store, "PY_NVM", "key" + std::to_string(i)).has_value();
    EXPECT_EQ(kept, 125);  // page 0's values
    set(store, "PY_NVM", "after", NvsValue::u32(1));
    for (int i = 0; i < 300; ++i) set(store, "PY_NVM", "more" + std::to_string(i % 50), NvsValue::u32(uint32_t(i)));
    expectClean(flash);
}

TEST(NvsStore, ADamagedEntryCostsOnlyThatKey) {
    auto flash = blankFlash();
    {
        auto store = openStore(flash);
        set(store, "PY_NVM", "a", NvsValue::u32(1));
        set(store, "PY_NVM", "b", NvsValue::u32(2));
        set(store, "PY_NVM", "c", NvsValue::u32(3));
    }
    uint8_t byte = 0;
    ASSERT_TRUE(flash.program(kOffset + nvs::entryOffset(2) + 24, base::ByteView(&byte, 1)).ok());  // b's value
    auto store = openStore(flash);
    EXPECT_EQ(get(store, "PY_NVM", "a"), NvsValue::u32(1));
    EXPECT_EQ(get(store, "PY_NVM", "b"), std::nullopt);
    EXPECT_EQ(get(store, "PY_NVM", "c"), NvsValue::u32(3));
    expectClean(flash);
}

TEST(NvsStore, ReadsAndUpdatesTheReferencePartitions) {
    auto dir = std::filesystem::path(PYFW_SOURCE_DIR) / ".." / "shared" / "vectors" / "nvs";
    if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "../shared/vectors/nvs is absent";
    for (const char* file : {"fleet_device_v1.bin", "fleet_device_v2.bin", "pycom_app_v1.bin", "pycom_app_v2.bin"}) {
        auto flash = blankFlash();
        ASSERT_TRUE(flash.program(kOffset, *base::readFile(dir / file)).ok());
        auto reference = readBack(flash);
        auto store = openStore(flash);
        EXPECT_TRUE(store.repairs().empty()) << file;
        for (const auto& record : reference.records)
            EXPECT_EQ(get(store, record.nsName, record.key), record.value) << file << " " << record.key;
        set(store, "PY_NVM", "new_key", NvsValue::u32(42));
        set(store, "fleet", "app_key", NvsValue::blob(pattern(16, 4)));
        auto after = readBack(flash);
        EXPECT_TRUE(after.problems.empty()) << file;
        // A v1 partition stays v1 (IDF v3.0/3.1 can still read it): the blob is one item.
        bool v1 = std::string(file).find("_v1") != std::string::npos;
        for (const auto& page : after.pages)
            if (!page.blank && !page.corrupt) EXPECT_EQ(page.header.version, v1 ? 0xFF : 0xFE) << file;
        EXPECT_EQ(after.find("PY_NVM", "new_key")->value, NvsValue::u32(42));
    }
}

TEST(NvsStore, BlankFormatOptionAndLargeBlobs) {
    auto flash = blankFlash();
    port::NvsStoreOptions v1;
    v1.blankFormat = nvs::PageVersion::V1;
    auto store = openStore(flash, v1);
    set(store, "LORA_NVM", "big", NvsValue::blob(pattern(3000, 2)));
    EXPECT_EQ(readBack(flash).pages[0].header.version, 0xFF);
    auto flash2 = blankFlash();
    auto store2 = openStore(flash2);
    set(store2, "LORA_NVM", "huge", NvsValue::blob(pattern(12000, 5)));  // chunks over four pages
    set(store2, "LORA_NVM", "huge", NvsValue::blob(pattern(8000, 6)));
    EXPECT_EQ(get(store2, "LORA_NVM", "huge"), NvsValue::blob(pattern(8000, 6)));
    expectClean(flash2);
    EXPECT_FALSE(store2.set("LORA_NVM", "toolarge", NvsValue::blob(pattern(25000, 1))).ok());
}
