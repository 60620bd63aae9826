#include "formats/pyfw_images.h"

#include "crypto/hash.h"
#include "formats/image_layout.h"

namespace pyfw::formats {

namespace {

// A deterministic stand-in for machine code: SHA-256 in counter mode over a label.
base::Bytes standIn(const std::string& label, size_t size) {
    base::Bytes out;
    for (uint32_t counter = 0; out.size() < size; ++counter) {
        base::Bytes input = base::toBytes(label);
        base::appendLe32(input, counter);
        auto block = crypto::sha256(input);
        out.insert(out.end(), block.begin(), block.end());
    }
    out.resize(size);
    return out;
}

std::array<uint8_t, 32> buildId(std::initializer_list<base::ByteView> parts) {
    crypto::Hasher hasher(crypto::HashAlgorithm::Sha256);
    for (auto part : parts) {
        base::Bytes length;
        base::appendLe32(length, uint32_t(part.size()));
        hasher.update(length);  // length-prefixed, so parts cannot run into each other
        hasher.update(part);
    }
    auto digest = hasher.finish();
    std::array<uint8_t, 32> out;
    std::copy(digest.begin(), digest.end(), out.begin());
    return out;
}

}  // namespace

ImageLayoutOptions pycomImageOptions() {
    ImageLayoutOptions options;
    options.flashMode = 2;         // DIO
    options.flashSizeFreq = 0x0F;  // 1MB, 80m
    options.maxRevFull = 0;
    return options;
}

base::Result<base::Bytes> synthesizeBootloaderImage(const BootloaderSpec& spec) {
    PYFW_ASSIGN(base::Bytes config, spec.config.serialize());
    FirmwareDescriptor descriptor;
    descriptor.kind = DescriptorKind::Bootloader;
    descriptor.version = spec.version;
    descriptor.name = kBootloaderName;
    base::Bytes loader = standIn("pyfw bootloader iram_loader " + spec.version, 0x2000);
    base::Bytes iram = standIn("pyfw bootloader iram " + spec.version, 0x1000);
    descriptor.buildId = buildId({base::view(spec.version), config, loader, iram});
    PYFW_ASSIGN(base::Bytes dram, descriptor.serialize());
    base::append(dram, config);
    base::append(dram, standIn("pyfw bootloader dram " + spec.version, 0x200));
    std::vector<ElfChunk> chunks = {
        {".dram0.bootdesc", 0x3FFF0000, dram},
        {".iram_loader.text", 0x40078000, loader},
        {".iram.text", 0x40080400, iram},
    };
    return layoutImage(chunks, 0x40080404, pycomImageOptions());
}

base::Result<base::Bytes> synthesizeAppImage(const FirmwareSpec& spec) {
    PYFW_ASSIGN(base::Bytes archive, serializeFrozenArchive(spec.frozenModules));
    FirmwareDescriptor descriptor;
    descriptor.kind = DescriptorKind::Firmware;
    descriptor.version = spec.version;
    descriptor.board = spec.board;
    descriptor.name = kFirmwareName;
    descriptor.frozenOffset = FirmwareDescriptor::kSize;
    descriptor.frozenLength = uint32_t(archive.size());
    descriptor.secureVersion = spec.secureVersion;
    std::string secureVersion = std::to_string(spec.secureVersion);
    descriptor.buildId = spec.secureVersion == 0
                             ? buildId({base::view(spec.version), base::view(spec.board), archive})
                             : buildId({base::view(spec.version), base::view(spec.board), archive, base::view(secureVersion)});
    std::string label = "pyfw " + spec.version + " " + spec.board;
    PYFW_ASSIGN(base::Bytes rodata, descriptor.serialize());
    base::append(rodata, archive);
    base::append(rodata, standIn(label + " rodata", 0x800));
    std::vector<ElfChunk> chunks = {
        {".flash.rodata", 0x3F400020, rodata},
        {".dram0.data", 0x3FFB0000, standIn(label + " dram", 0x400)},
        {".iram0.text", 0x40080000, standIn(label + " iram", 0x1000)},
        {".flash.text", 0x400D0018, standIn(label + " irom", 0x4000)},
    };
    return layoutImage(chunks, 0x40080400, pycomImageOptions());
}

base::Result<FirmwareContents> readFirmwareContents(const AppImage& image) {
    for (const auto& segment : image.segments) {
        auto parsed = FirmwareDescriptor::parse(segment.data);
        if (!parsed.ok()) continue;
        FirmwareContents contents;
        contents.descriptor = *parsed;
        if (parsed->frozenLength > 0) {
            auto archive = base::ByteView(segment.data).subspan(parsed->frozenOffset, parsed->frozenLength);
            PYFW_ASSIGN(contents.frozenModules, parseFrozenArchive(archive));
        }
        if (parsed->kind == DescriptorKind::Bootloader) {
            PYFW_ASSIGN(contents.bootloaderConfig, findBootloaderConfig(segment.data));
        }
        return contents;
    }
    return base::fail("the image carries no pyfw descriptor");
}

}  // namespace pyfw::formats
