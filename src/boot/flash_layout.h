// Where the Pycom bootloader finds things, from the partition table in flash: the factory and
// ota_0 app partitions (the two OTA slots), otadata (entry 2, holding boot_info_t), and the three
// free sectors right after otadata that this bootloader uses for power-cut safety: a second copy of
// boot_info, the first-boot encryption journal and the staging copy of the sector being encrypted.
// In the Pycom layout they sit in the unpartitioned gap between otadata (0x190000) and ota_0.
#pragma once

#include <cstdint>
#include <optional>

#include "base/result.h"
#include "formats/boot_info.h"
#include "formats/partition_table.h"

namespace pyfw::boot {

inline constexpr uint32_t kSectorSize = 0x1000;
inline constexpr int kOtaDataIndex = 2;  // bootloader.h OTA_DATA_INDEX

// The scratch sectors sit at fixed addresses (after the Pycom otadata at 0x190000), so that an
// interrupted encryption is found again even when the partition table is already encrypted. They
// are used only when the partition table leaves them free.
inline constexpr uint32_t kBootInfoBackupAddress = 0x191000;
inline constexpr uint32_t kEncryptionJournalAddress = 0x192000;
inline constexpr uint32_t kEncryptionStagingAddress = 0x193000;

struct FlashLayout {
    formats::PartitionTable table;
    formats::Partition factory;
    formats::Partition ota0;
    formats::Partition otadata;
    std::optional<uint32_t> bootInfoBackup;
    std::optional<uint32_t> encryptionJournal;
    std::optional<uint32_t> encryptionStaging;

    // IMG_ACT_FACTORY and IMG_ACT_UPDATE2 both live in the factory partition ("only space for one
    // OTA image"), IMG_ACT_UPDATE1 in ota_0.
    const formats::Partition& partitionFor(uint32_t activeImage) const;
};

// Fails, naming what is missing, unless the table has a factory app, an ota_0 app and a data/ota
// partition at index 2 inside a flash of `flashSize` bytes.
base::Result<FlashLayout> flashLayoutFrom(const formats::PartitionTable& table, uint32_t flashSize);

const char* activeImageName(uint32_t activeImage);

}  // namespace pyfw::boot
