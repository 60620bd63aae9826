// The ESP32 app/bootloader image (esp_image_header_t and what follows): a 24-byte header, up to
// 16 segments {load address, length, data}, a one-byte XOR checksum at the end of a 16-byte line,
// and optionally the SHA-256 of everything before it (esp32-security.md §1).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

inline constexpr uint8_t kImageMagic = 0xE9;
inline constexpr uint8_t kChecksumSeed = 0xEF;
inline constexpr size_t kImageHeaderSize = 24;
inline constexpr size_t kSegmentHeaderSize = 8;
inline constexpr size_t kMaxSegments = 16;
inline constexpr uint8_t kWpPinDisabled = 0xEE;

struct ImageHeader {
    uint8_t segmentCount = 0;
    uint8_t flashMode = 0;      // 0 QIO, 1 QOUT, 2 DIO, 3 DOUT
    uint8_t flashSizeFreq = 0;  // size in the high nibble, frequency in the low nibble
    uint32_t entryAddress = 0;
    uint8_t wpPin = kWpPinDisabled;
    std::array<uint8_t, 3> spiPinDrive{};  // (clk | q<<4), (d | cs<<4), (hd | wp<<4)
    uint16_t chipId = 0;
    uint8_t minChipRev = 0;
    uint16_t minRevFull = 0;
    uint16_t maxRevFull = 0;
    std::array<uint8_t, 4> reserved{};
    uint8_t hashAppended = 1;

    void writeTo(uint8_t* out) const;  // kImageHeaderSize bytes
    static ImageHeader readFrom(const uint8_t* in);
};

struct ImageSegment {
    uint32_t loadAddress = 0;
    base::Bytes data;
    size_t fileOffset = 0;  // where the segment's 8-byte header is in the file
};

// XOR of every segment byte, seeded with 0xEF.
uint8_t imageChecksum(const std::vector<ImageSegment>& segments);

struct AppImage {
    ImageHeader header;
    std::vector<ImageSegment> segments;
    uint8_t storedChecksum = 0;
    uint8_t calculatedChecksum = 0;
    size_t checksummedLength = 0;  // up to and including the checksum byte (a multiple of 16)
    std::optional<std::array<uint8_t, 32>> storedHash;
    std::array<uint8_t, 32> calculatedHash{};
    size_t imageLength = 0;  // checksummedLength, plus 32 when the hash is appended

    bool checksumValid() const { return storedChecksum == calculatedChecksum; }
    bool hashValid() const { return !header.hashAppended || (storedHash && *storedHash == calculatedHash); }
};

// Reads the structure. Fails (naming the rule) on a wrong magic, more than 16 segments, a segment
// or checksum past the end of the data, or a hash_appended byte other than 0/1. A wrong checksum
// or hash is not a parse error: see checksumValid()/hashValid() and verifyAppImage().
base::Result<AppImage> parseAppImage(base::ByteView file);
// parse + checksum + appended hash, as the bootloader's esp_image_load(VERIFY) does.
base::Result<AppImage> verifyAppImage(base::ByteView file);

// Writes header, segments (as given: padding segments included), checksum and, when
// header.hashAppended, the SHA-256. The header's segment count is taken from `segments`.
base::Result<base::Bytes> serializeAppImage(ImageHeader header, const std::vector<ImageSegment>& segments);

}  // namespace pyfw::formats
