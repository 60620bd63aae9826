#include "boot/first_boot_encryption.h"

#include <algorithm>
#include <bit>
#include <set>

#include "boot/app_verifier.h"
#include "boot/device_keys.h"
#include "boot/encryption_journal.h"
#include "chip/flash_access.h"

namespace pyfw::boot {
namespace {

constexpr const char* kTag = "flash_encrypt";
constexpr uint32_t kPartitionTableSector = 0x8000;
constexpr uint64_t kSectorEraseUs = 45'000;
using Mark = EncryptionJournal::Mark;

constexpr uint32_t kDigestSectorAddress = 0x0;

bool isBootloaderRegion(uint32_t address) { return address < kPartitionTableSector; }

uint32_t roundUpToSector(uint64_t length) { return uint32_t((length + kSectorSize - 1) / kSectorSize * kSectorSize); }

// Adds a region, leaving out sectors already planned (a flagged partition may also be an app).
void addRegion(std::vector<FlashRegion>& plan, std::set<uint32_t>& planned, uint32_t address, uint32_t length) {
    for (uint32_t offset = 0; offset < length; offset += kSectorSize) {
        uint32_t sector = address + offset;
        if (!planned.insert(sector).second) continue;
        if (!plan.empty() && plan.back().address + plan.back().length == sector)
            plan.back().length += kSectorSize;
        else
            plan.push_back({sector, kSectorSize});
    }
}

base::Status burnFlashEncryptionFuses(chip::Board& board, BootLog& log) {
    if (board.efuses().flashCryptConfig() == 0) {
        log.info(kTag, "Setting CRYPT_CONFIG efuse to 0xF");
        PYFW_TRY(board.burnEfuses([](chip::Efuses& f) -> base::Status {
            auto burnt = f.burnField(*chip::findEfuseField("FLASH_CRYPT_CONFIG"), 0xF);
            if (!burnt.ok()) return burnt.error();
            return base::okStatus();
        }));
    } else {
        log.warn(kTag, "CRYPT_CONFIG already set, not changing");
    }
    static constexpr std::pair<const char*, const char*> kDisables[] = {
        {"DISABLE_DL_ENCRYPT", "Disable UART bootloader encryption..."},
        {"DISABLE_DL_DECRYPT", "Disable UART bootloader decryption..."},
        {"DISABLE_DL_CACHE", "Disable UART bootloader MMU cache..."},
        {"JTAG_DISABLE", "Disable JTAG..."},
        {"CONSOLE_DEBUG_DISABLE", "Disable ROM BASIC interpreter fallback..."},
    };
    std::vector<const char*> toBurn;
    for (const auto& [name, message] : kDisables)
        if (!board.efuses().isSet(name)) {
            log.info(kTag, message);
            toBurn.push_back(name);
        }
    if (toBurn.empty()) return base::okStatus();
    return board.burnEfuses([&](chip::Efuses& f) -> base::Status {
        for (const char* name : toBurn) {
            auto burnt = f.burnField(*chip::findEfuseField(name), 1);
            if (!burnt.ok()) return burnt.error();
        }
        return base::okStatus();
    });
}

base::Result<std::vector<FlashRegion>> planEncryption(chip::Board& board, const FlashLayout& layout,
                                                      const LoadedBootloader& bootloader, BootLog& log) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    std::vector<FlashRegion> plan;
    std::set<uint32_t> planned;
    addRegion(plan, planned, kPartitionTableSector, kSectorSize);
    for (size_t i = 0; i < layout.table.entries.size(); ++i) {
        const auto& p = layout.table.entries[i];
        bool encrypt = p.encrypted;
        if (p.type == 0x00) encrypt = verifyAppAt(flash, p.offset, p.size, bootloader.config).ok();
        if (p.type == 0x01 && p.subtype == 0x00) encrypt = true;
        if (!encrypt) continue;
        log.info(kTag, format("Encrypting partition %zu at offset 0x%x...", i, p.offset));
        addRegion(plan, planned, p.offset, roundUpToSector(p.size));
    }
    if (layout.bootInfoBackup) addRegion(plan, planned, *layout.bootInfoBackup, kSectorSize);
    // The bootloader region last, and in it the digest sector after the bootloader: while the
    // bootloader sectors change, the plaintext digest still matches the bootloader a recovery
    // writes back.
    addRegion(plan, planned, kBootloaderAddress, roundUpToSector(bootloader.image.imageLength));
    if (board.efuses().secureBootEnabled()) addRegion(plan, planned, kDigestSectorAddress, kSectorSize);
    return plan;
}

bool allErased(const base::Bytes& data) {
    return std::all_of(data.begin(), data.end(), [](uint8_t b) { return b == 0xFF; });
}

// Writes the ciphertext of `plaintext` over the sector (erasing it first unless it is blank).
base::Status writeEncryptedSector(chip::Board& board, uint32_t sector, const base::Bytes& plaintext) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(auto current, flash.readRaw(sector, kSectorSize));
    if (!allErased(current)) {
        PYFW_TRY(flash.erase(sector, kSectorSize));
        board.clock().sleepUs(kSectorEraseUs);
    }
    return flash.writeEncrypted(sector, plaintext);
}

