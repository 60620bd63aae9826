#include "formats/app_image.h"

#include <algorithm>
#include <cstdio>

#include "crypto/hash.h"

namespace pyfw::formats {

void ImageHeader::writeTo(uint8_t* out) const {
    out[0] = kImageMagic;
    out[1] = segmentCount;
    out[2] = flashMode;
    out[3] = flashSizeFreq;
    base::writeLe32(out + 4, entryAddress);
    out[8] = wpPin;
    std::copy(spiPinDrive.begin(), spiPinDrive.end(), out + 9);
    base::writeLe16(out + 12, chipId);
    out[14] = minChipRev;
    base::writeLe16(out + 15, minRevFull);
    base::writeLe16(out + 17, maxRevFull);
    std::copy(reserved.begin(), reserved.end(), out + 19);
    out[23] = hashAppended;
}

ImageHeader ImageHeader::readFrom(const uint8_t* in) {
    ImageHeader header;
    header.segmentCount = in[1];
    header.flashMode = in[2];
    header.flashSizeFreq = in[3];
    header.entryAddress = base::readLe32(in + 4);
    header.wpPin = in[8];
    std::copy(in + 9, in + 12, header.spiPinDrive.begin());
    header.chipId = base::readLe16(in + 12);
    header.minChipRev = in[14];
    header.minRevFull = base::readLe16(in + 15);
    header.maxRevFull = base::readLe16(in + 17);
    std::copy(in + 19, in + 23, header.reserved.begin());
    header.hashAppended = in[23];
    return header;
}

uint8_t imageChecksum(const std::vector<ImageSegment>& segments) {
    uint8_t checksum = kChecksumSeed;
    for (const auto& segment : segments)
        for (uint8_t byte : segment.data) checksum ^= byte;
    return checksum;
}

base::Result<AppImage> parseAppImage(base::ByteView file) {
    if (file.empty()) return base::fail("the image is empty");
    if (file[0] != kImageMagic)
        return base::fail("not an ESP32 image: the magic byte is " + base::hexNumber(file[0]) + ", not 0xe9");
    if (file.size() < kImageHeaderSize) return base::fail("the image ends inside its 24-byte header");
    AppImage image;
    image.header = ImageHeader::readFrom(file.data());
    if (image.header.segmentCount > kMaxSegments)
        return base::fail("the image has " + std::to_string(image.header.segmentCount) +
                          " segments, more than the 16 allowed");
    if (image.header.hashAppended > 1)
        return base::fail("the hash_appended byte is " + base::hexNumber(image.header.hashAppended) + ", not 0 or 1");
    size_t position = kImageHeaderSize;
    for (int i = 0; i < image.header.segmentCount; ++i) {
        if (file.size() - position < kSegmentHeaderSize)
            return base::fail("segment " + std::to_string(i) + "'s header runs past the end of the image");
        ImageSegment segment;
        segment.fileOffset = position;
        segment.loadAddress = base::readLe32(file.data() + position);
        uint32_t length = base::readLe32(file.data() + position + 4);
        position += kSegmentHeaderSize;
        if (file.size() - position < length)
            return base::fail("segment " + std::to_string(i) + " (load address " + base::hexNumber(segment.loadAddress) +
                              ", length " + std::to_string(length) + ") runs past the end of the image");
        segment.data.assign(file.begin() + position, file.begin() + position + length);
        position += length;
        image.segments.push_back(std::move(segment));
    }
    size_t checksumPosition = position + (15 - position % 16);
    if (checksumPosition >= file.size()) return base::fail("the image ends before its checksum byte");
    image.storedChecksum = file[checksumPosition];
    image.calculatedChecksum = imageChecksum(image.segments);
    image.checksummedLength = checksumPosition + 1;
    image.imageLength = image.checksummedLength;
    if (image.header.hashAppended) {
        auto digest = crypto::sha256(file.first(image.checksummedLength));
        image.calculatedHash = digest;
        image.imageLength += 32;
        if (file.size() >= image.imageLength) {
            std::array<uint8_t, 32> stored;
            std::copy(file.begin() + image.checksummedLength, file.begin() + image.imageLength, stored.begin());
            image.storedHash = stored;
        }
    }
    return image;
}

base::Result<AppImage> verifyAppImage(base::ByteView file) {
    PYFW_ASSIGN(AppImage image, parseAppImage(file));
    if (!image.checksumValid())
        return base::fail("the image checksum is " + base::hexNumber(image.storedChecksum) + " but the segments give " +
                          base::hexNumber(image.calculatedChecksum));
    if (image.header.hashAppended && !image.storedHash) return base::fail("the image ends before its appended SHA-256");
    if (!image.hashValid()) return base::fail("the appended SHA-256 does not match the image");
    return image;
}

base::Result<base::Bytes> serializeAppImage(ImageHeader header, const std::vector<ImageSegment>& segments) {
    if (segments.size() > kMaxSegments)
        return base::fail("an image holds at most 16 segments, not " + std::to_string(segments.size()));
    header.segmentCount = uint8_t(segments.size());
    base::Bytes out(kImageHeaderSize);
    header.writeTo(out.data());
    for (const auto& segment : segments) {
        if (segment.data.size() % 4 != 0)
            return base::fail("segment at " + base::hexNumber(segment.loadAddress) + " has length " +
                              std::to_string(segment.data.size()) + ", not a multiple of 4");
        if (segment.data.size() >= 0x1000000)
            return base::fail("segment at " + base::hexNumber(segment.loadAddress) + " exceeds the 16 MiB limit");
        base::appendLe32(out, segment.loadAddress);
        base::appendLe32(out, uint32_t(segment.data.size()));
        base::append(out, segment.data);
    }
    out.resize(out.size() + 15 - out.size() % 16, 0);
    out.push_back(imageChecksum(segments));
    if (header.hashAppended) {
        auto digest = crypto::sha256(out);
        base::append(out, digest);
    }
    return out;
}

}  // namespace pyfw::formats
