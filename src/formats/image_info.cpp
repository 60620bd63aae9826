#include "formats/image_info.h"

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>

#include "base/bytes.h"
#include "formats/esp32_memory_map.h"
#include "formats/firmware_descriptor.h"

namespace pyfw::formats {

namespace {

std::string format(const char* pattern, ...) {
    char buffer[512];
    va_list args;
    va_start(args, pattern);
    std::vsnprintf(buffer, sizeof buffer, pattern, args);
    va_end(args);
    return buffer;
}

// Python's "{:#0Nx}": the width counts the 0x prefix.
std::string pythonHex(uint32_t value, int width) {
    std::string digits = format("%x", value);
    int pad = width - 2 - int(digits.size());
    return "0x" + std::string(pad > 0 ? pad : 0, '0') + digits;
}

std::string memoryTypeNames(uint32_t address, const char* separator) {
    std::string names;
    for (auto name : memoryTypesOf(address)) {
        if (!names.empty()) names += separator;
        names += name;
    }
    return names;
}

void title(std::string& out, const std::string& text) {
    out += text + "\n" + std::string(text.size(), '=') + "\n";
}

std::string cString(const uint8_t* p, size_t size) {
    size_t n = 0;
    while (n < size && p[n]) ++n;
    return std::string(reinterpret_cast<const char*>(p), n);
}

void describeHeader(std::string& out, const AppImage& image) {
    const ImageHeader& h = image.header;
    title(out, "ESP32 image header");
    out += "Image version: 1\n";
    std::string entry = format("%#x", h.entryAddress);
    out += h.entryAddress ? "Entry point: " + std::string(entry.size() < 8 ? 8 - entry.size() : 0, ' ') + entry + "\n"
                          : "Entry point not set\n";
    out += format("Segments: %zu\n", image.segments.size());
    if (auto size = nameOfValue(kFlashSizes, h.flashSizeFreq & 0xF0))
        out += "Flash size: " + std::string(*size) + "\n";
    else
        out += "WARNING: Invalid flash size (" + pythonHex(h.flashSizeFreq & 0xF0, 2) + ")\n";
    if (auto freq = nameOfValue(kFlashFrequencies, h.flashSizeFreq & 0x0F))
        out += "Flash freq: " + std::string(*freq) + "\n";
    else
        out += "WARNING: Invalid flash frequency (" + pythonHex(h.flashSizeFreq & 0x0F, 2) + ")\n";
    if (auto mode = nameOfValue(kFlashModes, h.flashMode)) {
        std::string upper(*mode);
        for (char& c : upper) c = char(std::toupper(c));
        out += "Flash mode: " + upper + "\n";
    } else {
        out += format("WARNING: Invalid flash mode (%u)\n", h.flashMode);
    }
    out += "\n";
    title(out, "ESP32 extended image header");
    out += "WP pin: " + pythonHex(h.wpPin, 2) + (h.wpPin == kWpPinDisabled ? " (disabled)" : "") + "\n";
    auto low = [](uint8_t b) { return pythonHex(b & 0xF, 2); };
    auto high = [](uint8_t b) { return pythonHex(b >> 4, 2); };
    out += "Flash pins drive settings: clk_drv: " + low(h.spiPinDrive[0]) + ", q_drv: " + high(h.spiPinDrive[0]) +
           ", d_drv: " + low(h.spiPinDrive[1]) + ", cs0_drv: " + high(h.spiPinDrive[1]) +
           ", hd_drv: " + low(h.spiPinDrive[2]) + ", wp_drv: " + high(h.spiPinDrive[2]) + "\n";
    out += format("Chip ID: %u (%s)\n", h.chipId, h.chipId == 0 ? "ESP32" : "Unknown ID");
    out += format("Minimal chip revision: v%u.%u, (legacy min_rev = %u)\n", h.minRevFull / 100, h.minRevFull % 100,
                  h.minChipRev);
    out += format("Maximal chip revision: v%u.%u\n", h.maxRevFull / 100, h.maxRevFull % 100);
    out += "\n";
}

// IDF's own descriptors, which esptool recognises at the start of the DROM or DRAM segment.
void describeIdfDescriptors(std::string& out, const AppImage& image) {
    const ImageSegment* appDesc = nullptr;
    const ImageSegment* bootDesc = nullptr;
    for (const auto& segment : image.segments) {
        auto types = memoryTypesOf(segment.loadAddress);
        auto has = [&](std::string_view name) { return std::find(types.begin(), types.end(), name) != types.end(); };
        if (has("DROM")) appDesc = &segment;
        else if (has("DRAM") && segment.data.size() >= 80) bootDesc = &segment;
    }
    if (appDesc) {
        if (appDesc->data.size() >= 256 && base::readLe32(appDesc->data.data()) == 0xABCD5432) {
            const uint8_t* d = appDesc->data.data();
            out += "\n";
            title(out, "Application information");
            out += "Project name: " + cString(d + 48, 32) + "\n";
            out += "App version: " + cString(d + 16, 32) + "\n";
            out += "Compile time: " + cString(d + 96, 16) + " " + cString(d + 80, 16) + "\n";
            out += "ELF file SHA256: " + base::toHex(base::ByteView(d + 144, 32)) + "\n";
            out += "ESP-IDF: " + cString(d + 112, 32) + "\n";
            out += format("Secure version: %u\n", base::readLe32(d + 4));
        }
    } else if (bootDesc && bootDesc->data[0] == 80) {
        const uint8_t* d = bootDesc->data.data();
        out += "\n";
        title(out, "Bootloader information");
        out += format("Bootloader version: %u\n", base::readLe32(d + 4));
        out += "ESP-IDF: " + cString(d + 8, 32) + "\n";
        out += "Compile time: " + cString(d + 40, 24) + "\n";
    }
}

}  // namespace

std::string describeImage(const AppImage& image, size_t fileSize) {
    std::string out = format("File size: %zu (bytes)\n\n", fileSize);
    describeHeader(out, image);
    title(out, "Segments information");
    out += "Segment   Length   Load addr   File offs  Memory types\n";
    out += "-------  -------  ----------  ----------  ------------\n";
    for (size_t i = 0; i < image.segments.size(); ++i) {
        const ImageSegment& s = image.segments[i];
        std::string types = memoryTypeNames(s.loadAddress, ", ");
        out += format("%7zu  ", i) + pythonHex(uint32_t(s.data.size()), 7) + "  " + pythonHex(s.loadAddress, 10) +
               "  " + pythonHex(uint32_t(s.fileOffset), 10) + "  " + types + "\n";
    }
    out += "\n";
    title(out, "ESP32 image footer");
    out += "Checksum: " + pythonHex(image.storedChecksum, 2) +
           (image.checksumValid() ? std::string(" (valid)") : format(" (invalid - calculated %02x)", image.calculatedChecksum)) + "\n";
    if (image.header.hashAppended)
        out += "Validation hash: " + base::toHex(image.calculatedHash) + (image.hashValid() ? " (valid)" : " (invalid)") + "\n";
    describeIdfDescriptors(out, image);
    for (const auto& segment : image.segments) {
        if (auto firmware = findFirmwareDescriptor(segment.data)) {
            out += "\n";
            title(out, "pyfw firmware information");
            out += describeFirmwareDescriptor(*firmware);
        }
    }
    return out;
}

std::string describeImageV1(const AppImage& image, size_t fileSize) {
    std::string out = format("File size: %zu (bytes)\n", fileSize);
    out += "Image version: 1\n";
    out += image.header.entryAddress ? format("Entry point: %8x\n", image.header.entryAddress) : "Entry point not set\n";
    out += format("%zu segments\n\n", image.segments.size());
    for (size_t i = 0; i < image.segments.size(); ++i) {
        const ImageSegment& s = image.segments[i];
        std::string types = memoryTypeNames(s.loadAddress, ",");
        out += format("Segment %zu: len 0x%05zx load 0x%08x file_offs 0x%08zx [%s]\n", i + 1, s.data.size(), s.loadAddress,
                      s.fileOffset, types.c_str());
    }
    out += format("Checksum: %02x (%s)\n", image.storedChecksum,
                  image.checksumValid() ? "valid" : format("invalid - calculated %02x", image.calculatedChecksum).c_str());
    if (image.header.hashAppended)
        out += "Validation Hash: " + base::toHex(image.calculatedHash) + (image.hashValid() ? " (valid)" : " (invalid)") + "\n";
    return out;
}

}  // namespace pyfw::formats
