#include "formats/pycom_layout.h"

#include "formats/partition_csv.h"

namespace pyfw::formats {

namespace {

// esp32/lib/partitions.csv of v1.17.2.b1 (4 MiB boards).
constexpr const char* kLayout4MiB =
    "# Name,   Type, SubType, Offset,   Size, Flags\n"
    "nvs,      data, nvs,     0x9000,   0x7000\n"
    "factory,  app,  factory, 0x10000,  1536K, encrypted\n"
    "otadata,  data, ota,     ,         4K,    encrypted\n"
    "ota_0,    app,  ota_0,   0x1a0000, 1536K, encrypted\n"
    "dummy,    data, 7,       ,         64K\n"
    "fs,       data, 5,       0x380000, 508K,  encrypted\n"
    "config,   data, 6,       ,         4K\n";

// 8 MiB boards keep the first 4 MiB (the config block stays at 0x3FF000) and hold the FAT file
// system at 0x400000, 1024 x 4 KiB, where the firmware's flash driver puts it on those boards.
constexpr const char* kLayout8MiB =
    "# Name,   Type, SubType, Offset,   Size, Flags\n"
    "nvs,      data, nvs,     0x9000,   0x7000\n"
    "factory,  app,  factory, 0x10000,  1536K, encrypted\n"
    "otadata,  data, ota,     ,         4K,    encrypted\n"
    "ota_0,    app,  ota_0,   0x1a0000, 1536K, encrypted\n"
    "dummy,    data, 7,       ,         64K\n"
    "config,   data, 6,       0x3ff000, 4K\n"
    "fs,       data, 5,       0x400000, 4M,    encrypted\n";

}  // namespace

base::Result<std::string> pycomPartitionCsv(uint32_t flashSize) {
    if (flashSize == 4 * 1024 * 1024) return std::string(kLayout4MiB);
    if (flashSize == 8 * 1024 * 1024) return std::string(kLayout8MiB);
    return base::fail("Pycom boards have 4 MB or 8 MB of flash, not " + std::to_string(flashSize) + " bytes");
}

base::Result<PartitionTable> pycomPartitionTable(uint32_t flashSize) {
    PYFW_ASSIGN(std::string csv, pycomPartitionCsv(flashSize));
    PYFW_ASSIGN(PartitionTable table, parsePartitionCsv(csv));
    PYFW_TRY(verifyPartitionTable(table, flashSize));
    return table;
}

}  // namespace pyfw::formats
