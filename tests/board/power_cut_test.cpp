// Power cuts at every persistent write (flash program, flash erase, eFuse burn) of first-boot
// encryption, of an OTA update and of boot_info updates, with the write in flight kept, dropped or
// torn. After each cut the board is powered again and must start an intact image, old or new,
// and keep no plaintext where an encrypted partition should be.
//
// The one exception is physical: the ROM reads the bootloader raw while FLASH_CRYPT_CNT is even and
// decrypted once it is odd, and there is a single copy of it. A cut between the first erase of the
// bootloader region and the counter burn leaves a board the ROM cannot start (as on a real ESP32).
// The sweep names exactly those writes, checks that each such cut stops in the ROM, and that the
// download-mode recovery of README.md (src/boot) brings every one of them back.
#include <gtest/gtest.h>

#include <set>

#include "boot/boot_chain.h"
#include "boot/flash_layout.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "chip/download_mode.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using boot::BootResult;
using chip::PendingWrite;

namespace {

BootResult bootQuietly(chip::Board& board) {
    boot::BootLog log(board.clock());
    return boot::powerOn(board, log);
}

// Counts the persistent writes `action` makes on a copy of `board`.
template <typename Action>
uint64_t countWrites(const chip::Board& board, Action action) {
    auto copy = copyBoard(board);
    action(copy);
    return copy.powerCut().writesSeen();
}

bool romStopped(const BootResult& result) {
    return result.kind == BootResult::Kind::Halted && result.stage == BootResult::Stage::Rom;
}

const SecureKeys& keys() {
    static const SecureKeys k = makeKeys(3);
    return k;
}

AppSpec smallApp(const std::string& version = "1.17.2.b1") {
    AppSpec spec;
    spec.codeSize = 6000;
    spec.version = version;
    return spec;
}

// The board `start` after `action` was cut at write n with the pending write's fate.
template <typename Action>
chip::Board cutAt(const chip::Board& start, uint64_t n, PendingWrite fate, Action action) {
    auto board = copyBoard(start);
    board.powerCut().armAt(n, fate, uint32_t(n));
    action(board);
    EXPECT_TRUE(board.powerLost()) << "write " << n;
    board.restorePower();
    return board;
}

// Runs `action` on copies of `start` cut at every write; `check` judges the boot after each cut.
// Returns the writes whose cut left a board the ROM could not start.
template <typename Action, typename Check>
std::set<uint64_t> sweep(const chip::Board& start, PendingWrite fate, Action action, Check check) {
    std::set<uint64_t> romStops;
    uint64_t total = countWrites(start, action);
    EXPECT_GT(total, 0u);
    for (uint64_t n = 1; n <= total; ++n) {
        auto board = cutAt(start, n, fate, action);
        auto after = bootQuietly(board);
        if (romStopped(after)) {
            romStops.insert(n);
            continue;
        }
        check(board, after, n);
        if (::testing::Test::HasFatalFailure()) break;
    }
    return romStops;
}

std::set<uint64_t> range(uint64_t first, uint64_t last) {
    std::set<uint64_t> out;
    for (uint64_t n = first; n <= last; ++n) out.insert(n);
    return out;
}

bool sectorErased(const chip::Board& board, uint32_t address) {
    auto sector = board.flash().contents().subspan(address, chip::kFlashSectorSize);
    return std::all_of(sector.begin(), sector.end(), [](uint8_t b) { return b == 0xFF; });
}

void expectEncryptedAndIntact(chip::Board& board, const BootResult& after, uint64_t n) {
    ASSERT_EQ(after.kind, BootResult::Kind::JumpToApp) << "cut at write " << n << ": " << after.reason;
    EXPECT_EQ(after.jump->app.descriptor->version, "1.17.2.b1");
    EXPECT_TRUE(board.efuses().flashEncryptionEnabled()) << n;
    EXPECT_TRUE(board.efuses().secureBootEnabled()) << n;
    EXPECT_FALSE(contains(board.flash().contents(), "PYFW-TEST-APP")) << "plaintext left after cut " << n;
    EXPECT_FALSE(contains(board.flash().contents(), "pyfw bootloader")) << "plaintext left after cut " << n;
    EXPECT_TRUE(sectorErased(board, boot::kEncryptionJournalAddress)) << "journal left after cut " << n;
    EXPECT_TRUE(sectorErased(board, boot::kEncryptionStagingAddress)) << "staging copy left after cut " << n;
}

// The first boot of a plaintext secure build on the compact layout, keys generated on the chip.
struct FirstBootCase {
    chip::Board start = newBoard("lopy");
    FirmwareBuild build;
    explicit FirstBootCase(TableLayout layout = TableLayout::Compact)
        : build(buildFirmware(start.flash().size(), &keys(), smallApp(), layout)) {
        flashPlain(start, build);
    }
    static void firstBoot(chip::Board& board) { bootQuietly(board); }
    uint64_t totalWrites() const { return countWrites(start, firstBoot); }
    // The writes the ROM cannot survive, counted from the end of the first boot: the boot after
    // the reset erases the staging copy and the journal (the last two writes), before them is the
    // counter burn, and before it an erase and a program of each sector of the bootloader region
    // (the bootloader, then the secure boot digest sector).
    uint64_t counterBurn() const { return totalWrites() - 2; }
    uint64_t firstBootloaderRegionWrite() const {
        uint64_t sectors = (build.bootloader.size() + 0xFFF) / 0x1000 + 1;
        return counterBurn() - 2 * sectors;
    }
};

// What README.md (src/boot) tells a user to do after such a cut, over the download mode: write the
// plaintext bootloader back at 0x1000, and the staging sector's copy of the digest sector at 0x0.
void recoverOverTheDownloadMode(chip::Board& board, const FirmwareBuild& build) {
    auto digestSector = chip::readFlash(board, boot::kEncryptionStagingAddress, 0x1000, false);
    ASSERT_TRUE(digestSector.ok()) << digestSector.error().message;
    chip::WriteFlashOptions options{.encrypt = false, .ignoreEncryptionEfuse = false, .header = {"keep", "keep", "keep"}};
    auto written = chip::writeFlash(board, {{0x0, *digestSector, "digest sector"}, {0x1000, build.bootloader, "bootloader"}},
                                    options);
    ASSERT_TRUE(written.ok()) << written.error().message;
}

class FirstBootPowerCut : public ::testing::TestWithParam<PendingWrite> {};

}  // namespace

