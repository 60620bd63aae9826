// NVS under power cuts: a board's nvs partition is changed (a u32 replaced, a blob replaced, a
// write that forces a page reclaim, a first write on a partition made by nvs_partition_gen.py, an
// erase), and the power is cut during every flash write of that change, with the write in flight
// kept, dropped or torn. After each cut the board is powered again and the store opened: the key
// holds its old or its new value, every other key is intact, the partition is clean for ESP-IDF
// (formats/nvs_reader.h finds no problem) and the store keeps working. The reclaim case also cuts
// the repair that opening does after a cut, at every one of its writes.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>

#include "base/file.h"
#include "formats/nvs_reader.h"
#include "port/nvs_store.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using chip::PendingWrite;
using port::NvsStore;
using port::NvsValue;
namespace nvs = formats::nvs;

namespace {

constexpr uint32_t kNvsOffset = 0x9000;
constexpr uint32_t kNvsSize = 0x7000;
const std::vector<std::string> kNamespaces = {"PY_NVM", "LORA_NVM", "fleet"};

using Snapshot = std::map<std::pair<std::string, std::string>, NvsValue>;

Snapshot snapshotOf(const NvsStore& store) {
    Snapshot all;
    for (const auto& ns : kNamespaces)
        for (const auto& key : store.keys(ns)) all[{ns, key}] = **store.get(ns, key);
    return all;
}

base::Bytes pattern(size_t size, uint8_t seed) {
    base::Bytes bytes(size);
    for (size_t i = 0; i < size; ++i) bytes[i] = uint8_t(seed * 31 + i * 7);
    return bytes;
}

struct Case {
    std::string ns, key;
    std::optional<NvsValue> before, after;  // nullopt: absent
    std::function<void(chip::Board&)> prepare;
    std::function<base::Status(NvsStore&)> change;
};

void requireSet(NvsStore& store, const std::string& ns, const std::string& key, const NvsValue& value) {
    auto result = store.set(ns, key, value);
    ASSERT_TRUE(result.ok() && *result == port::SetResult::Stored) << key;
}

chip::Board preparedBoard(const Case& c) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    c.prepare(board);
    return board;
}

base::Status applyChange(chip::Board& board, const Case& c) {
    PYFW_ASSIGN(auto store, NvsStore::openOnBoard(board));
    return c.change(store);
}

uint64_t writesOf(const chip::Board& start, const std::function<void(chip::Board&)>& action) {
    auto copy = copyBoard(start);
    action(copy);
    return copy.powerCut().writesSeen();
}

// After power comes back: open (repairing), check, and use the store once more.
void checkRecovered(chip::Board& board, const Case& c, const Snapshot& others, const std::string& what) {
    auto store = NvsStore::openOnBoard(board);
    ASSERT_TRUE(store.ok()) << what << ": " << store.error().message;
    auto value = store->get(c.ns, c.key);
    ASSERT_TRUE(value.ok()) << what;
    EXPECT_TRUE(*value == c.before || *value == c.after) << what << ": " << (*value ? (*value)->describe() : "absent");
    auto now = snapshotOf(*store);
    now.erase({c.ns, c.key});
    EXPECT_EQ(now, others) << what << ": another key changed";
    auto partition = nvs::readPartition(board.flash().contents().subspan(kNvsOffset, kNvsSize));
    ASSERT_TRUE(partition.ok());
    for (const auto& problem : partition->problems) ADD_FAILURE() << what << ": " << problem;
    auto again = store->set("PY_NVM", "after_cut", NvsValue::u32(7));
    EXPECT_TRUE(again.ok() && *again == port::SetResult::Stored) << what;
}

void sweep(const Case& c, PendingWrite fate, bool cutTheRepairToo = false) {
    auto start = preparedBoard(c);
    Snapshot others;
    {
        auto store = NvsStore::openOnBoard(start);
        ASSERT_TRUE(store.ok());
        others = snapshotOf(*store);
        others.erase({c.ns, c.key});
        ASSERT_EQ(*store->get(c.ns, c.key), c.before);
    }
    auto action = [&](chip::Board& board) { (void)applyChange(board, c); };
    uint64_t total = writesOf(start, action);
    ASSERT_GE(total, 2u);  // at least an entry or a state, and the old value's state
    for (uint64_t n = 1; n <= total; ++n) {
        auto board = copyBoard(start);
        board.powerCut().armAt(n, fate, uint32_t(n));
        action(board);
        ASSERT_TRUE(board.powerLost()) << "write " << n;
        board.restorePower();
        std::string what = "cut at write " + std::to_string(n) + " of " + std::to_string(total) + " (" +
                           std::string(chip::pendingWriteName(fate)) + ")";
        if (cutTheRepairToo) {
            auto repair = [](chip::Board& b) { (void)NvsStore::openOnBoard(b); };
            uint64_t repairWrites = writesOf(board, repair);
            for (uint64_t m = 1; m <= repairWrites; ++m) {
                auto twice = copyBoard(board);
                twice.powerCut().armAt(m, fate, uint32_t(n * 1000 + m));
                repair(twice);
                twice.restorePower();
                checkRecovered(twice, c, others, what + ", then at repair write " + std::to_string(m));
                if (::testing::Test::HasFatalFailure()) return;
            }
        }
        checkRecovered(board, c, others, what);
        if (::testing::Test::HasFatalFailure()) return;
    }
    // Uncut, the change lands.
    auto board = copyBoard(start);
    ASSERT_TRUE(applyChange(board, c).ok());
    auto store = NvsStore::openOnBoard(board);
    EXPECT_EQ(*store->get(c.ns, c.key), c.after);
}

