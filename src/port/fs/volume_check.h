// A read-only consistency check of a FAT volume as it is on the flash (what `fsck.fat -n` checks
// that matters here): the boot sector, identical FAT copies, every chain inside the volume, no
// cluster in two chains, no allocated cluster outside every chain, chain lengths that match file
// sizes, "." and ".." of every subdirectory, long names with their short entries, short names
// without forbidden characters, no name twice in a directory. Any bytes are safe to check.
#pragma once

#include <string>
#include <vector>

#include "port/fs/errors.h"
#include "port/fs/flash_region.h"

namespace pyfw::port::fs {

struct VolumeCheck {
    std::vector<std::string> problems;   // empty: the volume is clean
    uint32_t files = 0;
    uint32_t directories = 0;             // besides the root
    uint32_t usedClusters = 0;
};

// Checks the FAT region (after the journal was recovered by a mount). EIO when the flash cannot be
// read; everything wrong with the volume itself is a problem in the result.
FsResult<VolumeCheck> checkVolume(const FlashRegion& fat);

}  // namespace pyfw::port::fs
