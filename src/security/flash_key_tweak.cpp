#include "security/flash_key_tweak.h"

#include <bit>

namespace pyfw::security {

namespace {

// The four key-bit groups (FLASH_CRYPT_CONFIG bit g enables group g): where each starts and how
// long its tail run is. A group is three runs of address bits 23..5 followed by a run (4+tail)..5.
struct TweakGroup {
    int firstKeyBit;
    int tailLength;
};
constexpr TweakGroup kGroups[4] = {{0, 10}, {67, 8}, {132, 6}, {195, 4}};
constexpr int kRunLength = 19;  // address bits 23..5
constexpr int kFirstAddressBit = 5;
constexpr int kAddressBits = 19;

constexpr int groupOf(int keyBit) {
    int group = 0;
    for (int g = 1; g < 4; ++g)
        if (keyBit >= kGroups[g].firstKeyBit) group = g;
    return group;
}

constexpr int addressBitOf(int keyBit) {
    const TweakGroup& group = kGroups[groupOf(keyBit)];
    int m = keyBit - group.firstKeyBit;
    if (m < 3 * kRunLength) return 23 - m % kRunLength;
    return (4 + group.tailLength) - (m - 3 * kRunLength);
}

static_assert(kGroups[3].firstKeyBit + 3 * kRunLength + kGroups[3].tailLength == 256, "groups cover 256 bits");
static_assert(addressBitOf(0) == 23 && addressBitOf(66) == 5 && addressBitOf(67) == 23 && addressBitOf(255) == 5);
static_assert(addressBitOf(57) == 14 && addressBitOf(124) == 12 && addressBitOf(189) == 10 && addressBitOf(252) == 8);

constexpr uint64_t keyBitMask(int keyBit) { return uint64_t(1) << (63 - keyBit % 64); }

// kAddressMasks[c][i]: the key bits that address bit 5+i flips when config bit c is set.
constexpr auto kAddressMasks = [] {
    std::array<std::array<KeyWords, kAddressBits>, 4> masks{};
    for (int n = 0; n < 256; ++n) masks[groupOf(n)][addressBitOf(n) - kFirstAddressBit][n / 64] |= keyBitMask(n);
    return masks;
}();

// Closed-form constants, as 256-bit numbers, most significant word first.
constexpr KeyWords kMul1 = {0x0000200004000080ull, 0x0000040000800010ull, 0x0000020000400008ull, 0x0000040000800010ull};
constexpr KeyWords kMul2 = {0x0000000000000000ull, 0x2000000000000000ull, 0x1000000000000000ull, 0x2000000000000001ull};
constexpr KeyWords kMul2Mask = {0x000000000000007Full, 0xE00000000000000Full, 0xF000000000000007ull, 0xE00000000000000Full};
constexpr KeyWords kRanges[4] = {
    {0xFFFFFFFFFFFFFFFFull, 0xE000000000000000ull, 0, 0},
    {0, 0x1FFFFFFFFFFFFFFFull, 0xF000000000000000ull, 0},
    {0, 0, 0x0FFFFFFFFFFFFFFFull, 0xE000000000000000ull},
    {0, 0, 0, 0x1FFFFFFFFFFFFFFFull},
};

KeyWords multiply(const KeyWords& a, uint64_t factor) {  // modulo 2^256
    KeyWords out{};
    unsigned __int128 carry = 0;
    for (int i = 3; i >= 0; --i) {
        unsigned __int128 product = (unsigned __int128)a[i] * factor + carry;
        out[i] = uint64_t(product);
        carry = product >> 64;
    }
    return out;
}

KeyWords rangeOf(uint8_t conf) {
    KeyWords range{};
    for (int g = 0; g < 4; ++g)
        if (conf >> g & 1)
            for (int w = 0; w < 4; ++w) range[w] |= kRanges[g][w];
    return range;
}

KeyWords addressMask(int addressBitIndex, uint8_t conf) {
    KeyWords mask{};
    for (int g = 0; g < 4; ++g)
        if (conf >> g & 1)
            for (int w = 0; w < 4; ++w) mask[w] |= kAddressMasks[g][addressBitIndex][w];
    return mask;
}

}  // namespace

KeyWords toKeyWords(const FlashKey& key) {
    KeyWords words{};
    for (int i = 0; i < 32; ++i) words[i / 8] |= uint64_t(key[i]) << (56 - 8 * (i % 8));
    return words;
}

FlashKey fromKeyWords(const KeyWords& words) {
    FlashKey key{};
    for (int i = 0; i < 32; ++i) key[i] = uint8_t(words[i / 8] >> (56 - 8 * (i % 8)));
    return key;
}

int tweakAddressBit(int keyBit) { return addressBitOf(keyBit); }
int tweakGroup(int keyBit) { return groupOf(keyBit); }

FlashKey tweakKeyByTable(const FlashKey& key, uint32_t address, uint8_t flashCryptConf) {
    FlashKey out = key;
    for (int n = 0; n < 256; ++n)
        if ((flashCryptConf >> groupOf(n) & 1) && (address >> addressBitOf(n) & 1))
            out[n / 8] ^= uint8_t(0x80 >> (n % 8));
    return out;
}

FlashKey tweakKeyClosedForm(const FlashKey& key, uint64_t address, uint8_t flashCryptConf) {
    uint64_t t = address >> 5;
    KeyWords p1 = multiply(kMul1, t), p2 = multiply(kMul2, t), range = rangeOf(flashCryptConf);
    KeyWords words = toKeyWords(key);
    for (int w = 0; w < 4; ++w) words[w] ^= (p1[w] | (p2[w] & kMul2Mask[w])) & range[w];
    return fromKeyWords(words);
}

TweakSequence::TweakSequence(const FlashKey& key, uint64_t address, uint8_t flashCryptConf)
    : key_(key), conf_(flashCryptConf), blockIndex_(address >> 5) {
    KeyWords running{};
    for (int i = 0; i < kAddressBits; ++i) {
        KeyWords mask = addressMask(i, conf_);
        for (int w = 0; w < 4; ++w) running[w] ^= mask[w];
        flipMasks_[i] = fromKeyWords(running);
    }
    recompute();
}

void TweakSequence::recompute() { current_ = tweakKeyClosedForm(key_, blockIndex_ << 5, conf_); }

void TweakSequence::skip(uint64_t blocks) {
    blockIndex_ += blocks;
    recompute();
}

void TweakSequence::advance() {
    ++blockIndex_;
    // Beyond 16 MiB the closed form's products carry into each other, so no incremental update.
    if (blockIndex_ >= kLinearBlocks) {
        recompute();
        return;
    }
    const FlashKey& mask = flipMasks_[std::countr_zero(blockIndex_)];
    for (int i = 0; i < 32; ++i) current_[i] ^= mask[i];
}

}  // namespace pyfw::security
