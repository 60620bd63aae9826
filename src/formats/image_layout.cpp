#include "formats/image_layout.h"

#include <algorithm>
#include <cstdio>

#include "formats/esp32_memory_map.h"

namespace pyfw::formats {

namespace {

void padTo4(ElfChunk& chunk) {
    if (chunk.address != 0) chunk.data.resize((chunk.data.size() + 3) & ~size_t(3), 0);
}

// Backwards over the list, folding a chunk into its predecessor when it starts where that one
// ends and both lie in the same memory types (gaps are never filled: they may be noinit).
std::vector<ElfChunk> mergeAdjacent(std::vector<ElfChunk> chunks) {
    if (chunks.empty()) return chunks;
    std::vector<ElfChunk> kept;
    for (size_t i = chunks.size() - 1; i > 0; --i) {
        ElfChunk& previous = chunks[i - 1];
        ElfChunk& next = chunks[i];
        if (memoryTypesOf(previous.address) == memoryTypesOf(next.address) &&
            next.address == previous.address + previous.data.size()) {
            base::append(previous.data, next.data);
        } else {
            kept.insert(kept.begin(), std::move(next));
        }
    }
    kept.insert(kept.begin(), std::move(chunks[0]));
    return kept;
}

void moveToFront(std::vector<ElfChunk>& chunks, const char* name) {
    auto it = std::find_if(chunks.begin(), chunks.end(), [&](const ElfChunk& c) { return c.name == name; });
    if (it != chunks.end()) std::rotate(chunks.begin(), it, it + 1);
}

// Builds the segment list in file order, tracking the file position as esptool's writer does.
class SegmentWriter {
public:
    size_t position = kImageHeaderSize;
    std::vector<ImageSegment> segments;

    void add(uint32_t address, base::Bytes data) {
        segments.push_back({address, std::move(data), position});
        position += kSegmentHeaderSize + segments.back().data.size();
    }

    // Padding needed before the next segment header so that the data lands congruent to `address`.
    size_t paddingFor(uint32_t address) const {
        long alignPast = long(address % kFlashPageSize) - long(kSegmentHeaderSize);
        long pad = long(kFlashPageSize) - long(position % kFlashPageSize) + alignPast;
        if (pad == 0 || pad == long(kFlashPageSize)) return 0;
        pad -= long(kSegmentHeaderSize);  // the padding segment has a header too
        if (pad < 0) pad += kFlashPageSize;
        return size_t(pad);
    }
};

}  // namespace

base::Result<base::Bytes> layoutImage(std::vector<ElfChunk> chunks, uint32_t entryPoint,
                                      const ImageLayoutOptions& options) {
    for (auto& chunk : chunks) padTo4(chunk);
    chunks = mergeAdjacent(std::move(chunks));
    if (chunks.size() > kMaxSegments)
        return base::fail("the ELF file has " + std::to_string(chunks.size()) +
                          " segments after merging, more than the 16 an image holds");

    std::vector<ElfChunk> flash, ram;
    std::stable_sort(chunks.begin(), chunks.end(), [](const auto& a, const auto& b) { return a.address < b.address; });
    for (auto& chunk : chunks) (isFlashMappedAddress(chunk.address) ? flash : ram).push_back(std::move(chunk));
    moveToFront(flash, ".flash.appdesc");
    moveToFront(ram, ".dram0.bootdesc");
    for (size_t i = 1; i < flash.size(); ++i)
        if (flash[i].address / kFlashPageSize == flash[i - 1].address / kFlashPageSize)
            return base::fail("segment loaded at " + base::hexNumber(flash[i].address, 8) + " lands in the same 64 KB flash mapping as " +
                              "segment loaded at " + base::hexNumber(flash[i - 1].address, 8));

    SegmentWriter writer;
    size_t nextFlash = 0;
    while (nextFlash < flash.size()) {
        ElfChunk& segment = flash[nextFlash];
        size_t pad = writer.paddingFor(segment.address);
        if (pad > 0) {
            if (!ram.empty() && pad > kSegmentHeaderSize) {
                ElfChunk& donor = ram.front();
                size_t take = std::min(pad, donor.data.size());
                writer.add(donor.address, base::Bytes(donor.data.begin(), donor.data.begin() + take));
                donor.data.erase(donor.data.begin(), donor.data.begin() + take);
                donor.address += uint32_t(take);
                if (donor.data.empty()) ram.erase(ram.begin());
            } else {
                writer.add(0, base::Bytes(pad, 0));
            }
            continue;
        }
        // Older IDF bootloaders did not map a last page that a segment overlaps by under 0x24 bytes.
        size_t end = writer.position + kSegmentHeaderSize + segment.data.size();
        if (end % kFlashPageSize < 0x24) segment.data.resize(segment.data.size() + 0x24 - end % kFlashPageSize, 0);
        writer.add(segment.address, std::move(segment.data));
        ++nextFlash;
    }
    for (auto& segment : ram) writer.add(segment.address, std::move(segment.data));

    if (options.securePadV1) {
        if (!options.appendDigest) return base::fail("--secure-pad needs the SHA-256 digest to be appended");
        // After the checksum come the digest (32), the signature block (68) and 12 bytes of alignment.
        constexpr size_t checksumSpace = 16, spaceAfterChecksum = 32 + 4 + 64 + 12;
        size_t alignPast = (writer.position + kSegmentHeaderSize) % kFlashPageSize;
        size_t pad = (2 * kFlashPageSize - alignPast - checksumSpace - spaceAfterChecksum) % kFlashPageSize;
        writer.add(0, base::Bytes(pad, 0));
    }

    ImageHeader header;
    header.flashMode = options.flashMode;
    header.flashSizeFreq = options.flashSizeFreq;
    header.entryAddress = entryPoint;
    header.minChipRev = options.minChipRev;
    header.minRevFull = options.minRevFull;
    header.maxRevFull = options.maxRevFull;
    header.hashAppended = options.appendDigest ? 1 : 0;
    PYFW_ASSIGN(base::Bytes image, serializeAppImage(header, writer.segments));
    if (options.padToSize > 0 && image.size() % options.padToSize != 0)
        image.resize(image.size() + options.padToSize - image.size() % options.padToSize, 0xFF);
    return image;
}

}  // namespace pyfw::formats
