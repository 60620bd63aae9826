#include "boot/encryption_journal.h"

#include <gtest/gtest.h>

using namespace pyfw;
using namespace pyfw::boot;
using Mark = EncryptionJournal::Mark;

TEST(EncryptionJournal, PlanAndMarksSurviveAReload) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    std::vector<FlashRegion> plan = {{0x8000, 0x1000}, {0x10000, 0x3000}, {0x1000, 0x2000}};
    auto journal = EncryptionJournal::start(flash, 0x192000, plan);
    ASSERT_TRUE(journal.ok());
    ASSERT_EQ(journal->sectorCount(), 6u);
    EXPECT_EQ(journal->sectorAddress(0), 0x8000u);
    EXPECT_EQ(journal->sectorAddress(3), 0x12000u);
    EXPECT_EQ(journal->sectorAddress(5), 0x2000u);
    ASSERT_TRUE(journal->mark(0, Mark::Staged).ok());
    ASSERT_TRUE(journal->mark(0, Mark::Done).ok());
    ASSERT_TRUE(journal->mark(2, Mark::Blank).ok());

    auto reloaded = EncryptionJournal::load(flash, 0x192000);
    ASSERT_TRUE(reloaded.ok());
    ASSERT_TRUE(reloaded->has_value());
    const auto& again = **reloaded;
    EXPECT_EQ(again.sectorCount(), 6u);
    EXPECT_TRUE(again.has(0, Mark::Staged));
    EXPECT_TRUE(again.has(0, Mark::Done));
    EXPECT_FALSE(again.has(0, Mark::Blank));
    EXPECT_TRUE(again.has(2, Mark::Blank));
    EXPECT_FALSE(again.has(1, Mark::Done));
}

TEST(EncryptionJournal, NoJournalOrADamagedOneIsIgnored) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    auto none = EncryptionJournal::load(flash, 0x192000);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE(EncryptionJournal::start(flash, 0x192000, {{0x8000, 0x1000}}).ok());
    ASSERT_TRUE(flash.program(0x192011, base::Bytes{0x00}).ok());  // 0x8000 -> 0x0000: the CRC no longer holds
    auto damaged = EncryptionJournal::load(flash, 0x192000);
    ASSERT_TRUE(damaged.ok());
    EXPECT_FALSE(damaged->has_value());
}

TEST(EncryptionJournal, EraseRemovesIt) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    auto journal = EncryptionJournal::start(flash, 0x192000, {{0x8000, 0x1000}});
    ASSERT_TRUE(journal.ok());
    ASSERT_TRUE(journal->erase().ok());
    EXPECT_FALSE(EncryptionJournal::load(flash, 0x192000)->has_value());
}

TEST(EncryptionJournal, PlansThatDoNotFitAreRefused) {
    auto flash = chip::SpiFlash::inMemory(0x200000);
    EXPECT_FALSE(EncryptionJournal::start(flash, 0x192000, {}).ok());
    EXPECT_FALSE(EncryptionJournal::start(flash, 0x192000, {{0, 0x1000u * 4000}}).ok());
}
