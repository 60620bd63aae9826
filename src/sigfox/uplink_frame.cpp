#include "sigfox/uplink_frame.h"

#include <string>

namespace pyfw::sigfox {

namespace {

constexpr uint8_t kPreamble = 0xAA;
constexpr size_t kHeaderSize = 4;                        // UL-PR + UL-FT: never convolved
constexpr size_t kFixedFieldsSize = 2 + 4;               // LI/BF/counter + device ID
constexpr size_t kCrcSize = 2;
constexpr size_t kMinFrameSize = kHeaderSize + kFixedFieldsSize + 2 + kCrcSize;
constexpr size_t kMaxFrameSize = kHeaderSize + kFixedFieldsSize + kMaxUplinkPayload + 5 + kCrcSize;

// UL-FT by payload class (rows) and frame rank (columns).
constexpr int kControlClass = 5;
constexpr uint16_t kFrameTypes[6][kFrameRanks] = {
    {0xA06B, 0xA6E0, 0xA034},   // empty or one bit
    {0xA08D, 0xA0D2, 0xA302},   // 1 byte
    {0xA35F, 0xA598, 0xA5A3},   // 2..4 bytes
    {0xA611, 0xA6BF, 0xA72C},   // 5..8 bytes
    {0xA94C, 0xA971, 0xA997},   // 9..12 bytes
    {0xAF67, 0xAFC9, 0xB1BE},   // control (out of band)
};

struct Layout {
    int payloadClass;
    uint8_t li;
    size_t payloadSize;
    size_t authSize;
};

// LI and the UL-AUTH length of a payload of `size` bytes in a class that holds up to 4*(class-1).
Layout filling(int payloadClass, size_t size) {
    uint8_t li = uint8_t(3 - (size - 1) % 4);
    return {payloadClass, li, size, size_t(li) + 2};
}

base::Result<Layout> layoutOf(const Uplink& uplink) {
    const size_t size = uplink.payload.size();
    switch (uplink.kind) {
    case UplinkKind::Bit:
        if (size) return base::fail("a bit message carries no payload bytes");
        return Layout{0, uint8_t(uplink.bit ? 3 : 2), 0, 2};
    case UplinkKind::Control:
        if (size != 7 && size != 8) return base::fail("a control message carries 7 or 8 bytes");
        return filling(kControlClass, size);
    case UplinkKind::Bytes:
        if (size > kMaxUplinkPayload)
            return base::fail("an uplink carries at most 12 bytes, not " + std::to_string(size));
        if (size == 0) return Layout{0, 0, 0, 2};
        if (size == 1) return Layout{1, 0, 1, 2};
        return filling(int((size - 1) / 4) + 2, size);
    }
    return base::fail("unknown uplink kind");
}

// The two convolutional codes of ranks 1 and 2 (generators 1+D+D^2 and 1+D^2); rank 0 is plain.
// `history` holds the last two input bits, the newer in bit 1.
bool codeBit(int rank, uint8_t history) {
    if (rank == 1) return ((history >> 1) ^ history) & 1;
    if (rank == 2) return history & 1;
    return false;
}

void convolve(base::Bytes& frame, int rank, bool decode) {
    uint8_t history = 0;
    for (size_t at = kHeaderSize; at < frame.size(); ++at) {
        uint8_t out = 0;
        for (int bit = 7; bit >= 0; --bit) {
            // Either way the other end is this bit flipped by the code; the history is the input's.
            bool given = (frame[at] >> bit) & 1;
            bool other = given != codeBit(rank, history);
            bool input = decode ? other : given;
            out |= uint8_t(other << bit);
            history = uint8_t((history >> 1) | (input << 1));
        }
        frame[at] = out;
    }
}

}  // namespace

base::Result<base::Bytes> buildUplinkFrame(const Uplink& uplink, const DeviceKey& key, int rank) {
    if (rank < 0 || rank >= kFrameRanks) return base::fail("a message has frames of rank 0, 1 and 2");
    if (uplink.counter >= kCounterModulo) return base::fail("the message counter is 12 bits");
    auto layout = layoutOf(uplink);
    if (!layout.ok()) return layout.error();
    const uint16_t type = kFrameTypes[layout->payloadClass][rank];
    base::Bytes frame{kPreamble, kPreamble, uint8_t(type >> 8), uint8_t(type)};
    frame.push_back(uint8_t(layout->li << 6 | (uplink.downlinkRequest ? 1 << 5 : 0) | uplink.counter >> 8));
    frame.push_back(uint8_t(uplink.counter));
    for (int shift = 0; shift < 32; shift += 8) frame.push_back(uint8_t(uplink.deviceId >> shift));
    if (uplink.kind != UplinkKind::Bit) frame.insert(frame.end(), uplink.payload.begin(), uplink.payload.end());
    base::ByteView covered(frame.data() + kHeaderSize, frame.size() - kHeaderSize);
    base::Bytes auth = uplinkAuth(key, covered, layout->payloadSize, layout->authSize);
    frame.insert(frame.end(), auth.begin(), auth.end());
    uint16_t crc = uint16_t(~crc16(base::ByteView(frame.data() + kHeaderSize, frame.size() - kHeaderSize)));
    frame.push_back(uint8_t(crc >> 8));
    frame.push_back(uint8_t(crc));
    convolve(frame, rank, false);
    return frame;
}

base::Result<ReceivedUplink> parseUplinkFrame(base::ByteView bytes) {
    if (bytes.size() < kMinFrameSize || bytes.size() > kMaxFrameSize)
        return base::fail("a " + std::to_string(bytes.size()) + "-byte frame is no Sigfox uplink (14 to 29 bytes)");
    if (bytes[0] != kPreamble || bytes[1] != kPreamble) return base::fail("the frame does not start with the preamble");
    const uint16_t type = uint16_t(bytes[2] << 8 | bytes[3]);
    ReceivedUplink received;
    int payloadClass = -1;
    for (int c = 0; c <= kControlClass; ++c)
        for (int r = 0; r < kFrameRanks; ++r)
            if (kFrameTypes[c][r] == type) payloadClass = c, received.rank = r;
    if (payloadClass < 0) return base::fail("unknown frame type 0x" + base::toHex(base::ByteView(bytes.data() + 2, 2)));
    base::Bytes frame(bytes.begin(), bytes.end());
    convolve(frame, received.rank, true);
    Uplink& uplink = received.uplink;
    const uint8_t li = frame[4] >> 6;
    if (frame[4] & 0x10) return base::fail("the reserved bit after the downlink flag is set");
    uplink.downlinkRequest = frame[4] & 0x20;
    uplink.counter = uint16_t((frame[4] & 0x0F) << 8 | frame[5]);
    for (int i = 0; i < 4; ++i) uplink.deviceId |= uint32_t(frame[6 + i]) << (8 * i);
    Layout layout{payloadClass, li, 0, 2};
    if (payloadClass == 0) {
        if (li == 1) return base::fail("LI 1 in a frame of the empty/bit class");
        uplink.kind = li == 0 ? UplinkKind::Bytes : UplinkKind::Bit;
        uplink.bit = li == 3;
    } else if (payloadClass == 1) {
        if (li != 0) return base::fail("LI must be 0 in a 1-byte frame");
        layout.payloadSize = 1;
    } else {
        const size_t capacity = payloadClass == kControlClass ? 8 : size_t(4 * (payloadClass - 1));
        layout.payloadSize = capacity - li;
        layout.authSize = size_t(li) + 2;
        if (payloadClass == kControlClass) {
            if (layout.payloadSize < 7) return base::fail("a control frame carries 7 or 8 bytes");
            uplink.kind = UplinkKind::Control;
        }
    }
    const size_t expected = kHeaderSize + kFixedFieldsSize + layout.payloadSize + layout.authSize + kCrcSize;
    if (frame.size() != expected)
        return base::fail("the frame has " + std::to_string(frame.size()) + " bytes where its type and LI say " +
                          std::to_string(expected));
    const size_t payloadAt = kHeaderSize + kFixedFieldsSize, authAt = payloadAt + layout.payloadSize;
    const size_t crcAt = authAt + layout.authSize;
    uint16_t crc = uint16_t(~crc16(base::ByteView(frame.data() + kHeaderSize, crcAt - kHeaderSize)));
    if (frame[crcAt] != uint8_t(crc >> 8) || frame[crcAt + 1] != uint8_t(crc)) return base::fail("CRC mismatch");
    uplink.payload.assign(frame.begin() + payloadAt, frame.begin() + authAt);
    received.covered.assign(frame.begin() + kHeaderSize, frame.begin() + authAt);
    received.auth.assign(frame.begin() + authAt, frame.begin() + crcAt);
    return received;
}

bool isAuthentic(const ReceivedUplink& frame, const DeviceKey& key) {
    return uplinkAuth(key, frame.covered, frame.uplink.payload.size(), frame.auth.size()) == frame.auth;
}

int64_t uplinkAirtimeUs(size_t size, int bitsPerSecond) {
    return bitsPerSecond > 0 ? int64_t(size) * 8 * 1'000'000 / bitsPerSecond : 0;
}

}  // namespace pyfw::sigfox
