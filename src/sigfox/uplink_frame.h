// The Sigfox uplink frame, bit for bit as the Sigfox device radio specification defines it (and as
// the open Sigfox end-point library builds it):
//
//   UL-PR 0xAAAA | UL-FT (2 bytes: the end of the preamble and the frame type, by payload class and
//   frame rank) | LI (2 bits) BF (1 bit, downlink request) 0 (1 bit) message counter (12 bits) |
//   device ID (4 bytes, least significant first) | payload (0..12 bytes) | UL-AUTH (2..5 bytes,
//   AES-128 with the device key) | CRC-16 (complement, big-endian)
//
// A message goes out as up to three frames (ranks 0, 1, 2) on three frequencies; ranks 1 and 2 are
// the same bits after LI passed through two convolutional codes, so a base station that hears any
// one of them has the message. LI tells how much of the payload class the payload fills: with the
// class it gives the payload length and the UL-AUTH length (together they always fill the class).
#pragma once

#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "base/result.h"
#include "sigfox/frame_check.h"

namespace pyfw::sigfox {

inline constexpr size_t kMaxUplinkPayload = 12;
inline constexpr uint16_t kCounterModulo = 4096;   // the message counter is 12 bits
inline constexpr int kFrameRanks = 3;

enum class UplinkKind : uint8_t {
    Bytes,     // an application message of 0..12 bytes (0: an empty frame)
    Bit,       // an application message of one bit
    Control,   // an out-of-band control message: keep-alive (type 0x08, 7 bytes) or the
               // confirmation of a downlink (0x09, 8 bytes)
};
inline constexpr uint8_t kControlKeepAlive = 0x08;
inline constexpr uint8_t kControlDownlinkConfirmation = 0x09;

struct Uplink {
    UplinkKind kind = UplinkKind::Bytes;
    uint32_t deviceId = 0;
    uint16_t counter = 0;
    bool downlinkRequest = false;
    bool bit = false;       // Bit
    base::Bytes payload;    // Bytes and Control
};

// The bytes on air of frame `rank` (0..2) of `uplink`; an error names what breaks the rules.
base::Result<base::Bytes> buildUplinkFrame(const Uplink& uplink, const DeviceKey& key, int rank);

// A frame as a base station reads it, before it knows the key.
struct ReceivedUplink {
    int rank = 0;
    Uplink uplink;
    base::Bytes covered;    // what UL-AUTH covers
    base::Bytes auth;
};
base::Result<ReceivedUplink> parseUplinkFrame(base::ByteView frame);
bool isAuthentic(const ReceivedUplink& frame, const DeviceKey& key);

// The time a frame of `size` bytes takes on air at `bitsPerSecond`.
int64_t uplinkAirtimeUs(size_t size, int bitsPerSecond);

}  // namespace pyfw::sigfox
