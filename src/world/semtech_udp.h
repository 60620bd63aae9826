// The Semtech packet forwarder UDP protocol, version 2 (Lora-net/packet_forwarder PROTOCOL.TXT):
// the 12-byte (or 4-byte) headers and the rxpk/txpk JSON objects. Parsing checks every field it
// uses, so a malformed datagram is an error naming what was wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::world {

enum class SemtechType : uint8_t { PushData = 0, PushAck = 1, PullData = 2, PullResp = 3, PullAck = 4, TxAck = 5 };

struct SemtechPacket {
    uint16_t token = 0;
    SemtechType type = SemtechType::PushData;
    uint64_t gatewayEui = 0;  // PUSH_DATA, PULL_DATA, TX_ACK only
    std::string json;         // PUSH_DATA, PULL_RESP, TX_ACK (may be empty)
};

base::Result<SemtechPacket> parseSemtechPacket(base::ByteView datagram);
base::Bytes encodeSemtechPacket(const SemtechPacket& packet);

struct RxPacket {
    uint32_t tmst = 0;
    uint32_t frequencyHz = 0;
    uint8_t spreadingFactor = 7;  // 0xFF: FSK
    uint16_t bandwidthKhz = 125;
    int stat = 1;
    double rssi = 0;
    double snr = 0;
    base::Bytes data;
};

struct TxPacket {
    bool immediate = false;
    uint32_t tmst = 0;
    uint32_t frequencyHz = 0;
    uint8_t spreadingFactor = 7;
    uint16_t bandwidthKhz = 125;
    int powerDbm = 14;
    bool invertedIq = true;
    base::Bytes data;
};

std::string encodeRxpkJson(const std::vector<RxPacket>& packets);
base::Result<std::vector<RxPacket>> parseRxpkJson(const std::string& json);
std::string encodeTxpkJson(const TxPacket& packet);
base::Result<TxPacket> parseTxpkJson(const std::string& json);
// TX_ACK body: "NONE" or an error such as "TOO_LATE".
std::string encodeTxAckJson(const std::string& error);
std::optional<std::string> txAckError(const std::string& json);

}  // namespace pyfw::world
