#include "chip/flash_access.h"

#include <algorithm>
#include <cstdio>

#include "security/flash_encryption.h"

namespace pyfw::chip {
namespace {

base::Result<security::FlashKey> engineKey(const Efuses& fuses) {
    return security::FlashEncryption::keyFromFile(fuses.hardwareKey(1));
}


}  // namespace

base::Result<base::Bytes> FlashAccess::readRaw(uint32_t address, uint32_t length) const {
    return flash_.read(address, length);
}

base::Result<base::Bytes> FlashAccess::read(uint32_t address, uint32_t length) const {
    if (!encryptionEnabled()) return flash_.read(address, length);
    return readDecrypted(address, length);
}

base::Result<base::Bytes> FlashAccess::readDecrypted(uint32_t address, uint32_t length) const {
    if (uint64_t(address) + length > flash_.size()) return flash_.read(address, length);  // names the range
    // The flash size is a whole number of sectors, so the 16-byte envelope stays inside it.
    uint64_t start = address & ~uint64_t(15);
    uint64_t end = (uint64_t(address) + length + 15) & ~uint64_t(15);
    PYFW_ASSIGN(auto block, flash_.read(uint32_t(start), uint32_t(end - start)));
    PYFW_ASSIGN(auto key, engineKey(fuses_));
    PYFW_TRY(security::FlashEncryption::transform(key, start, fuses_.flashCryptConfig(),
                                                  security::FlashCipherDirection::Decrypt, block));
    return base::Bytes(block.begin() + (address - start), block.begin() + (address - start) + length);
}

base::Status FlashAccess::writeRaw(uint32_t address, base::ByteView data) { return flash_.program(address, data); }

base::Status FlashAccess::writeEncrypted(uint32_t address, base::ByteView data) {
    if (address % 16 != 0 || data.size() % 16 != 0)
        return base::fail("encrypted flash write of " + std::to_string(data.size()) + " bytes at " + base::hexNumber(address) +
                          " is not 16-byte aligned in address and length");
    base::Bytes cipher(data.begin(), data.end());
    PYFW_ASSIGN(auto key, engineKey(fuses_));
    PYFW_TRY(security::FlashEncryption::transform(key, address, fuses_.flashCryptConfig(),
                                                  security::FlashCipherDirection::Encrypt, cipher));
    return flash_.program(address, cipher);
}

base::Status FlashAccess::write(uint32_t address, base::ByteView data) {
    return encryptionEnabled() ? writeEncrypted(address, data) : writeRaw(address, data);
}

}  // namespace pyfw::chip
