// encrypt_flash_data/decrypt_flash_data over whole files, streamed: each 256 KiB chunk of the
// input is read into a small reused buffer (it stays in cache), transformed in place and written
// to a temporary file that replaces the output at the end. A 4 MiB flash image never needs a 4 MiB
// buffer, which would cost more in page faults than the cipher itself. The input is read, not
// mapped, so a file truncated while it is read cannot crash the command.
#pragma once

#include <cstdint>
#include <string>

#include "security/flash_encryption.h"

namespace pyfw::cli {

struct FlashStreamJob {
    std::string input, output;
    security::FlashKey key{};
    uint64_t address = 0;
    uint8_t conf = security::FlashEncryption::kDefaultConf;
    security::FlashCipherDirection direction = security::FlashCipherDirection::Encrypt;
};

// Encryption pads a final partial block with random bytes, as espsecure does (and says so);
// decryption refuses one. Throws CommandFailure; leaves no output on failure.
void transformFlashFile(const FlashStreamJob& job);

}  // namespace pyfw::cli
