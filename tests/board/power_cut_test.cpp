// Power cuts at every persistent write (flash program, flash erase, eFuse burn) of first-boot
// encryption, of an OTA update and of boot_info updates, with the write in flight kept, dropped or
// torn. After each cut the board is powered again and must start an intact image, old or new,
// and keep no plaintext where an encrypted partition should be.
//
// The one exception is physical: the ROM reads the bootloader raw while FLASH_CRYPT_CNT is even and
// decrypted once it is odd, and there is a single copy of it. A cut between the first write of the
// bootloader region's encryption and the counter burn leaves a board the ROM cannot start (as on a
// real ESP32). Those cuts are counted, must fall inside that window, and must stop in the ROM.
#include <gtest/gtest.h>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
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

struct SweepResult {
    uint64_t cuts = 0;
    uint64_t romStops = 0;
    uint64_t firstRomStop = 0, lastRomStop = 0;
};

bool romStopped(const BootResult& result) {
    return result.kind == BootResult::Kind::Halted &&
           (result.reason.find("ROM") != std::string::npos || result.reason.find("checksum") != std::string::npos ||
            result.reason.find("bootloader") != std::string::npos);
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

// Runs `action` on a copy of `start` with the power cut at write n, then powers up and checks.
template <typename Action, typename Check>
SweepResult sweep(const chip::Board& start, PendingWrite fate, Action action, Check check) {
    SweepResult result;
    uint64_t total = countWrites(start, action);
    EXPECT_GT(total, 0u);
    for (uint64_t n = 1; n <= total; ++n) {
        auto board = copyBoard(start);
        board.powerCut().armAt(n, fate, uint32_t(n));
        action(board);
        EXPECT_TRUE(board.powerLost()) << "write " << n << " of " << total;
        board.restorePower();
        auto after = bootQuietly(board);
        ++result.cuts;
        if (romStopped(after)) {
            if (result.romStops++ == 0) result.firstRomStop = n;
            result.lastRomStop = n;
            continue;
        }
        check(board, after, n);
        if (::testing::Test::HasFatalFailure()) return result;
    }
    return result;
}

void expectEncryptedAndIntact(chip::Board& board, const BootResult& after, uint64_t n) {
    ASSERT_EQ(after.kind, BootResult::Kind::JumpToApp) << "cut at write " << n << ": " << after.reason;
    EXPECT_EQ(after.jump->app.descriptor->version, "1.17.2.b1");
    EXPECT_TRUE(board.efuses().flashEncryptionEnabled()) << n;
    EXPECT_TRUE(board.efuses().secureBootEnabled()) << n;
    EXPECT_FALSE(contains(board.flash().contents(), "PYFW-TEST-APP")) << "plaintext left after cut " << n;
    EXPECT_FALSE(contains(board.flash().contents(), "pyfw bootloader")) << "plaintext left after cut " << n;
}

class FirstBootPowerCut : public ::testing::TestWithParam<PendingWrite> {};

}  // namespace

TEST_P(FirstBootPowerCut, EveryWriteOfFirstBootEncryption) {
    auto start = newBoard("lopy");
    flashPlain(start, buildFirmware(start.flash().size(), &keys(), smallApp(), TableLayout::Compact));
    auto firstBoot = [](chip::Board& board) { bootQuietly(board); };
    auto result = sweep(start, GetParam(), firstBoot, expectEncryptedAndIntact);
    uint64_t total = countWrites(start, firstBoot);
    // The ROM-fatal cuts lie in the bootloader-region window: at most two writes per sector of
    // the digest sector and the bootloader (here 0x0..0x6000: 6 sectors) plus the counter burn,
    // just before the journal's removal (the last write).
    EXPECT_LE(result.romStops, 13u);
    if (result.romStops) {
        EXPECT_GE(result.firstRomStop, total - 14);
        EXPECT_LE(result.lastRomStop, total - 1);
    }
    std::printf("first-boot encryption, pending write %s: %llu cuts, %llu stop in the ROM (writes %llu..%llu of %llu)\n",
                std::string(chip::pendingWriteName(GetParam())).c_str(), (unsigned long long)result.cuts,
                (unsigned long long)result.romStops, (unsigned long long)result.firstRomStop,
                (unsigned long long)result.lastRomStop, (unsigned long long)total);
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
    auto result = sweep(start, fate, updateThenBoot, expectOldOrNew);
    EXPECT_EQ(result.romStops, 0u);
    EXPECT_GT(result.cuts, 10u);
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
        auto result = sweep(start, fate, requestThenBoot, expectOldOrNew);
        EXPECT_EQ(result.romStops, 0u);
        EXPECT_GE(result.cuts, 4u);
    }
}

TEST(FirstBootPowerCutPycomLayout, SampledWritesOnTheRealLayout) {
    // The same sweep over the real 4 MiB Pycom layout (two 1.5 MiB app partitions, the 508 KiB
    // file system), sampling every 53rd write to stay quick.
    auto start = newBoard("lopy");
    flashPlain(start, buildFirmware(start.flash().size(), &keys(), smallApp()));
    auto firstBoot = [](chip::Board& board) { bootQuietly(board); };
    uint64_t total = countWrites(start, firstBoot);
    EXPECT_GT(total, 1500u);
    uint64_t romStops = 0;
    for (uint64_t n = 1; n <= total; n += 53) {
        auto board = copyBoard(start);
        board.powerCut().armAt(n, PendingWrite::Torn, uint32_t(n));
        firstBoot(board);
        board.restorePower();
        auto after = bootQuietly(board);
        if (romStopped(after)) {
            ++romStops;
            EXPECT_GE(n, total - 14);
            continue;
        }
        expectEncryptedAndIntact(board, after, n);
        if (HasFatalFailure()) return;
    }
    EXPECT_LE(romStops, 1u);
    std::printf("first-boot encryption on the Pycom layout: %llu persistent writes, every 53rd cut\n",
                (unsigned long long)total);
}
