#include "boot/pycom_bootloader.h"

#include "boot/boot_info_store.h"
#include "boot/first_boot_encryption.h"
#include "boot/flash_layout.h"
#include "boot/safe_boot.h"
#include "boot/secure_boot_enable.h"
#include "chip/flash_access.h"
#include "formats/partition_table.h"
#include "formats/signature_block.h"
#include "security/secure_boot.h"

namespace pyfw::boot {
namespace {

constexpr const char* kTag = "boot";
constexpr uint32_t kPartitionTableAddress = 0x8000;
constexpr uint32_t kFlashBytesPerUs = 20;       // DIO at 80 MHz, for the virtual clock
constexpr uint64_t kBootloaderStartupUs = 4'000;
using formats::ActiveImage;
using formats::BootInfo;
using formats::ImageStatus;
using formats::SafeBoot;

BootloaderOutcome halt(std::string reason) {
    BootloaderOutcome outcome;
    outcome.haltReason = std::move(reason);
    return outcome;
}

std::string usage(const formats::Partition& p) {
    if (p.type == 0x00) return p.subtype == 0x00 ? "factory app" : format("OTA app %d", p.subtype - 0x10);
    switch (p.subtype) {
    case 0x00: return "OTA data";
    case 0x01: return "RF data";
    case 0x02: return "WiFi data";
    default: return "Unknown data";
    }
}

void printBanner(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log) {
    log.info(kTag, "Pycom bootloader " + bootloader.descriptor.version + " (" + bootloader.descriptor.name + ")");
    log.info(kTag, format("chip revision: %d", board.efuses().chipRevision()));
    log.info(kTag, "SPI Speed      : 80MHz");
    log.info(kTag, "SPI Mode       : DIO");
    log.info(kTag, "SPI Flash Size : 4MB");  // bootloader.c forces 4 MB whatever the chip has
    log.info(kTag, "Enabling RNG early entropy source...");
    board.clock().sleepUs(kBootloaderStartupUs);
}

base::Result<FlashLayout> loadPartitionTable(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log) {
    chip::FlashAccess flash(board.flash(), board.efuses());
    PYFW_ASSIGN(auto bytes, flash.read(kPartitionTableAddress,
                                       uint32_t(formats::kPartitionTableSize + formats::SignatureBlock::kSize)));
    if (bootloader.config.secureBoot && board.efuses().secureBootEnabled()) {
        log.info(kTag, "Verifying partition table signature...");
        auto verified = security::verifySignatureAt(bootloader.config.verificationKey, bytes, formats::kPartitionTableSize);
        if (!verified.ok()) {
            log.error(kTag, "Failed to verify partition table signature.");
            return base::fail("the partition table signature does not verify (" + verified.error().message + ")");
        }
    }
    auto table = formats::parsePartitionTable(base::ByteView(bytes).first(formats::kPartitionTableSize));
    if (!table.ok()) {
        log.error(kTag, "partition table: " + table.error().message);
        return base::fail("the partition table is not valid: " + table.error().message);
    }
    if (table->hasMd5) {
        log.error(kTag, format("partition %zu invalid magic number 0xebeb", table->entries.size()));
        return base::fail("the partition table has an MD5 entry, which this (IDF v3.0) bootloader rejects");
    }
    log.info(kTag, "Partition Table:");
    log.info(kTag, "## Label            Usage          Type ST Offset   Length");
    for (size_t i = 0; i < table->entries.size(); ++i) {
        const auto& p = table->entries[i];
        log.info(kTag, format("%2zu %-16s %-16s %02x %02x %08x %08x", i, p.label.c_str(), usage(p).c_str(), p.type,
                              p.subtype, p.offset, p.size));
    }
    log.info(kTag, "End of partition table");
    auto layout = flashLayoutFrom(*table, board.flash().size());
    if (!layout.ok()) log.error(kTag, layout.error().message);
    return layout;
}

base::Result<BootInfo> loadBootInfo(BootInfoStore& store, BootLog& log) {
    PYFW_ASSIGN(auto loaded, store.load());
    if (loaded.fromBackup) log.warn(kTag, "boot_info copy in otadata is damaged; using the backup copy");
    else if (loaded.repaired) log.warn(kTag, "boot_info backup copy was out of date; rewrote it");
    if (loaded.valid) return loaded.info;
    log.warn(kTag, "boot_info is blank or its CRC is wrong; initialising it (factory image, ready)");
    BootInfo fresh;
    PYFW_TRY(store.save(fresh));
    return fresh;
}

// A freshly written OTA image is verified once; if it fails, the previous image comes back.
base::Status verifyPendingImage(chip::Board& board, const FlashLayout& layout, const LoadedBootloader& bootloader,
                                BootInfoStore& store, BootInfo& info, BootLog& log) {
    if (info.status != uint32_t(ImageStatus::Check) || info.activeImage == uint32_t(ActiveImage::Factory))
        return base::okStatus();
    if (info.activeImage == uint32_t(ActiveImage::Update2)) info.activeImage = uint32_t(ActiveImage::Factory);
    const auto& partition = layout.partitionFor(info.activeImage);
    log.info(kTag, format("Verifying the new image in %s at 0x%x", partition.label.c_str(), partition.offset));
    chip::FlashAccess flash(board.flash(), board.efuses());
    auto verified = verifyAppAt(flash, partition.offset, partition.size, bootloader.config);
    if (verified.ok()) {
        log.info(kTag, "New image verified; it is now the active image");
    } else {
        log.error("esp_image", verified.error().message);
        log.warn(kTag, format("New image rejected; rolling back to the previous image (%s)", activeImageName(info.previousImage)));
        info.activeImage = info.previousImage;
        info.previousImage = uint32_t(ActiveImage::Factory);
    }
    info.status = uint32_t(ImageStatus::Ready);
    return store.save(info);
}

// bootmgr's button plus the one-boot software flag: a stored SW request becomes HW (this boot is
// safe), a stored HW without the button is cleared (the next boot is normal).
base::Result<uint32_t> applySafeBoot(chip::Board& board, BootInfoStore& store, BootInfo& info, BootLog& log) {
    log.info(kTag, "Checking safe boot pin");
    SafeBootPin pin = readSafeBootPin(board.gpio(), board.clock(), log);
    uint32_t image = info.activeImage;
    if (pin.image == SafeBootImage::Previous) image = info.previousImage;
    if (pin.image == SafeBootImage::Factory) image = uint32_t(ActiveImage::Factory);
    uint32_t requested = pin.requested ? uint32_t(SafeBoot::Hardware) : uint32_t(SafeBoot::None);
    if (requested != info.safeBoot) {
        if (info.safeBoot == uint32_t(SafeBoot::Software)) {
            log.info(kTag, "Safe boot requested by software for this boot");
            info.safeBoot = uint32_t(SafeBoot::Hardware);
        } else {
            info.safeBoot = requested;
        }
        PYFW_TRY(store.save(info));
    }
    if (info.safeBoot != uint32_t(SafeBoot::None)) log.info(kTag, "Safe boot: boot.py and main.py will be skipped");
    return image;
}

// ESP-IDF's esp_efuse_update_secure_version: once a newer image has passed its checks and is
// started, older images can never boot again.
base::Status raiseSecureVersion(chip::Board& board, const LoadedBootloader& bootloader, const VerifiedApp& app, BootLog& log) {
    if (!bootloader.config.antiRollback || !app.descriptor) return base::okStatus();
    uint32_t version = app.descriptor->secureVersion;
    if (version <= minimumSecureVersion(board.efuses())) return base::okStatus();
    if (version > kMaxSecureVersion) return base::fail(format("secure version %u does not fit the 16-bit eFuse field", version));
    const auto* field = chip::findEfuseField("SECURE_VERSION");
    PYFW_TRY(board.burnEfuses([&](chip::Efuses& fuses) -> base::Status {
        PYFW_TRY(fuses.burnField(*field, (uint64_t(1) << version) - 1));
        return base::okStatus();
    }));
    log.info(kTag, format("Anti-rollback: minimum secure version raised to %u", version));
    return base::okStatus();
}

}  // namespace

BootloaderOutcome runPycomBootloader(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log) {
    printBanner(board, bootloader, log);
    auto resumed = resumeFlashEncryption(board, bootloader, log);
    if (!resumed.ok()) return halt(resumed.error().message);
    if (*resumed) {
        log.info(kTag, "Resetting with flash encryption enabled...");
        return {BootloaderOutcome::Kind::Reset, std::nullopt, ""};
    }

    auto layout = loadPartitionTable(board, bootloader, log);
    if (!layout.ok()) return halt(layout.error().message);
    chip::FlashAccess flash(board.flash(), board.efuses());
    BootInfoStore store(flash, layout->otadata.offset, layout->bootInfoBackup);
    auto info = loadBootInfo(store, log);
    if (!info.ok()) return halt("boot_info: " + info.error().message);
    auto pending = verifyPendingImage(board, *layout, bootloader, store, *info, log);
    if (!pending.ok()) return halt("writing boot_info: " + pending.error().message);
    auto image = applySafeBoot(board, store, *info, log);
    if (!image.ok()) return halt("writing boot_info: " + image.error().message);

    const auto* partition = &layout->partitionFor(*image);
    log.info(kTag, format("Loading %s image from %s at 0x%x", activeImageName(*image), partition->label.c_str(), partition->offset));
    auto app = verifyAppAt(flash, partition->offset, partition->size, bootloader.config);
    if (!app.ok() && *image != info->activeImage) {
        // An image chosen by the safe-boot button that does not verify (or is older than the
        // anti-rollback minimum): the active image boots instead.
        log.error("esp_image", app.error().message);
        log.warn(kTag, format("The chosen image cannot be started; loading the active image (%s) instead", activeImageName(info->activeImage)));
        partition = &layout->partitionFor(info->activeImage);
        app = verifyAppAt(flash, partition->offset, partition->size, bootloader.config);
    }
    if (!app.ok()) {
        log.error("esp_image", app.error().message);
        log.error(kTag, "Failed to load the app image; the boot stops here");
        return halt(app.error().message);
    }
    board.clock().sleepUs(app->image.imageLength / kFlashBytesPerUs);
    if (app->signatureChecked) log.info("esp_image", "Secure boot signature verified");

    if (bootloader.config.secureBoot) {
        auto enabled = enableSecureBoot(board, bootloader, log);
        if (!enabled.ok()) return halt("enabling secure boot: " + enabled.error().message);
    }
    if (bootloader.config.flashEncryption) {
        log.info(kTag, "Checking flash encryption...");
        auto encryption = checkAndUpdateFlashEncryption(board, *layout, bootloader, log);
        if (!encryption.ok()) return halt("flash encryption: " + encryption.error().message);
        if (*encryption == EncryptionCheck::JustEnabled) {
            log.info(kTag, "Resetting with flash encryption enabled...");
            return {BootloaderOutcome::Kind::Reset, std::nullopt, ""};
        }
    }

    AppJump jump;
    auto raised = raiseSecureVersion(board, bootloader, *app, log);
    if (!raised.ok()) return halt("anti-rollback: " + raised.error().message);
    jump.partitionOffset = partition->offset;
    jump.partitionLabel = partition->label;
    jump.bootInfo = *info;
    jump.safeBoot = info->safeBoot != uint32_t(SafeBoot::None);
    jump.app = std::move(*app);
    log.info(kTag, format("Jumping to the app at 0x%x (entry 0x%08x)", partition->offset, jump.app.image.header.entryAddress));
    return {BootloaderOutcome::Kind::Jump, std::move(jump), ""};
}

}  // namespace pyfw::boot
