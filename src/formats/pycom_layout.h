// The partition tables of the Pycom firmware (reference/pycom-firmware.md §1.3), built in so that
// `pyfw build` and `pyfw partitions gen --pycom` need no CSV file. otadata must stay entry 2: the
// bootloader and the OTA updater find boot_info through that index.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "formats/partition_table.h"

namespace pyfw::formats {

inline constexpr int kPycomOtaDataIndex = 2;
inline constexpr uint32_t kPycomFactoryOffset = 0x10000;
inline constexpr uint32_t kPycomOta0Offset = 0x1A0000;
inline constexpr uint32_t kPycomImageSize = 1536 * 1024;
inline constexpr uint32_t kPycomConfigOffset = 0x3FF000;

// The CSV text of the layout for a 4 MiB or 8 MiB flash.
base::Result<std::string> pycomPartitionCsv(uint32_t flashSize);
base::Result<PartitionTable> pycomPartitionTable(uint32_t flashSize);

}  // namespace pyfw::formats