TEST_P(FirstBootPowerCut, EveryWriteOfFirstBootEncryption) {
    FirstBootCase c;
    uint64_t total = c.totalWrites(), first = c.firstBootloaderRegionWrite(), burn = c.counterBurn();
    auto romStops = sweep(c.start, GetParam(), FirstBootCase::firstBoot, expectEncryptedAndIntact);
    switch (GetParam()) {
    case PendingWrite::Kept:  // a kept counter burn finishes the job
        EXPECT_EQ(romStops, range(first, burn - 1));
        break;
    case PendingWrite::Dropped:  // a dropped first erase changes nothing
        EXPECT_EQ(romStops, range(first + 1, burn));
        break;
    case PendingWrite::Torn:  // a torn counter burn may or may not have set its bit
        EXPECT_TRUE(romStops == range(first, burn - 1) || romStops == range(first, burn)) << first << ".." << burn;
        break;
    }
    std::printf("first-boot encryption, pending write %s: %llu cuts, the ROM cannot start the board after %zu "
                "(writes %llu..%llu)\n",
                std::string(chip::pendingWriteName(GetParam())).c_str(), (unsigned long long)total, romStops.size(),
                (unsigned long long)(romStops.empty() ? 0 : *romStops.begin()),
                (unsigned long long)(romStops.empty() ? 0 : *romStops.rbegin()));
}

TEST_P(FirstBootPowerCut, EveryCutTheRomCannotSurviveIsRecoveredOverTheDownloadMode) {
    FirstBootCase c;
    uint64_t recovered = 0;
    for (uint64_t n = c.firstBootloaderRegionWrite(); n <= c.counterBurn(); ++n) {
        auto board = cutAt(c.start, n, GetParam(), FirstBootCase::firstBoot);
        if (!romStopped(bootQuietly(board))) continue;  // the sweep above says which these are
        recoverOverTheDownloadMode(board, c.build);
        if (HasFatalFailure()) return;
        auto after = bootQuietly(board);
        expectEncryptedAndIntact(board, after, n);
        if (HasFatalFailure()) return;
        ++recovered;
    }
    EXPECT_GE(recovered, c.counterBurn() - c.firstBootloaderRegionWrite());
}

TEST(FirstBootPowerCutRecovery, ACutCounterBurnIsFinishedByBurningTheCounter) {
    // After a dropped counter burn the whole flash is ciphertext: burning the bit over the
    // download mode (espefuse burn_efuse FLASH_CRYPT_CNT) is the other way back.
    FirstBootCase c;
    auto board = cutAt(c.start, c.counterBurn(), PendingWrite::Dropped, FirstBootCase::firstBoot);
    ASSERT_TRUE(romStopped(bootQuietly(board)));
    ASSERT_TRUE(board.burnEfuses([](chip::Efuses& f) -> base::Status {
        auto burnt = f.burnField(*chip::findEfuseField("FLASH_CRYPT_CNT"), 0);
        if (!burnt.ok()) return burnt.error();
        return base::okStatus();
    }).ok());
    expectEncryptedAndIntact(board, bootQuietly(board), c.counterBurn());
}