base::Status encryptJournaledSector(chip::Board& board, EncryptionJournal& journal, size_t index, uint32_t staging) {
    if (journal.has(index, Mark::Done)) return base::okStatus();
    uint32_t sector = journal.sectorAddress(index);
    chip::FlashAccess flash(board.flash(), board.efuses());
    base::Bytes plaintext;
    if (journal.has(index, Mark::Blank)) {
        plaintext.assign(kSectorSize, 0xFF);
    } else if (journal.has(index, Mark::Staged)) {
        PYFW_ASSIGN(plaintext, flash.readRaw(staging, kSectorSize));
    } else {
        PYFW_ASSIGN(plaintext, flash.readRaw(sector, kSectorSize));
        if (allErased(plaintext)) {
            PYFW_TRY(journal.mark(index, Mark::Blank));
        } else {
            PYFW_TRY(flash.erase(staging, kSectorSize));
            PYFW_TRY(flash.writeRaw(staging, plaintext));
            PYFW_TRY(journal.mark(index, Mark::Staged));
        }
    }
    PYFW_TRY(writeEncryptedSector(board, sector, plaintext));
    return journal.mark(index, Mark::Done);
}

base::Status encryptInPlace(chip::Board& board, uint32_t sector) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(auto plaintext, flash.readRaw(sector, kSectorSize));
    return writeEncryptedSector(board, sector, plaintext);
}

base::Status burnNextCryptCount(chip::Board& board, BootLog& log) {
    uint8_t count = board.efuses().flashCryptCount();
    if (count == 0xFF) return base::fail("FLASH_CRYPT_CNT has no unset bit left");
    uint8_t next = uint8_t(count | (count + 1));
    PYFW_TRY(board.burnEfuses([](chip::Efuses& f) -> base::Status {
        auto burnt = f.burnField(*chip::findEfuseField("FLASH_CRYPT_CNT"), 0);
        if (!burnt.ok()) return burnt.error();
        return base::okStatus();
    }));
    log.info(kTag, format("FLASH_CRYPT_CNT 0x%x -> 0x%x", count, next));
    return base::okStatus();
}

// The bootloader region is not journaled: the ROM started this bootloader, so every sector of the
// region it read is plaintext now (also after a recovery wrote it back), and each is encrypted in
// place. The staging sector keeps a plaintext copy of the digest sector until the encryption is
// finished: after a cut here the ROM cannot start the board, and a recovery over the download mode
// needs that sector back when the secure boot key was generated on the chip (see README.md).
base::Status encryptBootloaderRegion(chip::Board& board, const EncryptionJournal& journal, BootLog& log) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_TRY(flash.erase(kEncryptionStagingAddress, kSectorSize));
    for (const auto& region : journal.plan())
        if (region.address == kDigestSectorAddress) {
            PYFW_ASSIGN(auto digestSector, flash.readRaw(kDigestSectorAddress, kSectorSize));
            if (!allErased(digestSector)) PYFW_TRY(flash.writeRaw(kEncryptionStagingAddress, digestSector));
        }
    log.info(kTag, "Encrypting the bootloader region in place");
    for (size_t i = 0; i < journal.sectorCount(); ++i)
        if (isBootloaderRegion(journal.sectorAddress(i))) PYFW_TRY(encryptInPlace(board, journal.sectorAddress(i)));
    return base::okStatus();
}

