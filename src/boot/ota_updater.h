// The firmware's OTA updater (esp32/ftp/updater.c, behind pycom.ota_start/ota_write/ota_finish/
// ota_verify/ota_slot and FTP uploads of /flash/sys/appimg.bin), without the original's bugs:
// chunks of any size, writes bounded by the slot, write/finish before start refused, and boot_info
// written through the encryption engine when flash encryption is on.
//
// Slot rule: the new image goes to ota_0 (0x1A0000) unless the active image is update1 and ready,
// or update2 is still pending its check; then it goes to the factory partition (0x10000): images
// ping-pong between the two, and a pending image is overwritten in place. Images are written raw,
// so on an encrypted board the image must already be encrypted for its slot address.
#pragma once

#include <cstdint>
#include <optional>

#include "base/result.h"
#include "boot/flash_layout.h"
#include "chip/board.h"
#include "formats/boot_info.h"
#include "formats/bootloader_config.h"

namespace pyfw::boot {

class OtaUpdater {
public:
    OtaUpdater(chip::Board& board, formats::BootloaderConfig config) : board_(board), config_(config) {}

    // Everything the bootloader will check, done before a byte of flash is touched: the image as it
    // will lie in the next slot (decrypted with the chip's key on an encrypted board) must fit the
    // slot, pass the checksum, SHA-256 and (secure boot) signature checks, be built for this board
    // and, with anti-rollback, not be older than the eFuse minimum.
    base::Status checkImage(base::ByteView image);

    // Reads the partition table and boot_info, picks the slot, erases its first two sectors.
    base::Status start();
    base::Status write(base::ByteView chunk);
    // Records the new image in boot_info (active, status CHECK) for the bootloader to verify.
    base::Status finish();
    // Checks the written image as the bootloader will (checksum, SHA-256, signature under secure boot).
    base::Status verify();

    // pycom.ota_slot(): where the next image goes (reads boot_info when not started).
    base::Result<uint32_t> slotAddress();
    uint32_t bytesWritten() const { return written_; }

    // Sets boot_info's one-boot safe-boot flag (Ctrl-F, machine.reset with safe boot).
    base::Status requestSafeBoot();

private:
    base::Status loadState();
    static uint32_t nextSlot(const formats::BootInfo& info, const FlashLayout& layout);
    uint32_t slotSizeOf(uint32_t slot) const;

    chip::Board& board_;
    formats::BootloaderConfig config_;
    std::optional<FlashLayout> layout_;
    formats::BootInfo info_;
    bool started_ = false;
    bool finished_ = false;
    uint32_t slot_ = 0;
    uint32_t slotSize_ = 0;
    uint32_t written_ = 0;
    uint32_t erasedUpTo_ = 0;  // bytes of the slot already erased
};

}  // namespace pyfw::boot
