#include "boot/rom_loader.h"

#include <algorithm>

#include "boot/app_verifier.h"
#include "chip/flash_access.h"
#include "security/secure_boot.h"

namespace pyfw::boot {
namespace {

constexpr uint32_t kDigestIvAddress = 0x0;
constexpr uint32_t kDigestAddress = 0x80;
constexpr uint64_t kRomLoadTimeUs = 25'000;

base::Error halt(BootLog& log, const std::string& romLine, const std::string& reason) {
    log.rom(romLine);
    log.rom("ets_main.c 371 ");
    return base::fail(reason);
}

// The ROM's digest covers the image up to its checksum, rounded up to 128 bytes, as it lies in
// flash (so an appended SHA-256 counts only as far as that boundary).
base::Status checkSecureBootDigest(const chip::FlashAccess& flash, const chip::Efuses& fuses, uint32_t checksummedLength,
                                   BootLog& log) {
    PYFW_ASSIGN(auto key, security::secureBootKeyFromFile(fuses.hardwareKey(2)));
    uint32_t digestLength = (checksummedLength + 127) & ~127u;
    if (kBootloaderAddress + uint64_t(digestLength) > flash.size())
        return halt(log, "secure boot check fail", "the bootloader runs past the end of the flash");
    PYFW_ASSIGN(auto iv, flash.read(kDigestIvAddress, uint32_t(security::kDigestIvSize)));
    PYFW_ASSIGN(auto stored, flash.read(kDigestAddress, 64));
    PYFW_ASSIGN(auto image, flash.read(kBootloaderAddress, digestLength));
    PYFW_ASSIGN(auto digest, security::bootloaderDigest(key, iv, image));
    if (!std::equal(digest.begin(), digest.end(), stored.begin()))
        return halt(log, "secure boot check fail",
                    "the secure boot digest at 0x0 does not match the bootloader (ROM secure boot check failed)");
    return base::okStatus();
}

}  // namespace

base::Result<LoadedBootloader> runRom(chip::Board& board, BootLog& log, chip::ResetReason reason) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    log.rom("ets Jun  8 2016 00:22:57");
    log.rom("");
    log.rom(format("rst:0x%x (%s),boot:0x%x (SPI_FAST_FLASH_BOOT)", unsigned(reason),
                   std::string(chip::romResetName(reason)).c_str(), chip::kSpiFastFlashBoot));

    PYFW_ASSIGN(auto header, flash.read(kBootloaderAddress, formats::kImageHeaderSize));
    if (header[0] != formats::kImageMagic)
        return halt(log, format("invalid header: 0x%08x", base::readLe32(header.data())),
                    "the ROM found no bootloader image at 0x1000 (invalid header)");
    auto length = imageLengthAt(flash, kBootloaderAddress, 0x7000);
    if (!length.ok())
        return halt(log, format("invalid header: 0x%08x", base::readLe32(header.data())),
                    "the ROM could not load the bootloader: " + length.error().message);
    uint32_t checksummed = *length - (header[23] == 1 ? 32 : 0);
    if (board.efuses().secureBootEnabled()) PYFW_TRY(checkSecureBootDigest(flash, board.efuses(), checksummed, log));

    PYFW_ASSIGN(auto bytes, flash.read(kBootloaderAddress, *length));
    auto image = formats::parseAppImage(bytes);
    if (!image.ok()) return halt(log, "flash read err, 1000", "the ROM could not load the bootloader: " + image.error().message);
    if (!image->checksumValid())
        return halt(log, format("csum err:0x%02x!=0x%02x", image->calculatedChecksum, image->storedChecksum),
                    "the bootloader image checksum is wrong");

    log.rom(format("configsip: 0, SPIWP:0x%02x", image->header.wpPin));
    log.rom("clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00");
    static constexpr const char* kModes[] = {"QIO", "QOUT", "DIO", "DOUT"};
    log.rom(format("mode:%s, clock div:1", image->header.flashMode < 4 ? kModes[image->header.flashMode] : "DIO"));
    LoadedBootloader loaded;
    bool haveDescriptor = false;
    std::optional<formats::BootloaderConfig> config;
    for (const auto& segment : image->segments) {
        log.rom(format("load:0x%08x,len:%zu", segment.loadAddress, segment.data.size()));
        if (auto descriptor = formats::findFirmwareDescriptor(segment.data);
            descriptor && descriptor->kind == formats::DescriptorKind::Bootloader) {
            loaded.descriptor = *descriptor;
            haveDescriptor = true;
        }
        auto found = formats::findBootloaderConfig(segment.data);
        if (!found.ok()) return halt(log, "", "the bootloader's configuration block is malformed: " + found.error().message);
        if (*found) config = **found;
    }
    log.rom(format("entry 0x%08x", image->header.entryAddress));
    board.clock().sleepUs(kRomLoadTimeUs);
    if (!haveDescriptor)
        return base::fail("the image at 0x1000 carries no pyfw bootloader descriptor, so the virtual board cannot run it");
    loaded.config = config.value_or(formats::BootloaderConfig{});
    loaded.image = std::move(*image);
    return loaded;
}

base::Result<formats::BootloaderConfig> installedBootloaderConfig(chip::Board& board) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(uint32_t length, imageLengthAt(flash, kBootloaderAddress, 0x7000));
    PYFW_ASSIGN(auto bytes, flash.read(kBootloaderAddress, length));
    PYFW_ASSIGN(auto image, formats::parseAppImage(bytes));
    for (const auto& segment : image.segments) {
        PYFW_ASSIGN(auto config, formats::findBootloaderConfig(segment.data));
        if (config) return *config;
    }
    return formats::BootloaderConfig{};
}

}  // namespace pyfw::boot