// Steps 3 and 4 over a journal (fresh or found after a cut).
base::Status runJournal(chip::Board& board, EncryptionJournal& journal, BootLog& log) {
    size_t done = 0;
    for (size_t i = 0; i < journal.sectorCount(); ++i) {
        if (isBootloaderRegion(journal.sectorAddress(i))) continue;
        PYFW_TRY(encryptJournaledSector(board, journal, i, kEncryptionStagingAddress));
        ++done;
    }
    log.info(kTag, format("Encrypted %zu sectors", done));
    PYFW_TRY(encryptBootloaderRegion(board, journal, log));
    return burnNextCryptCount(board, log);
}

}  // namespace

base::Result<bool> resumeFlashEncryption(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log) {
    if (!bootloader.config.flashEncryption || board.flash().size() < kEncryptionStagingAddress + kSectorSize)
        return false;
    PYFW_ASSIGN(auto journal, EncryptionJournal::load(board.flash(), kEncryptionJournalAddress));
    if (!journal) return false;
    if (board.efuses().flashEncryptionEnabled()) {
        // The staging copy first: the journal is what makes a later boot finish this clean-up.
        log.info(kTag, "Removing the journal of the finished flash encryption");
        PYFW_TRY(board.flash().eraseSector(kEncryptionStagingAddress));
        PYFW_TRY(journal->erase());
        return false;
    }
    log.warn(kTag, "Flash encryption was interrupted (power cut?); resuming from the journal");
    PYFW_TRY(runJournal(board, *journal, log));
    log.info(kTag, "Flash encryption completed");
    return true;
}

base::Result<EncryptionCheck> checkAndUpdateFlashEncryption(chip::Board& board, const FlashLayout& layout,
                                                            const LoadedBootloader& bootloader, BootLog& log) {
    const auto& fuses = board.efuses();
    bool countFrozen = fuses.isWriteProtected(*chip::findEfuseField("FLASH_CRYPT_CNT"));
    if (fuses.flashEncryptionEnabled()) {
        if (!countFrozen) log.warn(kTag, "Not disabling FLASH_CRYPT_CNT - plaintext flashing is still possible");
        return EncryptionCheck::AlreadyOn;
    }
    if (countFrozen) {
        log.error(kTag, format("Cannot re-encrypt data (FLASH_CRYPT_CNT 0x%02x write disabled)", fuses.flashCryptCount()));
        return base::fail("flash encryption is off and FLASH_CRYPT_CNT is write-protected");
    }
    if (fuses.flashCryptCount() == 0) {
        PYFW_TRY(ensureDeviceKey(board, {1, kTag, "flash encryption", false}, log));
        PYFW_TRY(burnFlashEncryptionFuses(board, log));
    }
    PYFW_ASSIGN(auto plan, planEncryption(board, layout, bootloader, log));
    if (layout.encryptionJournal && layout.encryptionStaging) {
        PYFW_ASSIGN(auto journal, EncryptionJournal::start(board.flash(), *layout.encryptionJournal, plan));
        PYFW_TRY(runJournal(board, journal, log));
    } else {
        log.warn(kTag, "No free sectors after otadata for the encryption journal: encrypting in place without it");
        for (const auto& region : plan)
            for (uint32_t offset = 0; offset < region.length; offset += kSectorSize)
                PYFW_TRY(encryptInPlace(board, region.address + offset));
        PYFW_TRY(burnNextCryptCount(board, log));
    }
    log.info(kTag, "Flash encryption completed");
    return EncryptionCheck::JustEnabled;
}

}  // namespace pyfw::boot
