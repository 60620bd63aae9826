// How code running on the chip reaches the flash: raw SPI reads and writes (spi_flash_read/write),
// and reads and writes through the flash-encryption engine (the cache and spi_flash_read_encrypted,
// spi_flash_write_encrypted). The engine uses the BLK1 key and FLASH_CRYPT_CONFIG straight from the
// eFuses, read protection or not.
#pragma once

#include <cstdint>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/efuses.h"
#include "chip/spi_flash.h"

namespace pyfw::chip {

class FlashAccess {
public:
    FlashAccess(SpiFlash& flash, const Efuses& fuses) : flash_(flash), fuses_(fuses) {}

    // FLASH_CRYPT_CNT has an odd number of bits set: cache reads are decrypted.
    bool encryptionEnabled() const { return fuses_.flashEncryptionEnabled(); }
    uint32_t size() const { return flash_.size(); }

    base::Result<base::Bytes> readRaw(uint32_t address, uint32_t length) const;
    // A read through the cache: decrypted when encryption is enabled, raw otherwise. Any address
    // and length (the engine works on the 16-byte blocks around them).
    base::Result<base::Bytes> read(uint32_t address, uint32_t length) const;
    // Always decrypts with the eFuse key, whatever FLASH_CRYPT_CNT says (spi_flash_read_encrypted).
    base::Result<base::Bytes> readDecrypted(uint32_t address, uint32_t length) const;

    base::Status writeRaw(uint32_t address, base::ByteView data);
    // Encrypts with the eFuse key for `address`, then programs. Address and length must be
    // multiples of 16, as spi_flash_write_encrypted requires.
    base::Status writeEncrypted(uint32_t address, base::ByteView data);
    // Encrypted when encryption is enabled, raw otherwise (what the IDF's esp_partition_write and
    // the Pycom FAT driver do for an `encrypted` partition). Encrypted writes need 16-byte alignment.
    base::Status write(uint32_t address, base::ByteView data);
    base::Status erase(uint32_t address, uint32_t length) { return flash_.eraseRange(address, length); }

    SpiFlash& flash() { return flash_; }
    const Efuses& efuses() const { return fuses_; }

private:
    SpiFlash& flash_;
    const Efuses& fuses_;
};

}  // namespace pyfw::chip
