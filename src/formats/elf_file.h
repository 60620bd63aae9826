// The parts of a 32-bit little-endian ELF file that elf2image reads: the entry point, the
// PROGBITS/INIT_ARRAY/FINI_ARRAY sections with a non-zero address (in header order), and the
// LOAD program headers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

struct ElfChunk {
    std::string name;  // the section name, or "PHDR" for a program header
    uint32_t address = 0;
    base::Bytes data;
};

struct ElfFile {
    uint32_t entryPoint = 0;
    std::vector<ElfChunk> sections;
    std::vector<ElfChunk> segments;
};

// Xtensa (0x5E) or RISC-V (0xF3) ELF32 LE. Every table and data range is bounds-checked.
base::Result<ElfFile> parseElf(base::ByteView file);

}  // namespace pyfw::formats
