#include "formats/pycom_layout.h"

#include "formats/partition_csv.h"

namespace pyfw::formats {

namespace {

// esp32/lib/partitions.csv of v1.17.2.b1: the rows every board shares (otadata stays entry 2)...
constexpr const char* kCommonRows =
    "# Name,   Type, SubType, Offset,   Size, Flags\n"
    "nvs,      data, nvs,     0x9000,   0x7000\n"
    "factory,  app,  factory, 0x10000,  1536K, encrypted\n"
    "otadata,  data, ota,     ,         4K,    encrypted\n"
    "ota_0,    app,  ota_0,   0x1a0000, 1536K, encrypted\n"
    "dummy,    data, 7,       ,         64K\n";

// ...then, on 4 MiB boards, the FAT file system and the config block at the end of the flash.
constexpr const char* kRows4MiB =
    "fs,       data, 5,       0x380000, 508K,  encrypted\n"
    "config,   data, 6,       ,         4K\n";

// 8 MiB boards keep the config block at 0x3FF000 and hold the FAT file system at 0x400000,
// 1024 x 4 KiB, where the firmware's flash driver puts it on those boards.
constexpr const char* kRows8MiB =
    "config,   data, 6,       0x3ff000, 4K\n"
    "fs,       data, 5,       0x400000, 4M,    encrypted\n";

}  // namespace

base::Result<std::string> pycomPartitionCsv(uint32_t flashSize) {
    if (flashSize == 4 * 1024 * 1024) return std::string(kCommonRows) + kRows4MiB;
    if (flashSize == 8 * 1024 * 1024) return std::string(kCommonRows) + kRows8MiB;
    return base::fail("Pycom boards have 4 MB or 8 MB of flash, not " + std::to_string(flashSize) + " bytes");
}

base::Result<PartitionTable> pycomPartitionTable(uint32_t flashSize) {
    PYFW_ASSIGN(std::string csv, pycomPartitionCsv(flashSize));
    PYFW_ASSIGN(PartitionTable table, parsePartitionCsv(csv));
    PYFW_TRY(verifyPartitionTable(table, flashSize));
    return table;
}

}  // namespace pyfw::formats
