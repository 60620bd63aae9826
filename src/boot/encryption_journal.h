// The progress journal that makes first-boot flash encryption resumable after a power cut. It
// lives in one free flash sector (see flash_layout.h) and is read and written raw, because until
// FLASH_CRYPT_CNT is burnt the chip cannot read encrypted data back.
//
// Layout:
//   0x000  "PYFWFEJ1", u32 region count, u32 CRC-32 of the region list
//   0x010  regions: {u32 address, u32 length} (sector-aligned), in the order they are encrypted
//   0x400  one byte per planned sector, its bits cleared (NOR programs only clear bits) as the
//          sector advances: bit 0 "plaintext was blank", bit 1 "plaintext copied to the staging
//          sector", bit 2 "ciphertext written". Each mark is one single-byte program.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/result.h"
#include "chip/spi_flash.h"

namespace pyfw::boot {

struct FlashRegion {
    uint32_t address;
    uint32_t length;
};

class EncryptionJournal {
public:
    static constexpr size_t kMaxRegions = 126;
    static constexpr size_t kMaxSectors = 0xC00;

    enum class Mark : uint8_t { Blank = 1, Staged = 2, Done = 4 };

    // The journal at `address` if it holds a sealed plan (magic and CRC), else nothing.
    static base::Result<std::optional<EncryptionJournal>> load(chip::SpiFlash& flash, uint32_t address);
    // Erases the sector and writes the plan (one program).
    static base::Result<EncryptionJournal> start(chip::SpiFlash& flash, uint32_t address,
                                                 const std::vector<FlashRegion>& plan);

    const std::vector<FlashRegion>& plan() const { return plan_; }
    size_t sectorCount() const { return sectors_.size(); }
    uint32_t sectorAddress(size_t index) const { return sectors_[index]; }
    bool has(size_t index, Mark mark) const;
    base::Status mark(size_t index, Mark mark);
    base::Status erase();

private:
    EncryptionJournal(chip::SpiFlash& flash, uint32_t address, std::vector<FlashRegion> plan, base::Bytes marks);

    chip::SpiFlash* flash_;
    uint32_t address_;
    std::vector<FlashRegion> plan_;
    std::vector<uint32_t> sectors_;
    base::Bytes marks_;
};

}  // namespace pyfw::boot
