#include "sigfox/downlink_frame.h"

#include "crypto/aes.h"

namespace pyfw::sigfox {

namespace {

constexpr size_t kEccSize = 4, kPayloadAt = 4, kAuthAt = 12, kCrcAt = 14;

// alpha^j in GF(16) with x^4 + x + 1: the syndrome weight of row j in the column code.
constexpr uint8_t kAlphaPower[kDownlinkFrameSize] = {1, 2, 4, 8, 3, 6, 12, 11, 5, 10, 7, 14, 15, 13, 9};

// The next 9-bit word of the whitening sequence: eight steps of the LFSR with taps 0x21.
uint16_t nextWhiteningWord(uint16_t pn) {
    for (int step = 0; step < 8; ++step) {
        bool feedback = ((pn >> 5) ^ pn) & 1;
        pn = uint16_t(pn >> 1 | (feedback ? 0x100 : 0));
    }
    return pn;
}

// XORs the PN words, nine bits each, most significant first, over the frame's 120 bits. Its own
// inverse.
void whiten(DownlinkFrame& frame, uint32_t deviceId, uint16_t counter) {
    uint16_t pn = uint16_t((deviceId * uint32_t(counter)) & 0x1FF);
    if (pn == 0) pn = 0x1FF;
    for (size_t bit = 0; bit < kDownlinkFrameSize * 8;) {
        pn = nextWhiteningWord(pn);
        for (int i = 8; i >= 0 && bit < kDownlinkFrameSize * 8; --i, ++bit)
            if ((pn >> i) & 1) frame[bit / 8] ^= uint8_t(0x80 >> (bit % 8));
    }
}

uint8_t columnSyndrome(const DownlinkFrame& frame, int column) {
    uint8_t syndrome = 0;
    for (size_t row = 0; row < kDownlinkFrameSize; ++row)
        if ((frame[row] >> column) & 1) syndrome ^= kAlphaPower[row];
    return syndrome;
}

std::array<uint8_t, 2> downlinkAuth(uint32_t deviceId, uint16_t counter, const uint8_t* payload, const DeviceKey& key) {
    crypto::AesBlock block{};
    size_t at = 0;
    for (int shift = 0; shift < 32; shift += 8) block[at++] = uint8_t(deviceId >> shift);
    block[at++] = uint8_t(counter);
    block[at++] = uint8_t(counter >> 8 & 0x0F);
    for (size_t i = 0; i < kDownlinkPayload; ++i) block[at++] = payload[i];
    // The block is filled by repeating its start: the ID's two least significant bytes.
    block[at++] = block[0];
    block[at++] = block[1];
    crypto::AesBlock sealed = crypto::Aes128::encryptBlock(key, block);
    return {sealed[0], sealed[1]};
}

}  // namespace

DownlinkFrame buildDownlinkFrame(uint32_t deviceId, uint16_t counter, const DownlinkPayload& payload,
                                 const DeviceKey& key) {
    DownlinkFrame frame{};
    std::copy(payload.begin(), payload.end(), frame.begin() + kPayloadAt);
    auto auth = downlinkAuth(deviceId, counter, payload.data(), key);
    frame[kAuthAt] = auth[0];
    frame[kAuthAt + 1] = auth[1];
    frame[kCrcAt] = crc8(base::ByteView(frame.data() + kPayloadAt, kDownlinkPayload + 2));
    // Rows 0..3 weigh 1, 2, 4, 8: the ECC bits of a column are its syndrome over the other rows.
    for (int column = 0; column < 8; ++column) {
        uint8_t syndrome = columnSyndrome(frame, column);
        for (size_t row = 0; row < kEccSize; ++row)
            if ((syndrome >> row) & 1) frame[row] |= uint8_t(1 << column);
    }
    whiten(frame, deviceId, counter);
    return frame;
}

std::optional<DownlinkPayload> decodeDownlinkFrame(const DownlinkFrame& received, uint32_t deviceId, uint16_t counter,
                                                   const DeviceKey& key) {
    DownlinkFrame frame = received;
    whiten(frame, deviceId, counter);
    for (int column = 0; column < 8; ++column) {
        uint8_t syndrome = columnSyndrome(frame, column);
        if (syndrome == 0) continue;
        for (size_t row = 0; row < kDownlinkFrameSize; ++row)
            if (kAlphaPower[row] == syndrome) frame[row] ^= uint8_t(1 << column);
    }
    if (crc8(base::ByteView(frame.data() + kPayloadAt, kDownlinkPayload + 2)) != frame[kCrcAt]) return std::nullopt;
    auto auth = downlinkAuth(deviceId, counter, frame.data() + kPayloadAt, key);
    if (frame[kAuthAt] != auth[0] || frame[kAuthAt + 1] != auth[1]) return std::nullopt;
    DownlinkPayload payload;
    std::copy(frame.begin() + kPayloadAt, frame.begin() + kAuthAt, payload.begin());
    return payload;
}

}  // namespace pyfw::sigfox
