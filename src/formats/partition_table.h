// The ESP32 partition table at 0x8000: 32-byte entries (magic AA 50, type, subtype, offset, size,
// 16-byte label, flags; bit 0 = encrypted), ended by an all-0xFF entry and padded with 0xFF to
// 0xC00 bytes (esp32-security.md §2.1). The rules are those of IDF v3.0's gen_esp32part.py; IDF
// v3.1 added an MD5 entry (EB EB, 14 x FF, MD5 of the entries before it), which is optional here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

inline constexpr size_t kPartitionTableSize = 0xC00;  // signed as a whole; the signature follows
inline constexpr size_t kPartitionEntrySize = 32;
inline constexpr uint32_t kPartitionTableAddress = 0x8000;
inline constexpr uint32_t kFirstPartitionOffset = 0x5000;  // v3.0's lower limit for any partition

enum class PartitionType : uint8_t { App = 0x00, Data = 0x01 };

struct Partition {
    std::string label;  // at most 16 bytes
    uint8_t type = 0;
    uint8_t subtype = 0;
    uint32_t offset = 0;
    uint32_t size = 0;
    bool encrypted = false;

    bool operator==(const Partition&) const = default;
};

struct PartitionTable {
    std::vector<Partition> entries;
    bool hasMd5 = false;  // an MD5 entry was present (and matched) when parsed

    const Partition* find(const std::string& label) const;
};

// The per-entry and whole-table rules: app offsets 64 KiB aligned, data offsets 4-byte aligned,
// nothing below 0x5000, no overlaps, labels of at most 16 bytes; `flashSize` (when given) bounds
// every partition's end.
// `firstOffset` is the lowest offset allowed: 0x5000 in v3.0, the table's own end (0x9000 for a
// table at 0x8000) from v3.1 on.
base::Status verifyPartitionTable(const PartitionTable& table, std::optional<uint32_t> flashSize = std::nullopt,
                                  uint32_t firstOffset = kFirstPartitionOffset);

// 0xC00 bytes (MD5 entry included when `withMd5`). Fails when the entries do not fit.
base::Result<base::Bytes> serializePartitionTable(const PartitionTable& table, bool withMd5 = false);
// Reads entries up to the end marker; an MD5 entry must match. Trailing data after 0xC00 bytes
// (a signature block) is ignored.
base::Result<PartitionTable> parsePartitionTable(base::ByteView bytes);

}  // namespace pyfw::formats
