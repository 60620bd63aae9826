#include "boot/flash_layout.h"

namespace pyfw::boot {
namespace {

constexpr uint8_t kAppType = 0x00, kDataType = 0x01;
constexpr uint8_t kFactorySubtype = 0x00, kOta0Subtype = 0x10, kOtaDataSubtype = 0x00;

bool insideAnyPartition(const formats::PartitionTable& table, uint32_t address) {
    for (const auto& p : table.entries)
        if (address + kSectorSize > p.offset && address < uint64_t(p.offset) + p.size) return true;
    return false;
}

}  // namespace

const formats::Partition& FlashLayout::partitionFor(uint32_t activeImage) const {
    return activeImage == uint32_t(formats::ActiveImage::Update1) ? ota0 : factory;
}

base::Result<FlashLayout> flashLayoutFrom(const formats::PartitionTable& table, uint32_t flashSize) {
    FlashLayout layout;
    layout.table = table;
    bool haveFactory = false, haveOta0 = false;
    for (const auto& p : table.entries) {
        if (uint64_t(p.offset) + p.size > flashSize)
            return base::fail("partition " + p.label + " ends past the end of the flash");
        if (p.type == kAppType && p.subtype == kFactorySubtype && !haveFactory) layout.factory = p, haveFactory = true;
        if (p.type == kAppType && p.subtype == kOta0Subtype && !haveOta0) layout.ota0 = p, haveOta0 = true;
    }
    if (!haveFactory) return base::fail("the partition table has no factory app partition");
    if (!haveOta0) return base::fail("the partition table has no ota_0 app partition");
    if (table.entries.size() <= size_t(kOtaDataIndex) || table.entries[kOtaDataIndex].type != kDataType ||
        table.entries[kOtaDataIndex].subtype != kOtaDataSubtype)
        return base::fail("partition entry 2 is not the data/ota partition that holds boot_info");
    layout.otadata = table.entries[kOtaDataIndex];
    if (layout.otadata.offset % kSectorSize != 0) return base::fail("the otadata partition is not sector-aligned");

    bool free = uint64_t(kEncryptionStagingAddress) + kSectorSize <= flashSize;
    for (uint32_t address : {kBootInfoBackupAddress, kEncryptionJournalAddress, kEncryptionStagingAddress})
        free = free && !insideAnyPartition(table, address);
    if (free) {
        layout.bootInfoBackup = kBootInfoBackupAddress;
        layout.encryptionJournal = kEncryptionJournalAddress;
        layout.encryptionStaging = kEncryptionStagingAddress;
    }
    return layout;
}

const char* activeImageName(uint32_t activeImage) {
    switch (activeImage) {
    case 0: return "factory";
    case 1: return "update1 (ota_0)";
    case 2: return "update2 (factory partition)";
    default: return "unknown";
    }
}

}  // namespace pyfw::boot
