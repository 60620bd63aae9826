// ESP-IDF's NVS (non-volatile storage) partition format, as the IDF v3.x runtime and Espressif's
// nvs_partition_gen.py lay it out. The partition is a run of 4096-byte pages:
//
//   page   0  u32 state  4 u32 sequence number  8 u8 version (0xFF v1, 0xFE v2)
//          9..27 0xFF    28 u32 CRC-32 of bytes 4..27                       (32-byte header)
//          32 entry state bitmap: 2 bits per entry, entry i in bits 2i..2i+1 (32 bytes)
//          64 126 entries of 32 bytes
//   entry  0 u8 namespace index  1 u8 type  2 u8 span (entries of the item)  3 u8 chunk index
//          4 u32 CRC-32 of bytes 0..3 and 8..31   8 char key[16] (NUL padded, 15 at most)
//          24 8 data bytes: an integer (little-endian), or for strings and blob chunks
//             u16 size, u16 0xFFFF, u32 CRC-32 of the data, the data in the span's next entries;
//             for a blob index u32 size, u8 chunk count, u8 first chunk index, u16 0xFFFF
//
// Page states only lose bits: UNINITIALIZED (erased) -> ACTIVE -> FULL -> FREEING, so each step is
// a single NOR program. Entry states likewise: EMPTY (11) -> WRITTEN (10) -> ERASED (00).
// Namespace names are U8 items of namespace 0 whose value is the namespace's index (1..254).
// Page format v1 keeps a blob in one item (type 0x41, one page); v2 splits it into BLOB_DATA
// chunks (chunk index = first chunk + n, where the first chunk is 0 or 128 so that an update can
// write the new chunks beside the old ones) and one BLOB_IDX item.
// CRC-32 is zlib's crc32(data, 0xFFFFFFFF), the ROM's crc32_le(UINT32_MAX, ...).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/bytes.h"
#include "base/crc32.h"
#include "base/result.h"

namespace pyfw::formats::nvs {

inline constexpr uint32_t kPageSize = 4096;
inline constexpr uint32_t kEntrySize = 32;
inline constexpr uint32_t kEntryCount = 126;
inline constexpr uint32_t kHeaderSize = 32;
inline constexpr uint32_t kBitmapOffset = 32;
inline constexpr uint32_t kBitmapSize = 32;
inline constexpr uint32_t kFirstEntryOffset = 64;
inline constexpr uint8_t kChunkAny = 0xFF;
inline constexpr size_t kMaxKeyLength = 15;           // the key field is 16 bytes with its NUL
inline constexpr size_t kMaxNamespaces = 254;         // indices 1..254 (0 holds the names, 255 is "any")
// The data one item can carry in a page: every entry but the item's header.
inline constexpr size_t kMaxChunkSize = (kEntryCount - 1) * kEntrySize;
// Blob chunk versions: a new blob's chunks start at the index the old blob does not use.
inline constexpr uint8_t kChunkStartVersion0 = 0x00;
inline constexpr uint8_t kChunkStartVersion1 = 0x80;

enum class PageState : uint32_t {
    Uninitialized = 0xFFFFFFFF,
    Active = 0xFFFFFFFE,
    Full = 0xFFFFFFFC,
    Freeing = 0xFFFFFFF8,
    Corrupt = 0xFFFFFFF0,
    Invalid = 0,
};
std::string_view pageStateName(uint32_t state);

enum class PageVersion : uint8_t { V1 = 0xFF, V2 = 0xFE };

enum class EntryState : uint8_t { Erased = 0, Illegal = 1, Written = 2, Empty = 3 };

enum class ItemType : uint8_t {
    U8 = 0x01, I8 = 0x11, U16 = 0x02, I16 = 0x12, U32 = 0x04, I32 = 0x14, U64 = 0x08, I64 = 0x18,
    String = 0x21, Blob = 0x41, BlobData = 0x42, BlobIndex = 0x48,
};

// One row per item type: its name (the generator's encoding names, "string"/"blob" for the
// variable-length ones), the integer width in bytes (0 for variable length) and signedness.
struct ItemTypeInfo {
    ItemType type;
    std::string_view name;
    uint8_t width;
    bool isSigned;
};
std::span<const ItemTypeInfo> itemTypes();
const ItemTypeInfo* findItemType(uint8_t code);
const ItemTypeInfo* findItemType(std::string_view name);
bool isInteger(ItemType type);

// ---- page header ----
struct PageHeader {
    uint32_t state = uint32_t(PageState::Uninitialized);
    uint32_t sequence = 0xFFFFFFFF;
    uint8_t version = uint8_t(PageVersion::V2);
    std::array<uint8_t, 19> reserved = filledReserved();  // bytes 9..27, 0xFF when written by the runtime
    uint32_t crc = 0xFFFFFFFF;  // as stored

