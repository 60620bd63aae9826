#include "formats/nvs_format.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace pyfw::formats::nvs {
namespace {

constexpr std::array kItemTypes = std::to_array<ItemTypeInfo>({
    {ItemType::U8, "u8", 1, false},
    {ItemType::I8, "i8", 1, true},
    {ItemType::U16, "u16", 2, false},
    {ItemType::I16, "i16", 2, true},
    {ItemType::U32, "u32", 4, false},
    {ItemType::I32, "i32", 4, true},
    {ItemType::U64, "u64", 8, false},
    {ItemType::I64, "i64", 8, true},
    {ItemType::String, "string", 0, false},
    {ItemType::Blob, "blob", 0, false},
    {ItemType::BlobData, "blob_data", 0, false},
    {ItemType::BlobIndex, "blob_index", 0, false},
});

// The type code says the width: low nibble = bytes, high nibble 1 = signed.
constexpr bool typeTableConsistent() {
    for (const auto& info : kItemTypes) {
        uint8_t code = uint8_t(info.type);
        if (info.width == 0) continue;
        if ((code & 0x0F) != info.width || ((code & 0xF0) == 0x10) != info.isSigned) return false;
    }
    return true;
}
static_assert(typeTableConsistent(), "an integer type code disagrees with its width or sign");
static_assert(kFirstEntryOffset + kEntryCount * kEntrySize == kPageSize, "126 entries fill the page");
static_assert(kEntryCount * 2 <= kBitmapSize * 8, "the bitmap holds every entry's state");

uint32_t crcOfEntryBytes(const std::array<uint8_t, kEntrySize>& raw) {
    std::array<uint8_t, 28> covered{};
    std::copy_n(raw.begin(), 4, covered.begin());
    std::copy_n(raw.begin() + 8, 24, covered.begin() + 4);
    return dataCrc(covered);
}

}  // namespace

std::string_view pageStateName(uint32_t state) {
    switch (PageState(state)) {
    case PageState::Uninitialized: return "UNINITIALIZED";
    case PageState::Active: return "ACTIVE";
    case PageState::Full: return "FULL";
    case PageState::Freeing: return "FREEING";
    case PageState::Corrupt: return "CORRUPT";
    case PageState::Invalid: return "INVALID";
    }
    return "UNKNOWN";
}

std::span<const ItemTypeInfo> itemTypes() { return kItemTypes; }

const ItemTypeInfo* findItemType(uint8_t code) {
    for (const auto& info : kItemTypes)
        if (uint8_t(info.type) == code) return &info;
    return nullptr;
}

const ItemTypeInfo* findItemType(std::string_view name) {
    for (const auto& info : kItemTypes)
        if (info.name == name) return &info;
    return nullptr;
}

bool isInteger(ItemType type) {
    const auto* info = findItemType(uint8_t(type));
    return info && info->width != 0;
}

PageHeader PageHeader::parse(base::ByteView page) {
    PageHeader header;
    header.state = base::readLe32(page.data());
    header.sequence = base::readLe32(page.data() + 4);
    header.version = page[8];
    std::copy_n(page.begin() + 9, header.reserved.size(), header.reserved.begin());
    header.crc = base::readLe32(page.data() + 28);
    return header;
}

std::array<uint8_t, kHeaderSize> PageHeader::serialize() const {
    std::array<uint8_t, kHeaderSize> raw;
    raw.fill(0xFF);
    base::writeLe32(raw.data(), state);
    base::writeLe32(raw.data() + 4, sequence);
    raw[8] = version;
    std::copy(reserved.begin(), reserved.end(), raw.begin() + 9);
    base::writeLe32(raw.data() + 28, computeCrc());
    return raw;
}

uint32_t PageHeader::computeCrc() const {
    std::array<uint8_t, 24> covered;
    base::writeLe32(covered.data(), sequence);
    covered[4] = version;
    std::copy(reserved.begin(), reserved.end(), covered.begin() + 5);
    return dataCrc(covered);
}

EntryState entryState(base::ByteView page, uint32_t index) {
    uint8_t byte = page[kBitmapOffset + index / 4];
    return EntryState((byte >> (2 * (index % 4))) & 3);
}

void setEntryState(base::MutableByteView page, uint32_t index, EntryState state) {
    uint8_t& byte = page[kBitmapOffset + index / 4];
    int shift = 2 * (index % 4);
    uint8_t keep = uint8_t(~(3 << shift));
    byte &= uint8_t(keep | (uint8_t(state) << shift));
}

Entry Entry::parse(base::ByteView bytes) {
    Entry entry;
    entry.nsIndex = bytes[0];
    entry.type = bytes[1];
    entry.span = bytes[2];
    entry.chunkIndex = bytes[3];
    entry.crc = base::readLe32(bytes.data() + 4);
    std::copy_n(bytes.begin() + 8, 16, entry.key.begin());
    std::copy_n(bytes.begin() + 24, 8, entry.data.begin());
    return entry;
}

