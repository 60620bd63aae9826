#include "port/fs/flash_region.h"

#include <algorithm>

#include "security/flash_encryption.h"

namespace pyfw::port::fs {
namespace {

FsError flashError(const base::Error& error) { return fsFail(Errno::Io, "flash: " + error.message); }

}  // namespace

FsResult<FlashRegion> FlashRegion::create(chip::SpiFlash& flash, uint32_t offset, uint32_t size,
                                          std::optional<FlashCipher> cipher) {
    if (offset % kBlockSize != 0 || size % kBlockSize != 0 || size == 0)
        return fsFail(Errno::Invalid, "a flash region of " + std::to_string(size) + " bytes at " + base::hexNumber(offset) +
                                          " is not whole 4 KiB blocks");
    if (uint64_t(offset) + size > flash.size())
        return fsFail(Errno::Invalid, "a flash region at " + base::hexNumber(offset) + " of " + std::to_string(size) +
                                          " bytes runs past the end of the flash");
    return FlashRegion(flash, offset, size, cipher);
}

FsResult<FlashRegion> FlashRegion::forPartition(chip::SpiFlash& flash, const formats::Partition& partition,
                                                std::optional<FlashCipher> cipher) {
    auto region = create(flash, partition.offset, partition.size, cipher);
    if (!region.ok()) return fsFail(region.error().code, "partition " + partition.label + ": " + region.error().message);
    return region;
}

FsStatus FlashRegion::checkIndex(uint32_t index) const {
    if (index >= blockCount())
        return fsFail(Errno::Io, "block " + std::to_string(index) + " is past the end of a " +
                                     std::to_string(blockCount()) + "-block region");
    return fsOk();
}

FsStatus FlashRegion::readBlock(uint32_t index, base::MutableByteView out) const {
    PYFW_TRY(checkIndex(index));
    auto status = flash_->read(address(index), out.first(kBlockSize));
    if (!status.ok()) return flashError(status.error());
    if (!cipher_) return fsOk();
    auto decrypted = security::FlashEncryption::transform(cipher_->key, address(index), cipher_->flashCryptConfig,
                                                          security::FlashCipherDirection::Decrypt, out.first(kBlockSize));
    if (!decrypted.ok()) return flashError(decrypted.error());
    return fsOk();
}

FsStatus FlashRegion::eraseBlock(uint32_t index) {
    PYFW_TRY(checkIndex(index));
    auto status = flash_->eraseSector(address(index));
    if (!status.ok()) return flashError(status.error());
    return fsOk();
}

FsStatus FlashRegion::programBlock(uint32_t index, base::ByteView data) {
    PYFW_TRY(checkIndex(index));
    base::Bytes stored(data.begin(), data.begin() + kBlockSize);
    if (cipher_) {
        auto encrypted = security::FlashEncryption::transform(cipher_->key, address(index), cipher_->flashCryptConfig,
                                                              security::FlashCipherDirection::Encrypt, stored);
        if (!encrypted.ok()) return flashError(encrypted.error());
    }
    auto status = flash_->program(address(index), stored);
    if (!status.ok()) return flashError(status.error());
    return fsOk();
}

FsStatus FlashRegion::writeBlock(uint32_t index, base::ByteView data) {
    // An erase costs tens of milliseconds and wears the block: skip it when the block is erased.
    PYFW_ASSIGN(bool blank, blockErased(index));
    if (!blank) PYFW_TRY(eraseBlock(index));
    return programBlock(index, data);
}

FsResult<bool> FlashRegion::blockErased(uint32_t index) const {
    PYFW_TRY(checkIndex(index));
    base::Bytes raw(kBlockSize);
    auto status = flash_->read(address(index), raw);
    if (!status.ok()) return flashError(status.error());
    return std::all_of(raw.begin(), raw.end(), [](uint8_t b) { return b == 0xFF; });
}

FsResult<bool> FlashRegion::erased() const {
    for (uint32_t index = 0; index < blockCount(); ++index) {
        PYFW_ASSIGN(bool blank, blockErased(index));
        if (!blank) return false;
    }
    return true;
}

}  // namespace pyfw::port::fs
