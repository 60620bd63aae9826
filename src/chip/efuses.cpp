#include "chip/efuses.h"

#include "security/efuse_keys.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstdio>

namespace pyfw::chip {
namespace {

using base::fail;

const EfuseField& field(std::string_view name) {
    const EfuseField* found = findEfuseField(name);
    assert(found && "eFuse field missing from the table");
    return *found;
}

uint64_t widthMask(int width) { return width >= 64 ? ~uint64_t(0) : (uint64_t(1) << width) - 1; }


}  // namespace

base::Result<Efuses> Efuses::fromBytes(base::ByteView raw) {
    if (raw.size() != kSerialisedSize)
        return fail("efuse data is " + std::to_string(raw.size()) + " bytes; it must be " +
                    std::to_string(kSerialisedSize) + " (4 blocks of 8 words)");
    Efuses fuses;
    for (size_t i = 0; i < fuses.words_.size(); ++i) fuses.words_[i] = base::readLe32(&raw[i * 4]);
    if (fuses.word(0, 7) != 0) return fail("efuse data sets bits in BLK0 word 7, which does not exist");
    return fuses;
}

base::Bytes Efuses::toBytes() const {
    base::Bytes out(kSerialisedSize);
    for (size_t i = 0; i < words_.size(); ++i) base::writeLe32(&out[i * 4], words_[i]);
    return out;
}

Efuses Efuses::fromRawWords(const std::array<uint32_t, 32>& words) {
    Efuses fuses;
    fuses.words_ = words;
    fuses.word(0, 7) = 0;
    return fuses;
}

uint64_t Efuses::rawBits(int block, int firstBit, int width) const {
    uint64_t value = 0;
    for (int i = 0; i < width; ++i) {
        int bitIndex = firstBit + i;
        if (word(block, bitIndex / 32) >> (bitIndex % 32) & 1) value |= uint64_t(1) << i;
    }
    return value;
}

void Efuses::orBits(int block, int firstBit, int width, uint64_t value) {
    for (int i = 0; i < width; ++i) {
        int bitIndex = firstBit + i;
        if (value >> i & 1) word(block, bitIndex / 32) |= uint32_t(1) << (bitIndex % 32);
    }
}

uint32_t Efuses::readWord(int block, int index) const {
    uint32_t readDisable = (word(0, 0) >> 16) & 0xF;
    if (block > 0) return (readDisable >> (block - 1) & 1) ? 0 : word(block, index);
    uint32_t value = word(0, index);
    // BLK0 fields guarded by RD_DIS bit 3 (the encryption config) read as zero once it is burnt.
    for (const auto& f : efuseFields()) {
        if (f.block != 0 || f.readDisableBit < 0 || !(readDisable >> f.readDisableBit & 1)) continue;
        for (int i = 0; i < f.width; ++i) {
            int bitIndex = f.firstBit + i;
            if (bitIndex / 32 == index) value &= ~(uint32_t(1) << (bitIndex % 32));
        }
    }
    return value;
}

uint64_t Efuses::readField(const EfuseField& f) const {
    assert(f.kind != EfuseKind::KeyBlock);
    if (isReadProtected(f)) return 0;
    return rawBits(f.block, f.firstBit, f.width);
}

uint64_t Efuses::readField(std::string_view name) const { return readField(field(name)); }

bool Efuses::isReadProtected(const EfuseField& f) const {
    return f.readDisableBit >= 0 && (word(0, 0) >> (16 + f.readDisableBit) & 1);
}

bool Efuses::isWriteProtected(const EfuseField& f) const {
    return f.writeDisableBit >= 0 && (word(0, 0) >> f.writeDisableBit & 1);
}

int Efuses::keyWordCount() const { return codingScheme() == CodingScheme::ThreeQuarters ? 6 : 8; }

base::Bytes Efuses::readKeyBlock(int block) const {
    base::Bytes registers(keyWordCount() * 4);
    for (int i = 0; i < keyWordCount(); ++i) base::writeLe32(&registers[i * 4], readWord(block, i));
    return security::efuseBlockToKeyFile(registers);
}

base::Bytes Efuses::hardwareKey(int block) const {
    base::Bytes registers(keyWordCount() * 4);
    for (int i = 0; i < keyWordCount(); ++i) base::writeLe32(&registers[i * 4], word(block, i));
    return security::efuseBlockToKeyFile(registers);
}

bool Efuses::hardwareKeyIsBlank(int block) const {
    for (int i = 0; i < kEfuseWordsPerBlock; ++i)
        if (word(block, i) != 0) return false;
    return true;
}

uint8_t Efuses::flashCryptConfig() const {
    const auto& f = field("FLASH_CRYPT_CONFIG");
    return uint8_t(rawBits(0, f.firstBit, f.width));
}

CodingScheme Efuses::codingScheme() const {
    const auto& f = field("CODING_SCHEME");
    switch (rawBits(0, f.firstBit, f.width)) {
    case 1: return CodingScheme::ThreeQuarters;
    case 2: return CodingScheme::Repeat;
    default: return CodingScheme::None;  // 3 is treated as None by the chip
    }
}

uint8_t Efuses::flashCryptCount() const {
    const auto& f = field("FLASH_CRYPT_CNT");
    return uint8_t(rawBits(0, f.firstBit, f.width));
}

bool Efuses::flashEncryptionEnabled() const { return std::popcount(flashCryptCount()) % 2 == 1; }

bool Efuses::secureBootEnabled() const { return isSet("ABS_DONE_0"); }

bool Efuses::isSet(std::string_view flagName) const {
    const auto& f = field(flagName);
    return rawBits(f.block, f.firstBit, f.width) != 0;
}

std::array<uint8_t, 6> Efuses::mac() const {
    // espefuse reads the MAC as the big-endian bytes of word 2's low half, then of word 1.
    std::array<uint8_t, 6> mac{};
    uint32_t high = word(0, 2), low = word(0, 1);
    mac[0] = uint8_t(high >> 8);
    mac[1] = uint8_t(high);
    for (int i = 0; i < 4; ++i) mac[2 + i] = uint8_t(low >> (24 - 8 * i));
    return mac;
}

bool Efuses::macCrcValid() const { return macCrc8(mac()) == uint8_t(word(0, 2) >> 16); }

int Efuses::chipRevision() const { return isSet("CHIP_VER_REV1") ? 1 : 0; }

base::Status Efuses::checkWritable(const EfuseField& f) const {
    if (isWriteProtected(f))
        return fail(std::string(f.name) + " is write-protected (WR_DIS bit " +
                    std::to_string(f.writeDisableBit) + " is burnt), so the chip ignores writes to it");
    return base::okStatus();
}

base::Result<uint64_t> Efuses::burnField(const EfuseField& f, uint64_t value) {
    if (f.kind == EfuseKind::KeyBlock)
        return fail(std::string(f.name) + " is a key block; burn it with burn_key");
    if (f.factoryOnly) return fail(std::string(f.name) + " is programmed at the factory and cannot be burnt");
    PYFW_TRY(checkWritable(f));
    uint64_t old = rawBits(f.block, f.firstBit, f.width);
    if (f.kind == EfuseKind::Flag) {
        if (value > 1) return fail(std::string(f.name) + " is a one-bit flag; the only value it takes is 1");
        value = 1;
    } else if (f.kind == EfuseKind::BitCount && value == 0) {
        if (old == widthMask(f.width))
            return fail(std::string(f.name) + " has all its " + std::to_string(f.width) + " bits burnt already");
        value = old | (old + 1);  // the lowest unset bit
    }
    if (value & ~widthMask(f.width))
        return fail("value " + base::hexNumber(value) + " is too large for " + std::string(f.name) + " (" +
                    std::to_string(f.width) + " bits, at most " + base::hexNumber(widthMask(f.width)) + ")");
    if (f.name == "CODING_SCHEME" && (old | value) == 2)
        return fail("coding scheme 2 (Repeat) is not supported by the ESP32 bootloader or espefuse");
    orBits(f.block, f.firstBit, f.width, value);
    return rawBits(f.block, f.firstBit, f.width);
}

base::Status Efuses::burnKey(int block, base::ByteView keyFile, bool protect) {
    if (block < 1 || block > 3) return fail("key block must be BLK1, BLK2 or BLK3");
    const auto& f = *findEfuseField("BLK" + std::to_string(block));
    size_t expected = size_t(keyWordCount()) * 4;
    if (keyFile.size() != expected)
        return fail("key file is " + std::to_string(keyFile.size()) + " bytes; with coding scheme " +
                    (expected == 24 ? "3/4 it must be 24 bytes (192 bits)" : "None it must be 32 bytes (256 bits)"));
    PYFW_TRY(checkWritable(f));
    if (isReadProtected(f))
        return fail(std::string(f.name) + " is read-protected, so it cannot be checked to be blank; "
                    "burning over a key would corrupt it");
    bool blank = true;
    for (uint8_t byte : readKeyBlock(block)) blank = blank && byte == 0;
    if (!blank) return fail(std::string(f.name) + " already holds a key; a key can be burnt only once");
    PYFW_ASSIGN(auto registers, security::keyFileToEfuseBlock(keyFile));
    PYFW_TRY(burnKeyWords(block, registers));
    if (protect) {
        PYFW_TRY(writeProtect(f));
        PYFW_TRY(readProtect(f));
    }
    return base::okStatus();
}

base::Status Efuses::burnKeyWords(int block, base::ByteView wordsLittleEndian) {
    const auto& f = *findEfuseField("BLK" + std::to_string(block));
    PYFW_TRY(checkWritable(f));
    if (wordsLittleEndian.size() > size_t(keyWordCount()) * 4)
        return fail(std::string(f.name) + " holds " + std::to_string(keyWordCount() * 4) + " bytes in this coding scheme");
    for (size_t i = 0; i + 4 <= wordsLittleEndian.size(); i += 4)
        word(block, int(i / 4)) |= base::readLe32(&wordsLittleEndian[i]);
    return base::okStatus();
}

base::Status Efuses::writeProtect(const EfuseField& f) {
    if (f.writeDisableBit < 0) return fail(std::string(f.name) + " has no write-protection bit");
    if (isWriteProtected(f)) return base::okStatus();
    PYFW_TRY(checkWritable(field("WR_DIS")));
    word(0, 0) |= uint32_t(1) << f.writeDisableBit;
    return base::okStatus();
}

base::Status Efuses::readProtect(const EfuseField& f) {
    if (f.readDisableBit < 0) return fail(std::string(f.name) + " cannot be read-protected");
    if (isReadProtected(f)) return base::okStatus();
    PYFW_TRY(checkWritable(field("RD_DIS")));
    word(0, 0) |= uint32_t(1) << (16 + f.readDisableBit);
    return base::okStatus();
}

void Efuses::programFactoryIdentity(const std::array<uint8_t, 6>& mac, int chipRevision) {
    word(0, 1) = base::readBe32(&mac[2]);
    word(0, 2) = (word(0, 2) & 0xFF000000u) | uint32_t(macCrc8(mac)) << 16 | uint32_t(mac[0]) << 8 | mac[1];
    if (chipRevision >= 1) word(0, 3) |= uint32_t(1) << 15;
}

uint8_t macCrc8(const std::array<uint8_t, 6>& mac) {
    uint8_t crc = 0;
    for (uint8_t byte : mac) {
        crc ^= byte;
        for (int i = 0; i < 8; ++i) crc = (crc & 1) ? uint8_t((crc >> 1) ^ 0x8C) : uint8_t(crc >> 1);
    }
    return crc;
}

std::string formatMac(const std::array<uint8_t, 6>& mac) {
    char text[18];
    std::snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
    return text;
}

}  // namespace pyfw::chip
