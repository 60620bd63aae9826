// pyfw image elf2image|image_info|verify: esptool.py's image commands for the ESP32
// (`pyfw image --chip esp32 elf2image ...` is `esptool.py --chip esp32 elf2image ...`; without
// --chip, image_info detects the chip and says so, as esptool does).
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "formats/app_image.h"
#include "formats/elf_file.h"
#include "formats/esp32_memory_map.h"
#include "formats/image_info.h"
#include "formats/image_layout.h"
#include "crypto/pem.h"
#include "security/secure_boot.h"

namespace pyfw::cli {
namespace {

template <size_t N>
uint8_t namedOrFail(const formats::NamedValue (&table)[N], const std::string& name, const char* option) {
    auto value = formats::valueNamed(table, name);
    if (!value) throw CommandFailure(std::string(option) + " \"" + name + "\" is not one of " + formats::namesOf(table), 2);
    return *value;
}

struct Elf2ImageArgs {
    std::string input, output, flashMode = "qio", flashFreq = "40m", flashSize = "1MB", padToSize;
    int minRev = 0, minRevFull = 0, maxRevFull = 65535;
    bool securePad = false, dontAppendDigest = false, useSegments = false;
};

void elf2image(const Elf2ImageArgs& args) {
    formats::ImageLayoutOptions options;
    options.flashMode = namedOrFail(formats::kFlashModes, args.flashMode, "--flash_mode");
    options.flashSizeFreq = uint8_t(namedOrFail(formats::kFlashSizes, args.flashSize, "--flash_size") |
                                    namedOrFail(formats::kFlashFrequencies, args.flashFreq, "--flash_freq"));
    if (args.minRev < 0 || args.minRev > 255 || args.minRevFull < 0 || args.minRevFull > 65535 ||
        args.maxRevFull < 0 || args.maxRevFull > 65535)
        throw CommandFailure("chip revisions must be 0..255 (--min-rev) and 0..65535 (--min-rev-full, --max-rev-full)", 2);
    options.minChipRev = uint8_t(args.minRev);
    options.minRevFull = uint16_t(args.minRevFull);
    options.maxRevFull = uint16_t(args.maxRevFull);
    options.appendDigest = !args.dontAppendDigest;
    options.securePadV1 = args.securePad;
    if (!args.padToSize.empty()) {
        auto size = formats::valueNamed(formats::kFlashSizes, args.padToSize);
        options.padToSize = size ? (1u << 20) << (*size >> 4) : uint32_t(parseNumberOrFail(args.padToSize, "--pad-to-size"));
    }
    auto elf = formats::parseElf(readFileOrFail(args.input));
    if (!elf.ok()) throw CommandFailure(args.input + ": " + elf.error().message, 2);
    std::printf("Creating esp32 image...\n");
    auto image = formats::elfToImage(*elf, options, args.useSegments);
    if (!image.ok()) throw CommandFailure(args.input + ": " + image.error().message, 2);
    std::string output = args.output.empty() ? (std::filesystem::path(args.input).replace_extension(".bin")).string() : args.output;
    writeFileOrFail(output, *image);
    std::printf("Successfully created esp32 image.\n");
}

using ChipOption = std::shared_ptr<std::string>;

void addElf2Image(CLI::App* image, ChipOption chip) {
    auto args = std::make_shared<Elf2ImageArgs>();
    auto* cmd = image->add_subcommand("elf2image", "Create an ESP32 app image from an ELF file");
    cmd->alias("elf-2-image");
    cmd->add_option("input", args->input, "ELF file")->required();
    cmd->add_option("--output,-o", args->output, "Output image (default INPUT.bin)");
    cmd->add_option("--flash_mode,--flash-mode", args->flashMode, "qio, qout, dio, dout")->capture_default_str();
    cmd->add_option("--flash_freq,--flash-freq", args->flashFreq, "80m, 40m, 26m, 20m")->capture_default_str();
    cmd->add_option("--flash_size,--flash-size", args->flashSize, "1MB ... 128MB")->capture_default_str();
    cmd->add_option("--min-rev,-r", args->minRev, "Minimal chip revision (legacy byte)")->capture_default_str();
    cmd->add_option("--min-rev-full", args->minRevFull, "Minimal chip revision, major*100+minor")->capture_default_str();
    cmd->add_option("--max-rev-full", args->maxRevFull, "Maximal chip revision, major*100+minor")->capture_default_str();
    cmd->add_flag("--secure-pad", args->securePad, "Pad so the V1-signed image ends 12 bytes before a 64 KiB boundary");
    cmd->add_flag("--dont-append-digest", args->dontAppendDigest, "Do not append the SHA-256 digest");
    cmd->add_flag("--use_segments,--use-segments", args->useSegments, "Use ELF program headers instead of sections");
    cmd->add_option("--pad-to-size", args->padToSize, "Pad the file with 0xFF to a multiple of this size");
    cmd->callback([args, chip] {
        // esptool's elf2image takes "auto" to mean the ESP8266.
        if (*chip != "esp32") throw CommandFailure("elf2image needs --chip esp32 (the only chip pyfw builds for)", 2);
        elf2image(*args);
    });
}

void addImageInfo(CLI::App* image, ChipOption chip) {
    struct Args { std::string file, version = "1"; };
    auto args = std::make_shared<Args>();
    auto* cmd = image->add_subcommand("image_info", "Describe an ESP32 image (esptool's report)");
    cmd->alias("image-info");
    cmd->add_option("--version,-v", args->version, "Report format: 1 or 2")->capture_default_str();
    cmd->add_option("filename", args->file, "Image file")->required();
    cmd->callback([args, chip] {
        if (args->version != "1" && args->version != "2") throw CommandFailure("--version must be 1 or 2", 2);
        base::Bytes bytes = readFileOrFail(args->file);
        if (bytes.empty()) throw CommandFailure(args->file + ": File is empty", 2);
        if (bytes[0] != formats::kImageMagic) {
            char magic[8];
            std::snprintf(magic, sizeof magic, "0x%x", bytes[0]);
            throw CommandFailure(args->file + ": This is not a valid image (invalid magic number: " + magic + ")", 2);
        }
        auto parsed = formats::parseAppImage(bytes);
        if (!parsed.ok()) throw CommandFailure(args->file + ": " + parsed.error().message, 2);
        if (parsed->header.chipId != 0) throw CommandFailure(args->file + ": the image is for another chip (chip id " +
                                                             std::to_string(parsed->header.chipId) + "), not the ESP32", 2);
        std::string report = args->version == "2" ? formats::describeImage(*parsed, bytes.size())
                                                  : formats::describeImageV1(*parsed, bytes.size());
        // Without --chip, esptool detects the chip from the header and says so after the size.
        if (*chip == "auto") report.insert(report.find('\n') + 1, "Detected image type: ESP32\n");
        std::fputs(report.c_str(), stdout);
        // esptool reports a bad checksum or hash and exits 0; a script should not miss it.
        if (!parsed->checksumValid()) throw CommandFailure(args->file + ": the image checksum is invalid", 1);
        if (!parsed->hashValid()) throw CommandFailure(args->file + ": the appended SHA-256 is invalid", 1);
    });
}

void addVerify(CLI::App* image) {
    struct Args { std::string file, keyfile; };
    auto args = std::make_shared<Args>();
    auto* cmd = image->add_subcommand("verify", "Check an image as the bootloader does (structure, checksum, SHA-256, signature)");
    cmd->add_option("filename", args->file, "Image file")->required();
    cmd->add_option("--keyfile,-k", args->keyfile,
                    "Also check the secure boot signature after the image (PEM private/public key or raw 64-byte key)");
    cmd->callback([args] {
        base::Bytes bytes = readFileOrFail(args->file);
        auto image = formats::verifyAppImage(bytes);
        if (!image.ok()) throw CommandFailure(args->file + ": " + image.error().message, 2);
        if (!args->keyfile.empty()) {
            auto publicKey = crypto::parseVerificationKey(readFileOrFail(args->keyfile));
            if (!publicKey.ok()) throw CommandFailure(args->keyfile + ": " + publicKey.error().message, 2);
            auto status = security::verifySignatureAt(*publicKey, bytes, image->imageLength);
            if (!status.ok()) throw CommandFailure(args->file + ": " + status.error().message, 2);
        }
        std::printf("%s: valid ESP32 image, %zu segments, %zu bytes%s\n", args->file.c_str(), image->segments.size(),
                    image->imageLength, args->keyfile.empty() ? "" : ", signature valid");
    });
}

CommandRegistration registration{"image", [](CLI::App& app) {
    auto* image = app.add_subcommand("image", "esptool.py: ESP32 app images (elf2image, image_info)");
    image->require_subcommand(1);
    auto chip = std::make_shared<std::string>("auto");
    image->add_option("--chip,-c", *chip, "Target chip: esp32, or auto (detect from the image)")->capture_default_str();
    image->parse_complete_callback([chip] {
        if (*chip != "esp32" && *chip != "auto") throw CommandFailure("only --chip esp32 is supported, not " + *chip, 2);
    });
    addElf2Image(image, chip);
    addImageInfo(image, chip);
    addVerify(image);
}};

}  // namespace
}  // namespace pyfw::cli
