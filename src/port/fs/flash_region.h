// A partition of the SPI flash as the file system uses it: whole 4 KiB blocks, read and written
// through the flash-encryption engine when the board encrypts its flash (Pycom's sflash_diskio
// reads with spi_flash_read_encrypted and writes with spi_flash_write_encrypted), raw otherwise.
// A block write is an erase and one program, the two persistent writes the power-cut injector sees.
#pragma once

#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "chip/spi_flash.h"
#include "formats/partition_table.h"
#include "port/fs/errors.h"
#include "security/flash_key_tweak.h"

namespace pyfw::port::fs {

inline constexpr uint32_t kBlockSize = chip::kFlashSectorSize;

// The key and FLASH_CRYPT_CONFIG the encryption engine works with.
struct FlashCipher {
    security::FlashKey key{};
    uint8_t flashCryptConfig = 0xF;
};

class FlashRegion {
public:
    // `offset` and `size` must be whole blocks inside the flash (checked by `create`).
    static FsResult<FlashRegion> create(chip::SpiFlash& flash, uint32_t offset, uint32_t size,
                                        std::optional<FlashCipher> cipher);
    static FsResult<FlashRegion> forPartition(chip::SpiFlash& flash, const formats::Partition& partition,
                                              std::optional<FlashCipher> cipher);

    uint32_t offset() const { return offset_; }
    uint32_t size() const { return size_; }
    uint32_t blockCount() const { return size_ / kBlockSize; }
    bool encrypted() const { return cipher_.has_value(); }

    // Reads block `index` (decrypted on an encrypted board) into `out` (kBlockSize bytes).
    FsStatus readBlock(uint32_t index, base::MutableByteView out) const;
    // Erases block `index` (unless it is erased already) and programs `data` (kBlockSize bytes,
    // encrypted on an encrypted board).
    FsStatus writeBlock(uint32_t index, base::ByteView data);
    FsStatus eraseBlock(uint32_t index);
    // Programs `data` over an erased block without erasing it first.
    FsStatus programBlock(uint32_t index, base::ByteView data);
    // True when every raw byte of the block is 0xFF (an erased block: under encryption it would
    // read back as noise, so erasure is judged on the stored bytes).
    FsResult<bool> blockErased(uint32_t index) const;
    // True when the whole region is erased.
    FsResult<bool> erased() const;

private:
    FlashRegion(chip::SpiFlash& flash, uint32_t offset, uint32_t size, std::optional<FlashCipher> cipher)
        : flash_(&flash), offset_(offset), size_(size), cipher_(cipher) {}
    uint32_t address(uint32_t index) const { return offset_ + index * kBlockSize; }
    FsStatus checkIndex(uint32_t index) const;

    chip::SpiFlash* flash_;
    uint32_t offset_;
    uint32_t size_;
    std::optional<FlashCipher> cipher_;
};

}  // namespace pyfw::port::fs
