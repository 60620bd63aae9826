// The ESP32 (V1) flash-encryption key tweak: every 32-byte block of flash is encrypted with its own
// AES-256 key K' = K XOR T(address, FLASH_CRYPT_CONFIG), where T copies flash address bits 5..23
// into chosen key bits (esp32-security.md §3). Two independent forms are kept: the bit table of
// the hardware description and esptool's closed multiplication form; tests check they agree.
#pragma once

#include <array>
#include <cstdint>

namespace pyfw::security {

// A 256-bit flash key in key-file byte order (bit 0 = the most significant bit of byte 0).
using FlashKey = std::array<uint8_t, 32>;

// The key as four 64-bit words, most significant first (big-endian), the form the tweak uses.
using KeyWords = std::array<uint64_t, 4>;
KeyWords toKeyWords(const FlashKey& key);
FlashKey fromKeyWords(const KeyWords& words);

// Key bit n (0..255) is XORed with flash address bit tweakAddressBit(n) (5..23)...
int tweakAddressBit(int keyBit);
// ...when FLASH_CRYPT_CONFIG has bit tweakGroup(n) (0..3) set.
int tweakGroup(int keyBit);

// Table form: walks the 256 key bits. Uses only address bits 5..23, as the hardware does.
FlashKey tweakKeyByTable(const FlashKey& key, uint32_t address, uint8_t flashCryptConf);

// Closed form (esptool >= 4): K ^ (((mul1*t) | ((mul2*t) & mask2)) & range(conf)), t = address >> 5,
// in 256-bit arithmetic. Equal to the table below 16 MiB; above it, it is what espsecure computes.
FlashKey tweakKeyClosedForm(const FlashKey& key, uint64_t address, uint8_t flashCryptConf);

// The tweaked keys of consecutive 32-byte blocks, updated incrementally: moving from block t to
// t+1 flips only the address bits that changed, so each step is a few XORs.
class TweakSequence {
public:
    TweakSequence(const FlashKey& key, uint64_t address, uint8_t flashCryptConf);
    const FlashKey& current() const { return current_; }
    uint64_t blockIndex() const { return blockIndex_; }
    void advance();
    void skip(uint64_t blocks);
    // The key bits that change when address bits 5..5+i all flip (i < 19); vector engines use it
    // to derive the keys of aligned groups of blocks from one base key.
    const FlashKey& flipMask(int i) const { return flipMasks_[i]; }
    // Block indexes below this are tweaked linearly (address bits 5..23), so flipMask applies.
    static constexpr uint64_t kLinearBlocks = uint64_t(1) << 19;

private:
    void recompute();
    FlashKey key_;
    uint8_t conf_;
    uint64_t blockIndex_;  // address >> 5
    FlashKey current_;
    // Stepping the block index to a value with i trailing zeros flips address bits 5..5+i.
    std::array<FlashKey, 19> flipMasks_;
};

}  // namespace pyfw::security
