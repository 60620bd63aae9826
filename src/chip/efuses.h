// The four ESP32 eFuse blocks as a value, with the chip's rules: bits only go from 0 to 1, a field
// whose WR_DIS bit is burnt cannot change, a block whose RD_DIS bit is burnt reads as zeros to
// software while the hardware (flash encryption, secure boot) still uses it.
//
// Serialised form (efuse.bin): 4 blocks x 8 little-endian 32-bit words = 128 bytes, the words as
// the RDATA registers hold them (BLK0 word 7 does not exist and stays 0). Key blocks in 3/4 coding
// keep their 192 data bits in words 0..5.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/efuse_fields.h"

namespace pyfw::chip {

enum class CodingScheme { None, ThreeQuarters, Repeat };

class Efuses {
public:
    static constexpr size_t kSerialisedSize = kEfuseBlockCount * kEfuseWordsPerBlock * 4;

    static Efuses blank() { return Efuses(); }
    static base::Result<Efuses> fromBytes(base::ByteView raw);
    base::Bytes toBytes() const;

    // --- what software (and espefuse) sees: read-protected fields read as zero ---
    uint32_t readWord(int block, int word) const;
    uint64_t readField(const EfuseField& field) const;   // not for KeyBlock fields
    uint64_t readField(std::string_view name) const;     // the name must be in the table
    // A key block in key-file order (espefuse shows it so): 32 bytes, or 24 in 3/4 coding.
    base::Bytes readKeyBlock(int block) const;
    bool isReadProtected(const EfuseField& field) const;
    bool isWriteProtected(const EfuseField& field) const;

    // --- what the hardware uses, regardless of read protection ---
    // The key a block holds, in key-file order, as the crypto engines see it: 32 bytes, or 24 in
    // 3/4 coding (security::FlashEncryption::keyFromFile extends it as the chip does).
    base::Bytes hardwareKey(int block) const;
    bool hardwareKeyIsBlank(int block) const;
    uint8_t flashCryptConfig() const;
    CodingScheme codingScheme() const;
    uint8_t flashCryptCount() const;                 // the raw 8-bit counter
    bool flashEncryptionEnabled() const;             // odd number of counter bits set
    bool secureBootEnabled() const;                  // ABS_DONE_0
    bool isSet(std::string_view flagName) const;     // hardware value of a one-bit field
    std::array<uint8_t, 6> mac() const;
    bool macCrcValid() const;
    int chipRevision() const;                        // 0 or 1 (CHIP_VER_REV1)

    // --- burning; each checks the chip's rules first and leaves the fuses unchanged on error ---
    // ORs `value` into a field (a BitCount field with value 0 gets its next bit). Returns the
    // field's new value. Refuses protected and factory fields and values that do not fit.
    base::Result<uint64_t> burnField(const EfuseField& field, uint64_t value);
    // espefuse burn_key: the key file is reversed into the block's words; `protect` then burns the
    // block's WR_DIS and RD_DIS bits. Refuses a block that already holds data or cannot be checked.
    base::Status burnKey(int block, base::ByteView keyFile, bool protect);
    // Burns raw key words as the bootloader does with a key it generated on the chip.
    base::Status burnKeyWords(int block, base::ByteView wordsLittleEndian);
    base::Status writeProtect(const EfuseField& field);
    base::Status readProtect(const EfuseField& field);

    // Factory programming (board creation): MAC with its CRC, chip revision. Not reachable from the
    // burn commands.
    void programFactoryIdentity(const std::array<uint8_t, 6>& mac, int chipRevision);

    // The raw words, for tests and for the power-cut model (a torn burn keeps some new bits).
    const std::array<uint32_t, 32>& rawWords() const { return words_; }
    static Efuses fromRawWords(const std::array<uint32_t, 32>& words);

    bool operator==(const Efuses&) const = default;

private:
    uint32_t& word(int block, int index) { return words_[block * kEfuseWordsPerBlock + index]; }
    uint32_t word(int block, int index) const { return words_[block * kEfuseWordsPerBlock + index]; }
    uint64_t rawBits(int block, int firstBit, int width) const;
    void orBits(int block, int firstBit, int width, uint64_t value);
    int keyWordCount() const;   // 8, or 6 in 3/4 coding
    base::Status checkWritable(const EfuseField& field) const;

    std::array<uint32_t, 32> words_{};
};

// CRC-8 of the ROM's esp_crc8 (reflected polynomial 0x8C, initial value 0) over the MAC.
uint8_t macCrc8(const std::array<uint8_t, 6>& mac);

std::string formatMac(const std::array<uint8_t, 6>& mac);

}  // namespace pyfw::chip
