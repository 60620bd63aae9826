#include "port/fs/journal.h"

#include <gtest/gtest.h>

#include "chip/power_cut.h"
#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::patterned;

namespace {

struct JournalRig {
    chip::SpiFlash flash = chip::SpiFlash::inMemory(32 * kBlockSize);
    chip::PowerCutInjector cut;
    FlashRegion journalRegion = *FlashRegion::create(flash, 0, 16 * kBlockSize, std::nullopt);
    FlashRegion fat = *FlashRegion::create(flash, 16 * kBlockSize, 16 * kBlockSize, std::nullopt);
    JournalRig() { flash.attachPowerCut(&cut); }
    base::Bytes block(FlashRegion& region, uint32_t index) {
        base::Bytes out(kBlockSize);
        EXPECT_TRUE(region.readBlock(index, out).ok());
        return out;
    }
};

}  // namespace

TEST(Journal, CommitCopiesStagedImagesAndClearsTheRecord) {
    JournalRig rig;
    Journal journal(rig.journalRegion, rig.fat);
    EXPECT_EQ(journal.capacity(), 15u);
    auto a = patterned(kBlockSize, 1), b = patterned(kBlockSize, 2);
    ASSERT_TRUE(journal.stage(3, a).ok());
    ASSERT_TRUE(journal.stage(7, b).ok());
    ASSERT_TRUE(journal.stage(3, b).ok());   // staged again: same slot
    EXPECT_EQ(journal.stagedCount(), 2u);
    EXPECT_NE(rig.block(rig.fat, 3), b);     // nothing in place before the commit
    base::Bytes staged(kBlockSize);
    ASSERT_TRUE(journal.readStaged(7, staged).ok());
    EXPECT_EQ(staged, b);
    ASSERT_TRUE(journal.commit(rig.fat).ok());
    EXPECT_EQ(rig.block(rig.fat, 3), b);
    EXPECT_EQ(rig.block(rig.fat, 7), b);
    EXPECT_TRUE(*rig.journalRegion.blockErased(0));
    EXPECT_EQ(journal.stagedCount(), 0u);
}

TEST(Journal, ACutAfterTheRecordIsFinishedAtRecovery) {
    // The writes of a commit of two blocks to erased flash: 2 slot programs, the record, 2 programs
    // in place, the record's erase, 2 slot erases. Cut at every one of them.
    constexpr uint64_t kRecordWrite = 3, kWrites = 8;
    auto image1 = patterned(kBlockSize, 11), image2 = patterned(kBlockSize, 12);
    for (uint64_t n = 1; n <= kWrites + 1; ++n) {
        for (auto fate : {chip::PendingWrite::Kept, chip::PendingWrite::Dropped, chip::PendingWrite::Torn}) {
            JournalRig run;
            auto before1 = run.block(run.fat, 1), before2 = run.block(run.fat, 2);
            {
                Journal journal(run.journalRegion, run.fat);
                run.cut.armAt(n, fate, uint32_t(n));
                auto status = journal.stage(1, image1);
                if (status.ok()) status = journal.stage(2, image2);
                if (status.ok()) status = journal.commit(run.fat);
                EXPECT_EQ(status.ok(), n > kWrites) << n;
            }
            run.cut = chip::PowerCutInjector();
            Journal after(run.journalRegion, run.fat);
            auto recovered = after.recover(run.fat);
            ASSERT_TRUE(recovered.ok()) << recovered.error().message;
            auto now1 = run.block(run.fat, 1), now2 = run.block(run.fat, 2);
            bool old = now1 == before1 && now2 == before2, fresh = now1 == image1 && now2 == image2;
            EXPECT_TRUE(old || fresh) << "cut at write " << n << " (" << chip::pendingWriteName(fate) << ")";
            // From the record on the change is done; a torn record may still hold the whole record
            // (it is short, and the block's rest is 0xFF anyway), and then it counts.
            if (n != kRecordWrite || fate != chip::PendingWrite::Torn) {
                EXPECT_EQ(fresh, n > kRecordWrite || (n == kRecordWrite && fate != chip::PendingWrite::Dropped)) << n;
            }
            EXPECT_TRUE(*run.journalRegion.erased()) << "the journal is left erased after a cut at " << n;
        }
    }
}

TEST(Journal, ADamagedSlotUnderAValidRecordIsReportedAndNothingIsCopied) {
    JournalRig rig;
    Journal journal(rig.journalRegion, rig.fat);
    ASSERT_TRUE(journal.stage(1, patterned(kBlockSize, 1)).ok());
    ASSERT_TRUE(journal.stage(2, patterned(kBlockSize, 2)).ok());
    rig.cut.armAt(2, chip::PendingWrite::Dropped);   // the record is written, the copies are not
    ASSERT_FALSE(journal.commit(rig.fat).ok());
    rig.cut = chip::PowerCutInjector();
    ASSERT_TRUE(rig.journalRegion.writeBlock(2, patterned(kBlockSize, 99)).ok());   // slot 2 rots
    auto before = rig.block(rig.fat, 1);
    Journal after(rig.journalRegion, rig.fat);
    auto recovered = after.recover(rig.fat);
    ASSERT_FALSE(recovered.ok());
    EXPECT_EQ(recovered.error().code, Errno::Io);
    EXPECT_NE(recovered.error().message.find("journal is damaged"), std::string::npos);
    EXPECT_EQ(rig.block(rig.fat, 1), before);
}

TEST(Journal, NoiseAndForeignRecordsAreCleared) {
    JournalRig rig;
    ASSERT_TRUE(rig.journalRegion.writeBlock(0, patterned(kBlockSize, 5)).ok());
    Journal journal(rig.journalRegion, rig.fat);
    auto recovered = journal.recover(rig.fat);
    ASSERT_TRUE(recovered.ok());
    EXPECT_TRUE(recovered->clearedTornRecord);
    EXPECT_TRUE(*rig.journalRegion.blockErased(0));

    // A record made for another region (a different offset) is never replayed here.
    FlashRegion other = *FlashRegion::create(rig.flash, 16 * kBlockSize, 8 * kBlockSize, std::nullopt);
    Journal foreign(rig.journalRegion, other);
    ASSERT_TRUE(foreign.stage(1, patterned(kBlockSize, 6)).ok());
    rig.cut.armAt(2, chip::PendingWrite::Dropped);
    ASSERT_FALSE(foreign.commit(other).ok());
    rig.cut = chip::PowerCutInjector();
    auto before = rig.block(rig.fat, 1);
    auto again = Journal(rig.journalRegion, rig.fat).recover(rig.fat);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->replayedBlocks, 0u);
    EXPECT_EQ(rig.block(rig.fat, 1), before);
}

TEST(Journal, AFullJournalRefusesMoreBlocks) {
    JournalRig rig;
    Journal journal(rig.journalRegion, rig.fat);
    auto image = patterned(kBlockSize, 3);
    for (uint32_t target = 0; target < 15; ++target) ASSERT_TRUE(journal.stage(target, image).ok());
    auto overflow = journal.stage(15, image);
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.error().code, Errno::Io);
    journal.discard();
    EXPECT_EQ(journal.stagedCount(), 0u);
}