void someKeys(chip::Board& board) {
    auto store = NvsStore::openOnBoard(board);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < 20; ++i) requireSet(*store, "PY_NVM", "key" + std::to_string(i), NvsValue::u32(uint32_t(i * 1000)));
    requireSet(*store, "LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(300, 1)));
    requireSet(*store, "LORA_NVM", "DEVADDR", NvsValue::u32(0x26011234));
}

// Fills the partition until only the reserve page is free and the active page has no room left
// for an 8-entry item, with erased entries in the oldest page for the reclaim to recover.
void nearlyFull(chip::Board& board) {
    auto store = NvsStore::openOnBoard(board);
    ASSERT_TRUE(store.ok());
    requireSet(*store, "LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(200, 1)));
    for (int i = 0; i < 5 * 126 + 118 - 9; ++i) requireSet(*store, "PY_NVM", "k" + std::to_string(i), NvsValue::u32(uint32_t(i)));
    for (int i = 0; i < 40; ++i) ASSERT_TRUE(*store->erase("PY_NVM", "k" + std::to_string(i)));
}

Case u32Case() {
    return {"PY_NVM", "key7", NvsValue::u32(7000), NvsValue::u32(7001), someKeys,
            [](NvsStore& s) { return s.set("PY_NVM", "key7", NvsValue::u32(7001)).ok() ? base::okStatus() : base::fail("set"); }};
}

Case blobCase() {
    return {"LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(300, 1)), NvsValue::blob(pattern(310, 2)), someKeys,
            [](NvsStore& s) {
                return s.set("LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(310, 2))).ok() ? base::okStatus() : base::fail("set");
            }};
}

Case reclaimCase() {
    return {"LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(200, 1)), NvsValue::blob(pattern(210, 3)), nearlyFull,
            [](NvsStore& s) {
                auto r = s.set("LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(210, 3)));
                return r.ok() && *r == port::SetResult::Stored ? base::okStatus() : base::fail("set");
            }};
}

Case eraseCase() {
    return {"LORA_NVM", "MACPARAMS", NvsValue::blob(pattern(300, 1)), std::nullopt, someKeys,
            [](NvsStore& s) { return s.erase("LORA_NVM", "MACPARAMS").ok() ? base::okStatus() : base::fail("erase"); }};
}

class NvsPowerCut : public ::testing::TestWithParam<PendingWrite> {};

}  // namespace

TEST_P(NvsPowerCut, EveryWriteOfAU32Set) { sweep(u32Case(), GetParam()); }
TEST_P(NvsPowerCut, EveryWriteOfABlobSet) { sweep(blobCase(), GetParam()); }
TEST_P(NvsPowerCut, EveryWriteOfAnErase) { sweep(eraseCase(), GetParam()); }

TEST_P(NvsPowerCut, EveryWriteOfASetThatReclaimsAPageAndOfTheRepairAfterIt) {
    auto c = reclaimCase();
    auto start = preparedBoard(c);
    auto probe = copyBoard(start);
    uint64_t erasesBefore = probe.flash().counters().erases;
    ASSERT_TRUE(applyChange(probe, c).ok());
    ASSERT_GT(probe.flash().counters().erases, erasesBefore) << "the set did not reclaim a page";
    sweep(c, GetParam(), true);
}

TEST_P(NvsPowerCut, EveryWriteOfTheFirstSetOnAGeneratedPartition) {
    auto dir = std::filesystem::path(PYFW_SOURCE_DIR) / ".." / "shared" / "vectors" / "nvs";
    if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "../shared/vectors/nvs is absent";
    for (const char* file : {"pycom_app_v1.bin", "pycom_app_v2.bin"}) {
        auto image = *base::readFile(dir / file);
        Case c{"PY_NVM", "count", NvsValue::u32(5), NvsValue::u32(6),
               [image](chip::Board& board) { rewriteFlash(board, kNvsOffset, image); },
               [](NvsStore& s) { return s.set("PY_NVM", "count", NvsValue::u32(6)).ok() ? base::okStatus() : base::fail("set"); }};
        sweep(c, GetParam());
    }
}

INSTANTIATE_TEST_SUITE_P(Fates, NvsPowerCut, ::testing::Values(PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn),
                         [](const auto& info) { return std::string(chip::pendingWriteName(info.param)); });
