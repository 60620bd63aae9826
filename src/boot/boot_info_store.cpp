#include "boot/boot_info_store.h"

namespace pyfw::boot {
namespace {
constexpr uint32_t kRecordWriteSize = 48;  // 40 bytes rounded up to the engine's 16-byte blocks
constexpr uint32_t kSectorSize = 0x1000;
}  // namespace

base::Result<std::optional<formats::BootInfo>> BootInfoStore::readCopy(uint32_t address) {
    PYFW_ASSIGN(auto bytes, flash_.read(address, formats::BootInfo::kSize));
    PYFW_ASSIGN(auto info, formats::BootInfo::parse(bytes));
    if (!info.isValid()) return std::optional<formats::BootInfo>();
    return std::optional<formats::BootInfo>(info);
}

base::Status BootInfoStore::writeCopy(uint32_t address, const formats::BootInfo& info) {
    auto record = info.serialize();
    base::Bytes padded(record.begin(), record.end());
    padded.resize(kRecordWriteSize, 0xFF);
    PYFW_TRY(flash_.erase(address & ~(kSectorSize - 1), kSectorSize));
    return flash_.write(address, padded);
}

base::Result<BootInfoStore::Loaded> BootInfoStore::load() {
    Loaded loaded;
    PYFW_ASSIGN(auto primary, readCopy(primary_));
    std::optional<formats::BootInfo> backup;
    if (backup_) {
        PYFW_ASSIGN(backup, readCopy(*backup_));
    }
    auto same = [](const formats::BootInfo& a, const formats::BootInfo& b) { return a.serialize() == b.serialize(); };
    if (primary) {
        loaded.info = *primary;
        loaded.valid = true;
        if (backup_ && (!backup || !same(*backup, *primary))) {
            PYFW_TRY(writeCopy(*backup_, *primary));
            loaded.repaired = true;
        }
    } else if (backup) {
        loaded.info = *backup;
        loaded.valid = true;
        loaded.fromBackup = true;
        PYFW_TRY(writeCopy(primary_, *backup));
        loaded.repaired = true;
    }
    return loaded;
}

base::Status BootInfoStore::save(const formats::BootInfo& info) {
    PYFW_TRY(writeCopy(primary_, info));
    if (backup_) PYFW_TRY(writeCopy(*backup_, info));
    return base::okStatus();
}

}  // namespace pyfw::boot
