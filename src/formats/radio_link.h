// The radio link: the messages a board's radio and the world process exchange over a local
// stream socket (design in src/world/README.md). Shared by both ends: the board's radio client
// (chip/radio_link_client.h) and the world (world/world_server.h).
//
// On the stream each message is a 2-byte little-endian length, then that many bytes: a type byte
// and the fields below, integers little-endian. Decoding checks every length and value and names
// what was wrong; it never reads past the message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

inline constexpr uint8_t kRadioLinkVersion = 1;
inline constexpr size_t kRadioLinkMaxMessage = 1024;
inline constexpr size_t kRadioLinkMaxPayload = 255;   // an SX127x FIFO
inline constexpr int64_t kRadioLinkForever = INT64_MAX;

enum class RadioLinkTime : uint8_t { Virtual = 0, Real = 1 };

// What a transmitter and a receiver must agree on (the SX127x registers that matter on air).
struct RadioParams {
    uint32_t frequencyHz = 868100000;
    uint8_t spreadingFactor = 7;   // 6..12; 0xFF = FSK
    uint16_t bandwidthKhz = 125;   // 125, 250, 500 (FSK: 0)
    uint8_t codingRate = 1;        // 1..4 = 4/5..4/8
    uint16_t preambleSymbols = 8;
    bool invertedIq = false;
    bool publicSync = true;        // sync word 0x34 (LoRaWAN) or 0x12 (private)
    bool crc = true;
    bool operator==(const RadioParams&) const = default;
};

// ---- Board to world ----
// Every radio call and wait carries the board's clock when it was made (atUs): a board's clock may
// run ahead of the time the world last gave it (CPU work costs virtual time), and the world applies
// the call at that time.
struct LinkHello {
    uint8_t version = kRadioLinkVersion;
    std::string name;              // shown in the world's log, 1..32 printable characters
    double x = 0, y = 0;           // where the board stands, metres from the first gateway
};
struct LinkTransmit {
    int64_t atUs = 0;
    RadioParams params;
    int8_t powerDbm = 14;
    base::Bytes payload;
};
struct LinkReceive {
    int64_t atUs = 0;
    RadioParams params;
    int64_t openUs = 0;            // world time; earlier than now means now
    uint32_t windowUs = 0;         // 0: until standby, transmit or another receive
};
struct LinkStandby {
    int64_t atUs = 0;
};
// Virtual time: the board has nothing to do before untilUs (kRadioLinkForever: until a radio
// event); the world answers with a radio event or a LinkGrant.
struct LinkIdle {
    int64_t atUs = 0;
    int64_t untilUs = kRadioLinkForever;
};
struct LinkBye {};

// ---- World to board ----
struct LinkWelcome {
    uint8_t version = kRadioLinkVersion;
    RadioLinkTime time = RadioLinkTime::Virtual;
    int64_t nowUs = 0;
    uint32_t station = 0;
};
struct LinkTxDone {
    int64_t timeUs = 0;
};
struct LinkRxDone {
    int64_t timeUs = 0;            // end of the frame
    int16_t rssiDbm = 0;
    int16_t snrQuarterDb = 0;      // SNR in 0.25 dB steps, as the SX127x reports it
    base::Bytes payload;
};
struct LinkRxTimeout {
    int64_t timeUs = 0;
};
struct LinkGrant {
    int64_t timeUs = 0;            // virtual time: the board's clock is now this and it runs
};
struct LinkError {
    std::string message;
};

using RadioLinkMessage = std::variant<LinkHello, LinkTransmit, LinkReceive, LinkStandby, LinkIdle, LinkBye, LinkWelcome,
                                      LinkTxDone, LinkRxDone, LinkRxTimeout, LinkGrant, LinkError>;

// One message with its 2-byte length in front.
base::Bytes encodeRadioLink(const RadioLinkMessage& message);
// One message body (without the length).
base::Result<RadioLinkMessage> decodeRadioLink(base::ByteView body);

// Splits a byte stream into messages: feed what the socket gave, then take messages until none
// is complete. A length beyond kRadioLinkMaxMessage is an error (the stream cannot be trusted
// any further).
class RadioLinkReader {
public:
    void feed(base::ByteView data) { buffer_.insert(buffer_.end(), data.begin(), data.end()); }
    // nullopt: no whole message yet.
    std::optional<base::Result<RadioLinkMessage>> next();

private:
    base::Bytes buffer_;
};

}  // namespace pyfw::formats