std::array<uint8_t, kEntrySize> Entry::serialize() const {
    std::array<uint8_t, kEntrySize> raw{};
    raw[0] = nsIndex;
    raw[1] = type;
    raw[2] = span;
    raw[3] = chunkIndex;
    base::writeLe32(raw.data() + 4, crc);
    std::copy(key.begin(), key.end(), raw.begin() + 8);
    std::copy(data.begin(), data.end(), raw.begin() + 24);
    return raw;
}

uint32_t Entry::computeCrc() const { return crcOfEntryBytes(serialize()); }

Entry Entry::sealed() const {
    Entry copy = *this;
    copy.crc = computeCrc();
    return copy;
}

std::string Entry::keyString() const {
    auto end = std::find(key.begin(), key.end(), 0);
    return std::string(key.begin(), end);
}

bool Entry::keyValid() const {
    return std::find(key.begin(), key.end(), 0) != key.end() && key[0] != 0;
}

void Entry::setKey(std::string_view text) {
    key.fill(0);
    std::copy_n(text.begin(), std::min(text.size(), kMaxKeyLength), key.begin());
}

bool Entry::isVariableLength() const {
    return type == uint8_t(ItemType::String) || type == uint8_t(ItemType::Blob) || type == uint8_t(ItemType::BlobData);
}

void Entry::setVarData(base::ByteView payload) {
    data.fill(0xFF);
    base::writeLe16(data.data(), uint16_t(payload.size()));
    base::writeLe32(data.data() + 4, dataCrc(payload));
}

void Entry::setBlobIndex(uint32_t size, uint8_t chunkCount, uint8_t chunkStart) {
    data.fill(0xFF);
    base::writeLe32(data.data(), size);
    data[4] = chunkCount;
    data[5] = chunkStart;
}

uint32_t entriesFor(size_t payloadSize) { return 1 + uint32_t((payloadSize + kEntrySize - 1) / kEntrySize); }

Value Value::unsignedInteger(ItemType type, uint64_t value) {
    Value v;
    v.type = type;
    v.bits = value;
    return v;
}

Value Value::signedInteger(ItemType type, int64_t value) {
    Value v;
    v.type = type;
    v.bits = uint64_t(value);
    return v;
}

Value Value::string(std::string_view text) {
    Value v;
    v.type = ItemType::String;
    v.bytes = base::toBytes(text);
    return v;
}

Value Value::blob(base::ByteView data) {
    Value v;
    v.type = ItemType::Blob;
    v.bytes.assign(data.begin(), data.end());
    return v;
}

int64_t Value::asSigned() const {
    const auto* info = findItemType(uint8_t(type));
    int width = info && info->width ? info->width : 8;
    if (width == 8) return int64_t(bits);
    uint64_t sign = uint64_t(1) << (8 * width - 1);
    uint64_t masked = bits & ((sign << 1) - 1);
    return int64_t(masked ^ sign) - int64_t(sign);
}

base::Bytes Value::payload() const {
    base::Bytes out = bytes;
    if (type == ItemType::String) out.push_back(0);
    return out;
}

std::string Value::describe() const {
    const auto* info = findItemType(uint8_t(type));
    std::string name = info ? std::string(info->name) : "?";
    if (isInteger()) return name + " " + (info->isSigned ? std::to_string(asSigned()) : std::to_string(bits));
    if (type == ItemType::String) return name + " \"" + text() + "\"";
    return name + " " + base::toHex(bytes);
}

std::array<uint8_t, 8> integerData(const Value& value) {
    std::array<uint8_t, 8> data;
    data.fill(0xFF);
    const auto* info = findItemType(uint8_t(value.type));
    for (int i = 0; i < info->width; ++i) data[i] = uint8_t(value.bits >> (8 * i));
    return data;
}

base::Status checkIntegerRange(ItemType type, bool negative, uint64_t magnitude) {
    const auto* info = findItemType(uint8_t(type));
    if (!info || info->width == 0) return base::fail("not an integer type");
    int bits = 8 * info->width;
    std::string name(info->name);
    if (!info->isSigned) {
        uint64_t max = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
        if (negative && magnitude != 0) return base::fail("a " + name + " cannot be negative");
        if (magnitude > max) return base::fail(std::to_string(magnitude) + " does not fit a " + name + " (0.." + std::to_string(max) + ")");
        return base::okStatus();
    }
    uint64_t limit = uint64_t(1) << (bits - 1);  // |min|; max is limit - 1
    if ((!negative && magnitude >= limit) || (negative && magnitude > limit))
        return base::fail(std::string(negative ? "-" : "") + std::to_string(magnitude) + " does not fit an " + name + " (-" +
                          std::to_string(limit) + ".." + std::to_string(limit - 1) + ")");
    return base::okStatus();
}

base::Status checkKey(std::string_view key) {
    if (key.empty()) return base::fail("an NVS key cannot be empty");
    if (key.size() > kMaxKeyLength)
        return base::fail("NVS key \"" + std::string(key) + "\" is " + std::to_string(key.size()) +
                          " characters long; keys are at most 15");
    if (key.find('\0') != std::string_view::npos) return base::fail("an NVS key cannot contain a NUL character");
    return base::okStatus();
}

}  // namespace pyfw::formats::nvs
