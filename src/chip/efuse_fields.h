// The ESP32 (rev 0/1, 2018) eFuse map as one table: where each named field lives, how wide it is,
// which WR_DIS/RD_DIS bit guards it and how espefuse treats its value. The table is checked at
// compile time (no field leaves its block, no two fields overlap), see efuse_fields.cpp.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace pyfw::chip {

inline constexpr int kEfuseBlockCount = 4;
inline constexpr int kEfuseWordsPerBlock = 8;       // BLK0 uses 7 of them, BLK1..3 all 8
inline constexpr int kEfuseBlock0Words = 7;

// How a field's value is read, burnt and shown (espefuse's "type" column).
enum class EfuseKind {
    Flag,      // one bit; burning sets it
    Integer,   // an unsigned number; burning ORs the value in
    BitCount,  // a counter whose value is the number of bits set (FLASH_CRYPT_CNT)
    Mac,       // the factory MAC (48 bits over words 1 and 2, burnt at the factory)
    KeyBlock,  // a whole 256-bit (or 192-bit in 3/4 coding) key block
};

inline constexpr int kNoProtectionBit = -1;

struct EfuseField {
    std::string_view name;
    std::string_view category;
    uint8_t block;
    uint16_t firstBit;      // bit index inside the block: word * 32 + bit in word
    uint16_t width;         // in bits
    int8_t writeDisableBit; // WR_DIS bit that freezes the field, or kNoProtectionBit
    int8_t readDisableBit;  // RD_DIS bit that hides the field from software, or kNoProtectionBit
    EfuseKind kind;
    bool factoryOnly;       // set at the factory; refused by burn_efuse as espefuse does
    std::string_view description;
};

std::span<const EfuseField> efuseFields();

// Looks a field up by its espefuse name, case-insensitively; also accepts the block aliases
// (BLK1/BLOCK1/flash_encryption, BLK2/BLOCK2/secure_boot, BLK3/BLOCK3). Null when unknown.
const EfuseField* findEfuseField(std::string_view name);

// Well-known bit positions used by the boot chain.
namespace efuse_bits {
inline constexpr int kWriteDisableRdDis = 0;
inline constexpr int kWriteDisableFlashCryptCnt = 2;
inline constexpr int kWriteDisableBlock1 = 7;
inline constexpr int kWriteDisableBlock2 = 8;
inline constexpr int kReadDisableBlock1 = 0;
inline constexpr int kReadDisableBlock2 = 1;
}  // namespace efuse_bits

}  // namespace pyfw::chip
