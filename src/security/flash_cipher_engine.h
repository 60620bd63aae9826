// Internal to flash encryption: the engines that run the per-block AES with tweaked keys. The
// portable engine uses OpenSSL and re-keys per 32-byte block; the AES-NI engine expands the key
// schedules itself, several blocks interleaved; the VAES engine does four schedules per
// 512-bit register. Both take whole 32-byte blocks at 32-aligned
// addresses; tests compare them against each other.
#pragma once

#include <cstddef>
#include <cstdint>

#include "security/flash_encryption.h"

namespace pyfw::security::detail {

// `blocks` 32-byte blocks starting at a 32-byte-aligned flash address, from `in` to `out` (which
// may be the same buffer).
void transformPortable(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out,
                       size_t blocks);
void transformAesNi(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out, size_t blocks);
bool cpuHasAesNi();
// Handles whole runs of eight blocks from a block index that is a multiple of 8 and below
// TweakSequence::kLinearBlocks; returns how many blocks it did (possibly 0), leaving `tweaks`
// at the next block. The caller does the rest with the AES-NI engine.
size_t transformVaes512(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out,
                       size_t blocks);
bool cpuHasVaes512();

}  // namespace pyfw::security::detail
