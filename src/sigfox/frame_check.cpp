#include "sigfox/frame_check.h"

#include "crypto/aes.h"

namespace pyfw::sigfox {

uint16_t crc16(base::ByteView data) {
    uint16_t crc = 0;
    for (uint8_t byte : data) {
        crc ^= uint16_t(byte << 8);
        for (int bit = 0; bit < 8; ++bit) crc = (crc & 0x8000) ? uint16_t(crc << 1 ^ 0x1021) : uint16_t(crc << 1);
    }
    return crc;
}

uint8_t crc8(base::ByteView data) {
    uint8_t crc = 0;
    for (uint8_t byte : data) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc & 0x80) ? uint8_t(crc << 1 ^ 0x2F) : uint8_t(crc << 1);
    }
    return crc;
}

base::Bytes uplinkAuth(const DeviceKey& key, base::ByteView covered, size_t payloadSize, size_t size) {
    const int blocks = payloadSize >= 11 ? 2 : 1;
    crypto::AesBlock chain{};
    size_t next = 0;
    for (int block = 0; block < blocks; ++block) {
        for (uint8_t& byte : chain) {
            byte ^= covered.empty() ? 0 : covered[next];
            next = covered.empty() ? 0 : (next + 1) % covered.size();
        }
        chain = crypto::Aes128::encryptBlock(key, chain);
    }
    return base::Bytes(chain.begin(), chain.begin() + std::min<size_t>(size, chain.size()));
}

}  // namespace pyfw::sigfox
