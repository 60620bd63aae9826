// Where /flash lives on a board and how it is reached: the `fs` partition (data/5) for the FAT
// volume and the `dummy` partition (data/7) for its journal, read and written through the chip's
// flash-encryption engine when the board encrypts its flash.
//
// The firmware uses the engine's key from the eFuses (readable to the hardware even when
// read-protected). A host tool has only what the owner has: the key file, or the key block when
// it was burnt without read protection.
#pragma once

#include <optional>

#include "base/bytes.h"
#include "chip/efuses.h"
#include "chip/spi_flash.h"
#include "formats/partition_table.h"
#include "port/fs/errors.h"
#include "port/fs/volume.h"

namespace pyfw::port::fs {

struct VolumeLocation {
    formats::Partition fat;                     // data/5, "fs"
    std::optional<formats::Partition> journal;  // data/7, "dummy"
};

// ENODEV when the table has no data/5 partition.
FsResult<VolumeLocation> locateVolume(const formats::PartitionTable& table);

// The engine as the firmware sees it: the BLK1 key and FLASH_CRYPT_CONFIG, when FLASH_CRYPT_CNT is
// odd; nothing on a board that does not encrypt.
std::optional<FlashCipher> chipCipher(const chip::Efuses& fuses);

// The engine as a host tool can have it. On a board that does not encrypt: nothing (a key file is
// not needed). Otherwise the key file, or else the key block when software can read it; EACCES
// with what to do when the block is read-protected and no key file was given.
FsResult<std::optional<FlashCipher>> ownerCipher(const chip::Efuses& fuses, const std::optional<base::Bytes>& keyFile);

// The partition table at 0x8000, decrypted with `cipher` when given. ENODEV when the sector is
// blank, EACCES when it is not a valid table under that key (the wrong key), EIO otherwise.
FsResult<formats::PartitionTable> readPartitionTable(const chip::SpiFlash& flash, const std::optional<FlashCipher>& cipher);

// Where the firmware finds /flash: the partition table read through the chip's encryption engine,
// its fs and dummy partitions, and the regions over them.
FsResult<VolumeStorage> firmwareStorage(chip::SpiFlash& flash, const chip::Efuses& fuses);

// The volume's regions in `flash`.
FsResult<VolumeStorage> volumeStorage(chip::SpiFlash& flash, const VolumeLocation& location,
                                      const std::optional<FlashCipher>& cipher);

}  // namespace pyfw::port::fs
