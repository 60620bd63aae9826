// elf2image's layout of an ESP32 image: merge adjacent sections of the same memory type, place
// each flash-mapped (IROM/DROM) segment at a file offset congruent to its address modulo 64 KiB
// (filling the gap with a piece of a RAM segment or a zero "padding" segment), then the remaining
// RAM segments, optionally secure-boot padding, the checksum and the SHA-256 (esptool v4.8.1).
#pragma once

#include <cstdint>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/app_image.h"
#include "formats/elf_file.h"

namespace pyfw::formats {

struct ImageLayoutOptions {
    uint8_t flashMode = 0;       // esptool's default "qio"
    uint8_t flashSizeFreq = 0;   // "1MB", "40m"
    uint8_t minChipRev = 0;
    uint16_t minRevFull = 0;
    uint16_t maxRevFull = 0xFFFF;
    bool appendDigest = true;
    bool securePadV1 = false;    // pad so the signed image ends 12 bytes before a 64 KiB boundary
    uint32_t padToSize = 0;      // pad the file with 0xFF to a multiple of this (0 = no)
};

// `chunks` are the named pieces in ELF order (sections, or program headers).
base::Result<base::Bytes> layoutImage(std::vector<ElfChunk> chunks, uint32_t entryPoint,
                                      const ImageLayoutOptions& options);

inline base::Result<base::Bytes> elfToImage(const ElfFile& elf, const ImageLayoutOptions& options,
                                            bool useSegments = false) {
    return layoutImage(useSegments ? elf.segments : elf.sections, elf.entryPoint, options);
}

}  // namespace pyfw::formats
