#include "formats/elf_file.h"

#include <algorithm>

namespace pyfw::formats {

namespace {

constexpr size_t kFileHeaderSize = 0x34;
constexpr size_t kSectionHeaderSize = 0x28;
constexpr size_t kProgramHeaderSize = 0x20;
constexpr uint32_t kProgBits = 1, kStringTable = 3, kInitArray = 14, kFiniArray = 15;
constexpr uint32_t kLoad = 1;

bool inBounds(base::ByteView file, uint64_t offset, uint64_t size) { return offset <= file.size() && size <= file.size() - offset; }

base::Result<base::Bytes> slice(base::ByteView file, uint32_t offset, uint32_t size, const std::string& what) {
    if (!inBounds(file, offset, size)) return base::fail(what + " lies outside the ELF file");
    return base::Bytes(file.begin() + offset, file.begin() + offset + size);
}

}  // namespace

base::Result<ElfFile> parseElf(base::ByteView file) {
    if (file.size() < kFileHeaderSize) return base::fail("too short for an ELF header");
    if (!(file[0] == 0x7F && file[1] == 'E' && file[2] == 'L' && file[3] == 'F')) return base::fail("not an ELF file (bad magic)");
    if (file[4] != 1 || file[5] != 1) return base::fail("not a 32-bit little-endian ELF file");
    const uint8_t* h = file.data();
    uint16_t machine = base::readLe16(h + 0x12);
    if (machine != 0x5E && machine != 0xF3)
        return base::fail("not an Xtensa or RISC-V ELF file (e_machine " + std::to_string(machine) + ")");
    ElfFile elf;
    elf.entryPoint = base::readLe32(h + 0x18);
    uint32_t phoff = base::readLe32(h + 0x1C), shoff = base::readLe32(h + 0x20);
    uint16_t phnum = base::readLe16(h + 0x2C), shentsize = base::readLe16(h + 0x2E);
    uint16_t shnum = base::readLe16(h + 0x30), shstrndx = base::readLe16(h + 0x32);
    if (shentsize != kSectionHeaderSize) return base::fail("unexpected section header size " + std::to_string(shentsize));
    if (shnum == 0) return base::fail("the ELF file has no section headers");
    if (!inBounds(file, shoff, uint64_t(shnum) * kSectionHeaderSize)) return base::fail("the section headers lie outside the ELF file");
    if (shstrndx >= shnum) return base::fail("the section name table index is out of range");

    auto sectionField = [&](int index, int field) { return base::readLe32(h + shoff + index * kSectionHeaderSize + 4 * field); };
    if (sectionField(shstrndx, 1) != kStringTable) return base::fail("the section name table is not a string table");
    PYFW_ASSIGN(base::Bytes names, slice(file, sectionField(shstrndx, 4), sectionField(shstrndx, 5), "the section name table"));
    for (int i = 0; i < shnum; ++i) {
        uint32_t type = sectionField(i, 1), address = sectionField(i, 3), offset = sectionField(i, 4), size = sectionField(i, 5);
        if (type != kProgBits && type != kInitArray && type != kFiniArray) continue;
        if (address == 0 || size == 0) continue;
        uint32_t nameOffset = sectionField(i, 0);
        if (nameOffset >= names.size()) return base::fail("section " + std::to_string(i) + " has a name outside the name table");
        auto end = std::find(names.begin() + nameOffset, names.end(), 0);
        if (end == names.end()) return base::fail("section " + std::to_string(i) + "'s name is not terminated");
        std::string name(names.begin() + nameOffset, end);
        PYFW_ASSIGN(base::Bytes data, slice(file, offset, size, "section " + name));
        elf.sections.push_back({name, address, std::move(data)});
    }
    if (!inBounds(file, phoff, uint64_t(phnum) * kProgramHeaderSize)) return base::fail("the program headers lie outside the ELF file");
    for (int i = 0; i < phnum; ++i) {
        const uint8_t* p = h + phoff + i * kProgramHeaderSize;
        uint32_t type = base::readLe32(p), offset = base::readLe32(p + 4), physical = base::readLe32(p + 12), size = base::readLe32(p + 16);
        if (type != kLoad || physical == 0 || size == 0) continue;
        PYFW_ASSIGN(base::Bytes data, slice(file, offset, size, "program header " + std::to_string(i)));
        elf.segments.push_back({"PHDR", physical, std::move(data)});
    }
    return elf;
}

}  // namespace pyfw::formats
