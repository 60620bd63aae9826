// The Sigfox downlink frame (DL-PHY content, 15 bytes), as the Sigfox device radio specification
// defines it and the open Sigfox end-point library decodes it:
//
//   ECC (4 bytes) | payload (8 bytes) | DL-AUTH (2 bytes) | CRC-8 (1 byte)
//
// DL-AUTH is the first two bytes of AES-128(device key) over the device ID (least significant
// first), the 12-bit counter of the uplink that asked for it (low byte first), the payload and
// the block's first two bytes again (the ID's two least significant bytes). The ECC makes each bit column of the 15 bytes a BCH(15,11)
// code word (one error in each corrected), and the whole content is whitened with a 9-bit PN
// sequence seeded by device ID x counter. The preamble and sync word belong to the radio.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "sigfox/frame_check.h"

namespace pyfw::sigfox {

inline constexpr size_t kDownlinkPayload = 8;
inline constexpr size_t kDownlinkFrameSize = 15;
using DownlinkPayload = std::array<uint8_t, kDownlinkPayload>;
using DownlinkFrame = std::array<uint8_t, kDownlinkFrameSize>;

DownlinkFrame buildDownlinkFrame(uint32_t deviceId, uint16_t counter, const DownlinkPayload& payload,
                                 const DeviceKey& key);
// The payload when the frame is for this device and uplink (after at most one bit error per column
// is corrected), nothing otherwise.
std::optional<DownlinkPayload> decodeDownlinkFrame(const DownlinkFrame& frame, uint32_t deviceId, uint16_t counter,
                                                   const DeviceKey& key);

}  // namespace pyfw::sigfox
