// The shape of a FAT12/FAT16 volume: the BIOS parameter block of its boot sector, checked when a
// volume is mounted and chosen when one is made. Only 512-byte sectors (what Pycom's FatFs uses).
//
// mkfs follows the cluster-size rule of FatFs's f_mkfs, which made Pycom's volumes (one sector per
// cluster up to 2 MiB, two up to 8 MiB, ...), the FAT type by the cluster count as the FAT
// specification says (FAT12 below 4085 clusters), 2 FATs and 512 root entries. Each area starts on a
// 4 KiB flash block (8 reserved sectors, each FAT padded to whole blocks), so that a change of the
// FAT, of the root directory and of file data never share a block in the journal.
#pragma once

#include <cstdint>

#include "base/bytes.h"
#include "port/fs/errors.h"

namespace pyfw::port::fs {

inline constexpr uint32_t kSectorSize = 512;
inline constexpr uint32_t kDirEntrySize = 32;
inline constexpr uint32_t kMaxFat12Clusters = 4084;
inline constexpr uint32_t kMaxFat16Clusters = 65524;

enum class FatType { Fat12, Fat16 };

struct Geometry {
    uint32_t sectorsPerCluster = 1;
    uint32_t reservedSectors = 1;
    uint32_t fatCount = 2;
    uint32_t rootEntries = 512;
    uint32_t totalSectors = 0;
    uint32_t sectorsPerFat = 0;
    uint8_t media = 0xF8;
    FatType type = FatType::Fat12;
    uint32_t clusterCount = 0;   // data clusters, numbered 2 .. clusterCount + 1

    uint64_t fatOffset(uint32_t copy) const { return uint64_t(reservedSectors + copy * sectorsPerFat) * kSectorSize; }
    uint32_t fatBytes() const { return sectorsPerFat * kSectorSize; }
    uint64_t rootOffset() const { return fatOffset(fatCount); }
    uint32_t rootSectors() const { return (rootEntries * kDirEntrySize + kSectorSize - 1) / kSectorSize; }
    uint64_t dataOffset() const { return rootOffset() + uint64_t(rootSectors()) * kSectorSize; }
    uint32_t clusterBytes() const { return sectorsPerCluster * kSectorSize; }
    uint32_t maxCluster() const { return clusterCount + 1; }
    uint64_t clusterOffset(uint32_t cluster) const {
        return dataOffset() + uint64_t(cluster - 2) * clusterBytes();
    }
    uint64_t volumeBytes() const { return uint64_t(totalSectors) * kSectorSize; }
};

// Reads and checks the boot sector of a volume in a region of `regionBytes`; ENODEV naming the
// broken rule when it is not a FAT12/FAT16 volume this code can use.
FsResult<Geometry> parseBootSector(base::ByteView sector, uint64_t regionBytes);

// The geometry mkfs gives a region of `regionBytes` (EINVAL when FAT12/16 cannot fit it).
FsResult<Geometry> planVolume(uint64_t regionBytes);

// The 512-byte boot sector of `geometry`, with a volume serial number.
base::Bytes encodeBootSector(const Geometry& geometry, uint32_t volumeId);

}  // namespace pyfw::port::fs
