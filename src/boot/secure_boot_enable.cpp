#include "boot/secure_boot_enable.h"

#include <algorithm>

#include "boot/device_keys.h"
#include "chip/flash_access.h"
#include "security/secure_boot.h"

namespace pyfw::boot {
namespace {

constexpr const char* kTag = "secure_boot";

base::Status burnFlag(chip::Efuses& fuses, const char* name) {
    const auto& field = *chip::findEfuseField(name);
    if (fuses.readField(field) != 0 || fuses.isWriteProtected(field)) return base::okStatus();
    auto burnt = fuses.burnField(field, 1);
    if (!burnt.ok()) return burnt.error();
    return base::okStatus();
}

}  // namespace

base::Status enableSecureBoot(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log) {
    if (board.efuses().secureBootEnabled()) {
        log.info(kTag, "bootloader secure boot is already enabled, continuing..");
        return base::okStatus();
    }
    PYFW_TRY(ensureDeviceKey(board, {2, kTag, "secure boot", true}, log));

    log.info(kTag, "Generating secure boot digest...");
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(auto key, security::secureBootKeyFromFile(board.efuses().hardwareKey(2)));
    uint32_t digestLength = uint32_t((bootloader.image.checksummedLength + 127) & ~size_t(127));
    PYFW_ASSIGN(auto image, flash.read(kBootloaderAddress, digestLength));
    auto iv = board.rng().bytes(security::kDigestIvSize);
    PYFW_ASSIGN(auto digest, security::bootloaderDigest(key, iv, image));
    base::Bytes record = iv;
    record.insert(record.end(), digest.begin(), digest.end());
    PYFW_TRY(flash.erase(0, 0x1000));
    PYFW_TRY(flash.write(0, record));
    log.info(kTag, "Digest generation complete.");

    log.info(kTag, "blowing secure boot efuse...");
    PYFW_TRY(board.burnEfuses([](chip::Efuses& fuses) -> base::Status {
        const auto& block2 = *chip::findEfuseField("BLK2");
        PYFW_TRY(fuses.readProtect(block2));
        PYFW_TRY(fuses.writeProtect(block2));
        for (const char* name : {"ABS_DONE_0", "JTAG_DISABLE", "CONSOLE_DEBUG_DISABLE"}) PYFW_TRY(burnFlag(fuses, name));
        return base::okStatus();
    }));
    if (!board.efuses().secureBootEnabled()) return base::fail("ABS_DONE_0 did not burn");
    log.info(kTag, "secure boot is now enabled for bootloader image");
    return base::okStatus();
}

}  // namespace pyfw::boot
