#include "port/fs/board_volume.h"

#include <algorithm>

#include "chip/efuse_fields.h"
#include "security/flash_encryption.h"

namespace pyfw::port::fs {
namespace {

constexpr uint8_t kFatSubtype = 5;       // Pycom's `fs` partition
constexpr uint8_t kJournalSubtype = 7;   // Pycom's unused `dummy` partition

const formats::Partition* findData(const formats::PartitionTable& table, uint8_t subtype) {
    for (const auto& entry : table.entries)
        if (entry.type == uint8_t(formats::PartitionType::Data) && entry.subtype == subtype) return &entry;
    return nullptr;
}

}  // namespace

FsResult<VolumeLocation> locateVolume(const formats::PartitionTable& table) {
    const auto* fat = findData(table, kFatSubtype);
    if (!fat) return fsFail(Errno::NoDevice, "the partition table has no fs partition (data, subtype 5)");
    VolumeLocation location{*fat, std::nullopt};
    if (const auto* journal = findData(table, kJournalSubtype)) location.journal = *journal;
    return location;
}

std::optional<FlashCipher> chipCipher(const chip::Efuses& fuses) {
    if (!fuses.flashEncryptionEnabled()) return std::nullopt;
    auto key = security::FlashEncryption::keyFromFile(fuses.hardwareKey(1));
    if (!key.ok()) return std::nullopt;
    return FlashCipher{*key, fuses.flashCryptConfig()};
}

FsResult<std::optional<FlashCipher>> ownerCipher(const chip::Efuses& fuses, const std::optional<base::Bytes>& keyFile) {
    if (!fuses.flashEncryptionEnabled()) return std::optional<FlashCipher>();
    const auto* block = chip::findEfuseField("BLK1");
    base::Bytes keyBytes;
    if (keyFile) {
        keyBytes = *keyFile;
    } else if (block && fuses.isReadProtected(*block)) {
        return fsFail(Errno::AccessDenied,
                      "the board encrypts its flash and its key block BLK1 is read-protected: give the key file "
                      "burnt into it with --keyfile");
    } else {
        keyBytes = fuses.readKeyBlock(1);
    }
    auto key = security::FlashEncryption::keyFromFile(keyBytes);
    if (!key.ok()) return fsFail(Errno::Invalid, key.error().message);
    const auto* conf = chip::findEfuseField("FLASH_CRYPT_CONFIG");
    uint8_t flashCryptConfig = conf && !fuses.isReadProtected(*conf) ? uint8_t(fuses.readField(*conf)) : 0xF;
    return std::optional<FlashCipher>(FlashCipher{*key, flashCryptConfig});
}

FsResult<formats::PartitionTable> readPartitionTable(const chip::SpiFlash& flash, const std::optional<FlashCipher>& cipher) {
    auto raw = flash.read(formats::kPartitionTableAddress, uint32_t(formats::kPartitionTableSize));
    if (!raw.ok()) return fsFail(Errno::Io, "flash: " + raw.error().message);
    base::Bytes table = std::move(*raw);
    if (std::all_of(table.begin(), table.end(), [](uint8_t b) { return b == 0xFF; }))
        return fsFail(Errno::NoDevice, "the flash holds no partition table at 0x8000");
    if (cipher) {
        auto plain = security::FlashEncryption::decrypt(cipher->key, formats::kPartitionTableAddress,
                                                       cipher->flashCryptConfig, table);
        if (!plain.ok()) return fsFail(Errno::Io, plain.error().message);
        table = std::move(*plain);
    }
    auto parsed = formats::parsePartitionTable(table);
    if (!parsed.ok()) {
        if (cipher)
            return fsFail(Errno::AccessDenied,
                          "the key does not decrypt the board's partition table at 0x8000: it is not the board's flash "
                          "encryption key");
        return fsFail(Errno::Io, "the partition table at 0x8000: " + parsed.error().message);
    }
    return std::move(*parsed);
}

FsResult<VolumeStorage> firmwareStorage(chip::SpiFlash& flash, const chip::Efuses& fuses) {
    auto cipher = chipCipher(fuses);
    PYFW_ASSIGN(auto table, readPartitionTable(flash, cipher));
    PYFW_ASSIGN(auto location, locateVolume(table));
    return volumeStorage(flash, location, cipher);
}

FsResult<VolumeStorage> volumeStorage(chip::SpiFlash& flash, const VolumeLocation& location,
                                      const std::optional<FlashCipher>& cipher) {
    PYFW_ASSIGN(auto fat, FlashRegion::forPartition(flash, location.fat, cipher));
    VolumeStorage storage{fat, std::nullopt};
    if (location.journal) {
        PYFW_ASSIGN(auto journal, FlashRegion::forPartition(flash, *location.journal, cipher));
        storage.journal = journal;
    }
    return storage;
}

}  // namespace pyfw::port::fs
