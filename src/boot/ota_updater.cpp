#include "boot/ota_updater.h"

#include "boot/app_verifier.h"
#include "boot/boot_info_store.h"
#include "boot/boot_log.h"
#include "chip/flash_access.h"
#include "formats/partition_table.h"
#include "security/flash_encryption.h"

namespace pyfw::boot {
namespace {
using formats::ActiveImage;
using formats::ImageStatus;
}  // namespace

base::Status OtaUpdater::loadState() {
    chip::FlashAccess flash(board_.flash(), board_.efuses());
    PYFW_ASSIGN(auto bytes, flash.read(formats::kPartitionTableAddress, uint32_t(formats::kPartitionTableSize)));
    PYFW_ASSIGN(auto table, formats::parsePartitionTable(bytes));
    PYFW_ASSIGN(auto layout, flashLayoutFrom(table, board_.flash().size()));
    BootInfoStore store(flash, layout.otadata.offset, layout.bootInfoBackup);
    PYFW_ASSIGN(auto loaded, store.load());
    if (!loaded.valid) return base::fail("boot_info is not valid; boot the board once before updating it");
    layout_ = std::move(layout);
    info_ = loaded.info;
    return base::okStatus();
}

uint32_t OtaUpdater::nextSlot(const formats::BootInfo& info, const FlashLayout& layout) {
    bool pendingUpdate2 = info.status == uint32_t(ImageStatus::Check) && info.activeImage == uint32_t(ActiveImage::Update2);
    bool readyUpdate1 = info.activeImage == uint32_t(ActiveImage::Update1) && info.status != uint32_t(ImageStatus::Check);
    return (pendingUpdate2 || readyUpdate1) ? layout.factory.offset : layout.ota0.offset;
}

base::Result<uint32_t> OtaUpdater::slotAddress() {
    if (started_) return slot_;
    PYFW_TRY(loadState());
    return nextSlot(info_, *layout_);
}

uint32_t OtaUpdater::slotSizeOf(uint32_t slot) const {
    return slot == layout_->factory.offset ? layout_->factory.size : layout_->ota0.size;
}

base::Status OtaUpdater::checkImage(base::ByteView image) {
    PYFW_TRY(loadState());
    uint32_t slot = nextSlot(info_, *layout_), size = slotSizeOf(slot);
    if (image.empty()) return base::fail("the image is empty");
    if (image.size() > size)
        return base::fail(format("the image (%zu bytes) does not fit in the %u KiB slot at 0x%x", image.size(), size / 1024, slot));
    const auto& fuses = board_.efuses();
    base::Bytes plain(image.begin(), image.end());
    bool encrypted = fuses.flashEncryptionEnabled();
    if (encrypted) {
        if (image.size() % 16 != 0)
            return base::fail(format("the image is %zu bytes; an image for an encrypted board is encrypted for its slot, "
                                     "a whole number of 16-byte blocks", image.size()));
        PYFW_ASSIGN(auto key, security::FlashEncryption::keyFromFile(fuses.hardwareKey(1)));
        PYFW_ASSIGN(plain, security::FlashEncryption::decrypt(key, slot, fuses.flashCryptConfig(), image));
    }
    auto app = verifyAppBytes(plain, slot, config_, minimumSecureVersion(fuses));
    if (!app.ok()) {
        std::string hint = encrypted ? format(" (on this encrypted board the image must be encrypted with its key for the "
                                              "slot it goes to, 0x%x)", slot) : "";
        return base::fail(app.error().message + hint);
    }
    if (!app->descriptor) return base::fail("the image carries no pyfw firmware descriptor");
    if (app->descriptor->board != board_.model().name)
        return base::fail("the image is built for a " + app->descriptor->board + "; this board is a " + std::string(board_.model().name));
    return base::okStatus();
}

base::Status OtaUpdater::start() {
    PYFW_TRY(loadState());
    slot_ = nextSlot(info_, *layout_);
    slotSize_ = slotSizeOf(slot_);
    written_ = 0;
    erasedUpTo_ = std::min<uint32_t>(2 * kSectorSize, slotSize_);
    PYFW_TRY(board_.flash().eraseRange(slot_, erasedUpTo_));
    started_ = true;
    finished_ = false;
    return base::okStatus();
}

base::Status OtaUpdater::write(base::ByteView chunk) {
    if (!started_ || finished_) return base::fail("ota_write before ota_start");
    if (uint64_t(written_) + chunk.size() > slotSize_)
        return base::fail(format("the image does not fit in the %u KiB slot at 0x%x", slotSize_ / 1024, slot_));
    // Keep one erased sector ahead of the data, as updater.c does.
    uint64_t needed = std::min<uint64_t>(slotSize_, (uint64_t(written_) + chunk.size() + 2 * kSectorSize - 1) /
                                                       kSectorSize * kSectorSize);
    if (needed > erasedUpTo_) {
        PYFW_TRY(board_.flash().eraseRange(slot_ + erasedUpTo_, uint32_t(needed - erasedUpTo_)));
        erasedUpTo_ = uint32_t(needed);
    }
    PYFW_TRY(board_.flash().program(slot_ + written_, chunk));
    written_ += uint32_t(chunk.size());
    return base::okStatus();
}

base::Status OtaUpdater::finish() {
    if (!started_ || finished_) return base::fail("ota_finish before ota_start");
    if (written_ == 0) return base::fail("ota_finish with no image written");
    if (info_.status != uint32_t(ImageStatus::Check)) {
        info_.previousImage = info_.activeImage;
        info_.activeImage = uint32_t(info_.activeImage == uint32_t(ActiveImage::Update1) ? ActiveImage::Update2
                                                                                          : ActiveImage::Update1);
        info_.status = uint32_t(ImageStatus::Check);
    }
    info_.size = written_;
    chip::FlashAccess flash(board_.flash(), board_.efuses());
    PYFW_TRY(BootInfoStore(flash, layout_->otadata.offset, layout_->bootInfoBackup).save(info_));
    finished_ = true;
    return base::okStatus();
}

base::Status OtaUpdater::verify() {
    if (!started_) return base::fail("ota_verify before ota_start");
    chip::FlashAccess flash(board_.flash(), board_.efuses());
    PYFW_ASSIGN(auto app, verifyAppAt(flash, slot_, slotSize_, config_));
    (void)app;
    return base::okStatus();
}

base::Status OtaUpdater::requestSafeBoot() {
    PYFW_TRY(loadState());
    info_.safeBoot = uint32_t(formats::SafeBoot::Software);
    chip::FlashAccess flash(board_.flash(), board_.efuses());
    return BootInfoStore(flash, layout_->otadata.offset, layout_->bootInfoBackup).save(info_);
}

}  // namespace pyfw::boot
