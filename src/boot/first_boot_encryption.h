// esp_flash_encrypt_check_and_update (IDF v3.0) made resumable. With FLASH_CRYPT_CNT even, a
// bootloader built for flash encryption:
//   1. makes sure BLK1 holds a protected key (generated if blank), FLASH_CRYPT_CONFIG is set (0xF)
//      and the download-mode/JTAG/console fuses are burnt;
//   2. plans what to encrypt, as the IDF chooses it: the partition table sector, every app
//      partition holding a valid plaintext image, every partition flagged `encrypted`, otadata
//      (and the boot_info backup sector), and last the bootloader region (0x1000, then under
//      secure boot the digest sector at 0x0); the plan goes into the journal;
//   3. encrypts sector by sector: the plaintext is first copied to the staging sector and marked,
//      then the sector is erased and written through the encryption engine and marked done. A
//      blank sector needs no copy. After a power cut the next boot finds the journal (raw reads:
//      nothing encrypted can be read back yet) and carries on where it stopped;
//   4. copies the digest sector to the staging sector, encrypts the bootloader region in place,
//      burns the next FLASH_CRYPT_CNT bit and asks for a reset; the following boot erases the
//      staging copy and the journal.
// The bootloader region cannot be protected the same way: the ROM reads it raw while the counter
// is even and decrypts it once odd, with no second copy to fall back on, so a cut between its
// first erase and the counter burn leaves a board the ROM cannot start, as on a real ESP32. What
// this order keeps is a way back over the download mode at every such cut (README.md).
#pragma once

#include "base/result.h"
#include "boot/boot_log.h"
#include "boot/flash_layout.h"
#include "boot/rom_loader.h"
#include "chip/board.h"

namespace pyfw::boot {

enum class EncryptionCheck { AlreadyOn, JustEnabled };

// Before the partition table is read: with the counter even, finishes an interrupted encryption
// (true: the caller resets); with it odd, removes the journal of a finished one (false).
base::Result<bool> resumeFlashEncryption(chip::Board& board, const LoadedBootloader& bootloader, BootLog& log);

// After the app is loaded: checks the counter and, when it is even, encrypts the flash.
base::Result<EncryptionCheck> checkAndUpdateFlashEncryption(chip::Board& board, const FlashLayout& layout,
                                                            const LoadedBootloader& bootloader, BootLog& log);

}  // namespace pyfw::boot
