// The checks every Sigfox frame carries (Sigfox device radio specification, as the open Sigfox
// end-point library implements it): the uplink CRC-16, the downlink CRC-8, and the message
// authentication code made with the device's own AES-128 key.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"

namespace pyfw::sigfox {

using DeviceKey = std::array<uint8_t, 16>;

// CRC-16, polynomial 0x1021, initial value 0, MSB first (the uplink sends its complement).
uint16_t crc16(base::ByteView data);
// CRC-8, polynomial 0x2F, initial value 0, MSB first (the downlink's).
uint8_t crc8(base::ByteView data);

// The uplink's UL-AUTH: AES-128 in CBC mode with a zero IV over `covered` (LI/BF/counter, device
// ID, payload) repeated cyclically to fill each 16-byte block: one block, or two for payloads of
// 11 and 12 bytes. The first `size` bytes (2..5) of the last block are sent.
base::Bytes uplinkAuth(const DeviceKey& key, base::ByteView covered, size_t payloadSize, size_t size);

}  // namespace pyfw::sigfox
