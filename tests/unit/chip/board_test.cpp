#include "chip/board.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "base/file.h"

using namespace pyfw;
using namespace pyfw::chip;

namespace {
std::filesystem::path freshDir(const char* name) {
    // Unique per process: other checkouts may run the same tests on this machine at the same time.
    auto dir = std::filesystem::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    return dir;
}
}  // namespace

TEST(Board, CreateMakesTheFilesOfTheModel) {
    auto dir = freshDir("pyfw_board_create");
    MacAddress mac{0x24, 0x0A, 0xC4, 1, 2, 3};
    auto board = Board::create(dir, *findBoardModel("lopy4"), mac);
    ASSERT_TRUE(board.ok()) << board.error().message;
    EXPECT_EQ(std::filesystem::file_size(flashPath(dir)), 8u * 1024 * 1024);
    EXPECT_EQ(std::filesystem::file_size(efusePath(dir)), Efuses::kSerialisedSize);
    EXPECT_EQ(board->efuses().chipRevision(), 1);
    EXPECT_EQ(board->mac(), mac);

    auto reopened = Board::open(dir);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_EQ(reopened->model().id, "lopy4");
    EXPECT_EQ(reopened->mac(), mac);
    EXPECT_EQ(reopened->flash().size(), 8u * 1024 * 1024);
    EXPECT_FALSE(Board::create(dir, *findBoardModel("lopy"), mac).ok());
    std::filesystem::remove_all(dir);
}

TEST(Board, Rev0ModelsHave4MiBAndRandomMacsDiffer) {
    auto dirA = freshDir("pyfw_board_a");
    auto dirB = freshDir("pyfw_board_b");
    auto a = Board::create(dirA, *findBoardModel("lopy"));
    auto b = Board::create(dirB, *findBoardModel("wipy"));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->flash().size(), 4u * 1024 * 1024);
    EXPECT_EQ(a->efuses().chipRevision(), 0);
    EXPECT_NE(a->mac(), b->mac());
    EXPECT_EQ(a->mac()[0], 0x24);
    EXPECT_TRUE(a->efuses().macCrcValid());
    std::filesystem::remove_all(dirA);
    std::filesystem::remove_all(dirB);
}

TEST(Board, BurnsPersistAtOnce) {
    auto dir = freshDir("pyfw_board_burn");
    auto board = Board::create(dir, *findBoardModel("gpy"));
    ASSERT_TRUE(board.ok());
    ASSERT_TRUE(board->burnEfuses([](Efuses& f) { return f.burnField(*findEfuseField("ABS_DONE_0"), 1).ok() ? base::okStatus() : base::fail("x"); }).ok());
    auto reopened = Board::open(dir);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->efuses().secureBootEnabled());
    std::filesystem::remove_all(dir);
}

TEST(Board, DamagedFolderGivesAClearError) {
    auto dir = freshDir("pyfw_board_damaged");
    ASSERT_TRUE(Board::create(dir, *findBoardModel("sipy")).ok());
    std::filesystem::resize_file(flashPath(dir), 0x1000);
    auto opened = Board::open(dir);
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.error().message.find("flash.bin"), std::string::npos);
    ASSERT_TRUE(base::writeFileAtomically(boardJsonPath(dir), std::string("{not json")).ok());
    EXPECT_FALSE(Board::open(dir).ok());
    EXPECT_FALSE(Board::open(dir / "nope").ok());
    std::filesystem::remove_all(dir);
}

TEST(Board, PowerCutDuringAnEfuseBurnKeepsOldOrNewBitsOnly) {
    for (auto fate : {PendingWrite::Kept, PendingWrite::Dropped, PendingWrite::Torn}) {
        auto board = Board::inMemory(*findBoardModel("lopy"), SpiFlash::inMemory(0x1000), Efuses::blank());
        board.powerCut().armAt(1, fate, 5);
        base::Bytes key(32, 0xFF);
        auto status = board.burnEfuses([&](Efuses& f) { return f.burnKey(1, key, false); });
        EXPECT_FALSE(status.ok());
        auto burnt = board.efuses().hardwareKey(1);
        if (fate == PendingWrite::Kept) { EXPECT_EQ(burnt, key); }
        if (fate == PendingWrite::Dropped) { EXPECT_EQ(burnt, base::Bytes(32, 0)); }
        if (fate == PendingWrite::Torn) {
            EXPECT_NE(burnt, key);
            EXPECT_NE(burnt, base::Bytes(32, 0));
        }
    }
}

TEST(Board, MacParsing) {
    EXPECT_TRUE(parseMac("24:0a:c4:00:11:22").ok());
    EXPECT_TRUE(parseMac("240AC4001122").ok());
    EXPECT_FALSE(parseMac("24:0a:c4:00:11").ok());
    EXPECT_FALSE(parseMac("zz:0a:c4:00:11:22").ok());
}

TEST(RtcMemory, RoundTripAndPowerOnState) {
    RtcMemory rtc;
    rtc.nextResetReason = uint8_t(ResetReason::DeepSleep);
    rtc.wakeCause = WakeCause::Rtc;
    rtc.rtcTimeUs = 123456789;
    rtc.slowMemory[10] = 42;
    auto back = RtcMemory::fromBytes(rtc.toBytes());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->resetReasonForBoot(), ResetReason::DeepSleep);
    EXPECT_EQ(back->rtcTimeUs, 123456789u);
    EXPECT_EQ(back->slowMemory[10], 42);
    back->clearForPowerOn();
    EXPECT_EQ(back->resetReasonForBoot(), ResetReason::PowerOn);
    auto bad = rtc.toBytes();
    bad[8] = 0x77;
    EXPECT_FALSE(RtcMemory::fromBytes(bad).ok());
}

TEST(ResetReason, RomNamesAndMachineCauses) {
    EXPECT_EQ(romResetName(ResetReason::PowerOn), "POWERON_RESET");
    EXPECT_EQ(romResetName(ResetReason::Software), "SW_RESET");
    EXPECT_EQ(machineResetCause(ResetReason::Timer0Watchdog), MachineResetCause::Watchdog);
    EXPECT_EQ(machineResetCause(ResetReason::DeepSleep), MachineResetCause::DeepSleep);
}