INSTANTIATE_TEST_SUITE_P(Fates, FirstBootPowerCut,
                         ::testing::Values(PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn),
                         [](const auto& info) { return std::string(chip::pendingWriteName(info.param)); });

namespace {

class OtaPowerCut : public ::testing::TestWithParam<std::tuple<PendingWrite, bool>> {};

chip::Board bootedBoard(bool secure) {
    auto board = newBoard("lopy");
    auto build = buildFirmware(board.flash().size(), secure ? &keys() : nullptr, smallApp());
    if (secure) provisionSecure(board, build);
    else flashPlain(board, build);
    EXPECT_EQ(bootQuietly(board).kind, BootResult::Kind::JumpToApp);
    return board;
}

base::Status runUpdate(chip::Board& board, bool secure) {
    auto image = buildApp(smallApp("1.18.0.b1"), secure ? &keys() : nullptr);
    PYFW_ASSIGN(auto config, boot::installedBootloaderConfig(board));
    boot::OtaUpdater updater(board, config);
    PYFW_TRY(updater.start());
    if (secure) image = encryptFor(keys().flashEncryptionKey, *updater.slotAddress(), image);
    for (size_t at = 0; at < image.size(); at += 1000)
        PYFW_TRY(updater.write(base::ByteView(image).subspan(at, std::min<size_t>(1000, image.size() - at))));
    return updater.finish();
}

void expectOldOrNew(chip::Board&, const BootResult& after, uint64_t n) {
    ASSERT_EQ(after.kind, BootResult::Kind::JumpToApp) << "cut at write " << n << ": " << after.reason;
    const auto& version = after.jump->app.descriptor->version;
    EXPECT_TRUE(version == "1.17.2.b1" || version == "1.18.0.b1") << version;
}

}  // namespace

TEST_P(OtaPowerCut, EveryWriteOfAnUpdateAndOfTheBootThatChecksIt) {
    auto [fate, secure] = GetParam();
    auto start = bootedBoard(secure);
    auto updateThenBoot = [secure](chip::Board& board) {
        if (runUpdate(board, secure).ok()) bootQuietly(board);
    };
    EXPECT_GT(countWrites(start, updateThenBoot), 10u);
    EXPECT_TRUE(sweep(start, fate, updateThenBoot, expectOldOrNew).empty());
}

INSTANTIATE_TEST_SUITE_P(Fates, OtaPowerCut,
                         ::testing::Combine(::testing::Values(PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn),
                                            ::testing::Bool()),
                         [](const auto& info) {
                             return std::string(chip::pendingWriteName(std::get<0>(info.param))) +
                                    (std::get<1>(info.param) ? "_encrypted" : "_plain");
                         });

TEST(BootInfoPowerCut, EveryWriteOfASafeBootRequestAndTheBootsAfterIt) {
    for (auto fate : {PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn}) {
        auto start = bootedBoard(true);
        auto requestThenBoot = [](chip::Board& board) {
            boot::OtaUpdater updater(board, {});
            if (updater.requestSafeBoot().ok() && bootQuietly(board).kind == BootResult::Kind::JumpToApp)
                bootQuietly(board);
        };
        EXPECT_GE(countWrites(start, requestThenBoot), 4u);
        EXPECT_TRUE(sweep(start, fate, requestThenBoot, expectOldOrNew).empty());
    }
}

TEST(FirstBootPowerCutPycomLayout, SampledWritesOnTheRealLayout) {
    // The same sweep over the real 4 MiB Pycom layout (two 1.5 MiB app partitions, the 508 KiB
    // file system), sampling every 53rd write and every write of the bootloader-region window.
    FirstBootCase c(TableLayout::Pycom);
    uint64_t total = c.totalWrites(), first = c.firstBootloaderRegionWrite(), burn = c.counterBurn();
    EXPECT_GT(total, 1500u);
    for (uint64_t n = 1; n <= total; n = (n + 53 < first || n >= burn) ? n + 53 : n + 1) {
        auto board = cutAt(c.start, n, PendingWrite::Torn, FirstBootCase::firstBoot);
        auto after = bootQuietly(board);
        if (n >= first && n < burn) {
            EXPECT_TRUE(romStopped(after)) << "write " << n;
            recoverOverTheDownloadMode(board, c.build);
            after = bootQuietly(board);
        }
        expectEncryptedAndIntact(board, after, n);
        if (HasFatalFailure()) return;
    }
    std::printf("first-boot encryption on the Pycom layout: %llu persistent writes, the ROM window %llu..%llu\n",
                (unsigned long long)total, (unsigned long long)first, (unsigned long long)burn);
}