    static std::array<uint8_t, 19> filledReserved() {
        std::array<uint8_t, 19> bytes;
        bytes.fill(0xFF);
        return bytes;
    }

    static PageHeader parse(base::ByteView page);  // the first 32 bytes
    uint32_t computeCrc() const;
    bool crcValid() const { return crc == computeCrc(); }
    // A header as the runtime writes it: state, sequence, version, 0xFF filler, CRC.
    std::array<uint8_t, kHeaderSize> serialize() const;
};

// ---- entry state bitmap ----
EntryState entryState(base::ByteView page, uint32_t index);
// Clears the bits that turn the entry's state into `state` (states only go down).
void setEntryState(base::MutableByteView page, uint32_t index, EntryState state);
// Byte offset of the 32-bit bitmap word holding entry `index`'s state (the runtime writes words).
inline uint32_t bitmapWordOffset(uint32_t index) { return kBitmapOffset + (index / 16) * 4; }
inline uint32_t entryOffset(uint32_t index) { return kFirstEntryOffset + index * kEntrySize; }

// ---- entries ----
struct Entry {
    uint8_t nsIndex = 0;
    uint8_t type = 0;
    uint8_t span = 1;
    uint8_t chunkIndex = kChunkAny;
    uint32_t crc = 0;  // as stored
    std::array<uint8_t, 16> key{};
    std::array<uint8_t, 8> data{};

    static Entry parse(base::ByteView bytes);  // 32 bytes
    // The raw bytes with `crc` as it is; sealed() fills in the right CRC first.
    std::array<uint8_t, kEntrySize> serialize() const;
    Entry sealed() const;
    uint32_t computeCrc() const;
    bool crcValid() const { return crc == computeCrc(); }

    // The key up to its NUL; a key without a NUL in its 16 bytes is malformed (keyValid false).
    std::string keyString() const;
    bool keyValid() const;
    void setKey(std::string_view text);  // at most 15 bytes

    bool isVariableLength() const;
    // Strings and blob chunks: their data size and CRC.
    uint16_t varSize() const { return base::readLe16(data.data()); }
    uint32_t varCrc() const { return base::readLe32(data.data() + 4); }
    void setVarData(base::ByteView payload);  // size, 0xFFFF, CRC
    // Blob index: total size, chunk count, first chunk index.
    uint32_t blobSize() const { return base::readLe32(data.data()); }
    uint8_t blobChunkCount() const { return data[4]; }
    uint8_t blobChunkStart() const { return data[5]; }
    void setBlobIndex(uint32_t size, uint8_t chunkCount, uint8_t chunkStart);
};

inline uint32_t dataCrc(base::ByteView data) { return base::crc32(data, 0xFFFFFFFF); }
// Entries an item of this type and payload size occupies (header included).
uint32_t entriesFor(size_t payloadSize);

// ---- values ----
// A typed value as it is stored: integers keep their bits (sign-extended on read), strings their
// text without the NUL the format adds, blobs their bytes.
struct Value {
    ItemType type = ItemType::U32;
    uint64_t bits = 0;
    base::Bytes bytes;

    static Value unsignedInteger(ItemType type, uint64_t value);
    static Value signedInteger(ItemType type, int64_t value);
    static Value u32(uint32_t value) { return unsignedInteger(ItemType::U32, value); }
    static Value string(std::string_view text);
    static Value blob(base::ByteView data);

    bool isInteger() const { return formats::nvs::isInteger(type); }
    int64_t asSigned() const;           // sign-extended by the type's width
    std::string text() const { return base::toString(bytes); }
    // The payload a string or blob item stores (a string gets its NUL).
    base::Bytes payload() const;
    // "u32 600", "string \"abc\"", "blob 0011..": for listings.
    std::string describe() const;

    bool operator==(const Value&) const = default;
};
// The integer bytes of an item's data field (little-endian, the rest 0xFF as the runtime leaves it).
std::array<uint8_t, 8> integerData(const Value& value);
// Checks that an integer fits its type: "300 does not fit a u8 (0..255)".
base::Status checkIntegerRange(ItemType type, bool negative, uint64_t magnitude);

base::Status checkKey(std::string_view key);  // 1..15 bytes, no NUL

}  // namespace pyfw::formats::nvs
