#include "port/fs/fat_geometry.h"

#include <cstring>

namespace pyfw::port::fs {
namespace {

constexpr uint32_t kSectorsPerBlock = 8;   // 4 KiB flash blocks
constexpr uint32_t kMaxSectorsPerCluster = 128;

uint32_t roundUp(uint32_t value, uint32_t unit) { return (value + unit - 1) / unit * unit; }

FsError notFat(const std::string& why) {
    return fsFail(Errno::NoDevice, "the partition holds no usable FAT volume: " + why);
}

uint32_t fatBytesFor(FatType type, uint32_t clusters) {
    uint32_t entries = clusters + 2;
    return type == FatType::Fat12 ? (entries * 3 + 1) / 2 : entries * 2;
}

FatType typeFor(uint32_t clusters) { return clusters <= kMaxFat12Clusters ? FatType::Fat12 : FatType::Fat16; }

// f_mkfs's default allocation unit: one sector per cluster below 2 MiB, then doubling at each
// boundary of {2, 8, 32, 128, 512, 1024} MiB.
uint32_t defaultSectorsPerCluster(uint32_t totalSectors) {
    static constexpr uint32_t kBoundaries[] = {1, 4, 16, 64, 256, 512};   // in units of 4096 sectors
    uint32_t units = totalSectors / 4096, sectors = 1;
    for (uint32_t boundary : kBoundaries) {
        if (boundary > units) break;
        sectors *= 2;
    }
    return sectors;
}

// The largest divisor of `value` not above `limit` (so that mtools finds the volume a whole number
// of tracks and cylinders).
uint32_t largestDivisor(uint32_t value, uint32_t limit) {
    for (uint32_t d = limit; d > 1; --d)
        if (value % d == 0) return d;
    return 1;
}

}  // namespace

FsResult<Geometry> parseBootSector(base::ByteView sector, uint64_t regionBytes) {
    if (sector.size() < kSectorSize) return notFat("the boot sector is short");
    const uint8_t* b = sector.data();
    if (b[510] != 0x55 || b[511] != 0xAA) return notFat("the boot sector has no 55 AA signature");
    if (b[0] != 0xEB && b[0] != 0xE9) return notFat("the boot sector does not start with a jump instruction");
    uint32_t bytesPerSector = base::readLe16(b + 11);
    if (bytesPerSector != kSectorSize)
        return notFat("sectors of " + std::to_string(bytesPerSector) + " bytes (only 512 are supported)");
    Geometry g;
    g.sectorsPerCluster = b[13];
    g.reservedSectors = base::readLe16(b + 14);
    g.fatCount = b[16];
    g.rootEntries = base::readLe16(b + 17);
    g.totalSectors = base::readLe16(b + 19) != 0 ? base::readLe16(b + 19) : base::readLe32(b + 32);
    g.media = b[21];
    g.sectorsPerFat = base::readLe16(b + 22);
    if (g.sectorsPerCluster == 0 || g.sectorsPerCluster > kMaxSectorsPerCluster ||
        (g.sectorsPerCluster & (g.sectorsPerCluster - 1)) != 0)
        return notFat(std::to_string(g.sectorsPerCluster) + " sectors per cluster is not a power of two up to 128");
    if (g.reservedSectors == 0) return notFat("no reserved sectors");
    if (g.fatCount != 1 && g.fatCount != 2) return notFat(std::to_string(g.fatCount) + " FATs (1 or 2 expected)");
    if (g.sectorsPerFat == 0) return notFat("FAT32 volumes are not supported");
    if (g.rootEntries == 0) return notFat("no root directory entries");
    if (g.totalSectors == 0) return notFat("a volume of zero sectors");
    if (g.volumeBytes() > regionBytes)
        return notFat("the volume (" + std::to_string(g.totalSectors) + " sectors) is larger than its partition");
    uint64_t metaSectors = uint64_t(g.reservedSectors) + uint64_t(g.fatCount) * g.sectorsPerFat + g.rootSectors();
    if (metaSectors >= g.totalSectors) return notFat("the FATs and root directory fill the whole volume");
    g.clusterCount = uint32_t((g.totalSectors - metaSectors) / g.sectorsPerCluster);
    if (g.clusterCount == 0) return notFat("no data clusters");
    if (g.clusterCount > kMaxFat16Clusters) return notFat("FAT32 volumes are not supported");
    g.type = typeFor(g.clusterCount);
    if (fatBytesFor(g.type, g.clusterCount) > g.fatBytes())
        return notFat("a FAT of " + std::to_string(g.sectorsPerFat) + " sectors is too small for " +
                      std::to_string(g.clusterCount) + " clusters");
    return g;
}

FsResult<Geometry> planVolume(uint64_t regionBytes) {
    uint64_t sectors = regionBytes / kSectorSize;
    if (sectors < 64) return fsFail(Errno::Invalid, "a FAT volume needs at least 32 KiB");
    if (sectors > 0xFFFFFFFFull) sectors = 0xFFFFFFFFull;
    Geometry g;
    g.totalSectors = uint32_t(sectors);
    g.reservedSectors = kSectorsPerBlock;
    g.rootEntries = g.totalSectors >= 512 ? 512 : 128;
    for (g.sectorsPerCluster = defaultSectorsPerCluster(g.totalSectors);
         g.sectorsPerCluster <= kMaxSectorsPerCluster; g.sectorsPerCluster *= 2) {
        // The FAT only grows from one pass to the next, so this settles on a size that holds the
        // clusters it leaves.
        g.sectorsPerFat = kSectorsPerBlock;
        for (int pass = 0; pass < 16; ++pass) {
            uint64_t meta = uint64_t(g.reservedSectors) + 2ull * g.sectorsPerFat + g.rootSectors();
            if (meta + g.sectorsPerCluster > g.totalSectors) return fsFail(Errno::Invalid, "the partition is too small for a FAT volume");
            g.clusterCount = uint32_t((g.totalSectors - meta) / g.sectorsPerCluster);
            g.type = typeFor(g.clusterCount);
            uint32_t needed = roundUp(roundUp(fatBytesFor(g.type, g.clusterCount), kSectorSize) / kSectorSize, kSectorsPerBlock);
            if (needed <= g.sectorsPerFat) break;
            g.sectorsPerFat = needed;
        }
        if (g.clusterCount <= kMaxFat16Clusters) return g;
    }
    return fsFail(Errno::Invalid, "the partition is too large for FAT16");
}

base::Bytes encodeBootSector(const Geometry& g, uint32_t volumeId) {
    base::Bytes s(kSectorSize, 0);
    s[0] = 0xEB;
    s[1] = 0x3C;
    s[2] = 0x90;
    std::memcpy(&s[3], "MSDOS5.0", 8);
    base::writeLe16(&s[11], uint16_t(kSectorSize));
    s[13] = uint8_t(g.sectorsPerCluster);
    base::writeLe16(&s[14], uint16_t(g.reservedSectors));
    s[16] = uint8_t(g.fatCount);
    base::writeLe16(&s[17], uint16_t(g.rootEntries));
    if (g.totalSectors < 0x10000)
        base::writeLe16(&s[19], uint16_t(g.totalSectors));
    else
        base::writeLe32(&s[32], g.totalSectors);
    s[21] = g.media;
    base::writeLe16(&s[22], uint16_t(g.sectorsPerFat));
    uint32_t sectorsPerTrack = largestDivisor(g.totalSectors, 63);
    base::writeLe16(&s[24], uint16_t(sectorsPerTrack));
    base::writeLe16(&s[26], uint16_t(largestDivisor(g.totalSectors / sectorsPerTrack, 255)));
    s[36] = 0x80;   // drive number
    s[38] = 0x29;   // extended boot signature: serial, label and type follow
    base::writeLe32(&s[39], volumeId);
    std::memcpy(&s[43], "NO NAME    ", 11);
    std::memcpy(&s[54], g.type == FatType::Fat12 ? "FAT12   " : "FAT16   ", 8);
    s[62] = 0xEB;   // the boot code: a loop on itself, for a machine that would try to start it
    s[63] = 0xFE;
    s[510] = 0x55;
    s[511] = 0xAA;
    return s;
}

}  // namespace pyfw::port::fs
