#include "formats/firmware_descriptor.h"

#include <algorithm>
#include <cstring>

namespace pyfw::formats {

namespace {

constexpr size_t kVersionOffset = 12, kVersionSize = 16;
constexpr size_t kBoardOffset = 28, kBoardSize = 16;
constexpr size_t kNameOffset = 44, kNameSize = 32;
constexpr size_t kBuildIdOffset = 76;
constexpr size_t kFrozenOffset = 108;
constexpr size_t kSecureVersionOffset = 116;

base::Status putText(base::Bytes& out, size_t offset, size_t size, const std::string& text, const char* field) {
    if (text.size() >= size)
        return base::fail(std::string("the descriptor's ") + field + " '" + text + "' is longer than " +
                          std::to_string(size - 1) + " characters");
    std::copy(text.begin(), text.end(), out.begin() + offset);
    return base::okStatus();
}

base::Result<std::string> getText(base::ByteView in, size_t offset, size_t size, const char* field) {
    auto begin = in.begin() + offset, end = begin + size;
    auto nul = std::find(begin, end, 0);
    if (nul == end) return base::fail(std::string("the descriptor's ") + field + " is not NUL-terminated");
    if (std::any_of(nul, end, [](uint8_t b) { return b != 0; }))
        return base::fail(std::string("the descriptor's ") + field + " has bytes after its end");
    return std::string(begin, nul);
}

}  // namespace

base::Result<base::Bytes> FirmwareDescriptor::serialize() const {
    base::Bytes out(kSize, 0);
    std::memcpy(out.data(), kMagic, 8);
    out[8] = static_cast<uint8_t>(kind);
    out[9] = 1;
    PYFW_TRY(putText(out, kVersionOffset, kVersionSize, version, "version"));
    PYFW_TRY(putText(out, kBoardOffset, kBoardSize, board, "board"));
    PYFW_TRY(putText(out, kNameOffset, kNameSize, name, "name"));
    std::copy(buildId.begin(), buildId.end(), out.begin() + kBuildIdOffset);
    base::writeLe32(out.data() + kFrozenOffset, frozenOffset);
    base::writeLe32(out.data() + kFrozenOffset + 4, frozenLength);
    base::writeLe32(out.data() + kSecureVersionOffset, secureVersion);
    return out;
}

base::Result<FirmwareDescriptor> FirmwareDescriptor::parse(base::ByteView bytes) {
    if (bytes.size() < kSize) return base::fail("too short for a pyfw descriptor");
    if (std::memcmp(bytes.data(), kMagic, 8) != 0) return base::fail("no pyfw descriptor magic");
    if (bytes[8] != 1 && bytes[8] != 2) return base::fail("unknown pyfw descriptor kind " + std::to_string(bytes[8]));
    if (bytes[9] != 1) return base::fail("unknown pyfw descriptor format version " + std::to_string(bytes[9]));
    FirmwareDescriptor d;
    d.kind = static_cast<DescriptorKind>(bytes[8]);
    PYFW_ASSIGN(d.version, getText(bytes, kVersionOffset, kVersionSize, "version"));
    PYFW_ASSIGN(d.board, getText(bytes, kBoardOffset, kBoardSize, "board"));
    PYFW_ASSIGN(d.name, getText(bytes, kNameOffset, kNameSize, "name"));
    std::copy(bytes.begin() + kBuildIdOffset, bytes.begin() + kBuildIdOffset + 32, d.buildId.begin());
    d.frozenOffset = base::readLe32(bytes.data() + kFrozenOffset);
    d.frozenLength = base::readLe32(bytes.data() + kFrozenOffset + 4);
    d.secureVersion = base::readLe32(bytes.data() + kSecureVersionOffset);
    if (d.frozenOffset != 0 && (d.frozenOffset < kSize || d.frozenOffset > bytes.size() ||
                                d.frozenLength > bytes.size() - d.frozenOffset))
        return base::fail("the descriptor's frozen-module archive lies outside its segment");
    return d;
}

std::optional<FirmwareDescriptor> findFirmwareDescriptor(base::ByteView segmentData) {
    auto parsed = FirmwareDescriptor::parse(segmentData);
    if (!parsed.ok()) return std::nullopt;
    return std::move(parsed).value();
}

std::string describeFirmwareDescriptor(const FirmwareDescriptor& d) {
    std::string out;
    out += std::string("Kind: ") + (d.kind == DescriptorKind::Firmware ? "firmware" : "bootloader") + "\n";
    out += "Name: " + d.name + "\n";
    out += "Version: " + d.version + "\n";
    if (!d.board.empty()) out += "Board: " + d.board + "\n";
    out += "Build id: " + base::toHex(d.buildId) + "\n";
    if (d.secureVersion) out += "Secure version: " + std::to_string(d.secureVersion) + "\n";
    if (d.frozenLength) out += "Frozen modules: " + std::to_string(d.frozenLength) + " bytes\n";
    return out;
}

}  // namespace pyfw::formats
