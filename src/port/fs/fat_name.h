// File names on a FAT volume: the rules a long (VFAT) name must follow, the 8.3 short name every
// entry carries (with the Windows NT lower-case flags when the name fits 8.3 in one case, as
// FatFs and Windows write it), the numeric-tail short names of long names, and the UTF-8 <-> UTF-16
// conversion of long-name entries. Names compare case-insensitively in ASCII, as on FAT.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "port/fs/errors.h"

namespace pyfw::port::fs {

inline constexpr size_t kMaxNameUnits = 255;   // UTF-16 units of a long name
inline constexpr uint8_t kLowerBase = 0x08;    // NT flags: the short name's base / extension is
inline constexpr uint8_t kLowerExt = 0x10;     // lower case

struct ShortName {
    std::array<uint8_t, 11> bytes{};   // 8 + 3, upper case, padded with spaces
    uint8_t caseFlags = 0;
};

// The name a directory entry will get: trailing dots and spaces removed (as Windows and FatFs do);
// EINVAL for an empty name, ".", "..", a character FAT forbids ("*/:<>?\| and controls) or bad
// UTF-8; ENAMETOOLONG beyond 255 UTF-16 units.
FsResult<std::string> normalizeName(std::string_view name);

// The name as an 8.3 short name, when it is one (each part in a single case).
std::optional<ShortName> exactShortName(std::string_view name);
// The short-name basis of a long name; `lossy` says it does not spell the name (characters
// replaced, dropped or cut), so it needs a numeric tail.
ShortName shortNameBasis(std::string_view name, bool& lossy);
// The basis with "~n" at the end of its first part.
ShortName withNumericTail(const ShortName& basis, uint32_t n);

uint8_t longNameChecksum(const std::array<uint8_t, 11>& shortName);
// The short name as it reads (lower case per the NT flags, 0x05 standing for 0xE5).
std::string displayShortName(const std::array<uint8_t, 11>& shortName, uint8_t caseFlags);

std::u16string utf8ToUtf16(std::string_view utf8);   // of a name that passed normalizeName
std::string utf16ToUtf8(std::u16string_view utf16);  // unpaired surrogates become U+FFFD

bool sameName(std::string_view a, std::string_view b);

}  // namespace pyfw::port::fs
