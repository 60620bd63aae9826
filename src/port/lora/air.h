// Where the board's SX127x sends its signals and hears others: the air. With no world connected
// the air is empty (empty_air.h); with one it is the shared medium of `pyfw world serve`
// (world_air.h). The radio's owner (lora_stack.h) makes the calls; the air reports what happened
// through the listener, on whichever thread notices it, never from inside a call.
#pragma once

#include <cstdint>
#include <functional>

#include "base/bytes.h"

namespace pyfw::port::lora {

// The SX127x settings that matter on air.
struct AirSettings {
    uint32_t frequencyHz = 868100000;
    uint8_t spreadingFactor = 7;   // 6..12
    uint16_t bandwidthKhz = 125;   // 125, 250, 500
    uint8_t codingRate = 1;        // 1..4 = 4/5..4/8
    uint16_t preambleSymbols = 8;
    bool invertedIq = false;
    bool publicSync = true;        // sync word 0x34 (LoRaWAN) or 0x12 (private networks)
    bool crc = true;
};

struct AirEvent {
    enum class Kind : uint8_t { TxDone, RxDone, RxTimeout } kind = Kind::TxDone;
    int64_t timeUs = 0;            // the board's clock when it happened
    int16_t rssiDbm = 0;           // RxDone
    double snrDb = 0;              // RxDone
    base::Bytes payload;           // RxDone
};

class Air {
public:
    using Listener = std::function<void(const AirEvent&)>;
    virtual ~Air() = default;
    virtual void setListener(Listener listener) = 0;
    // A TxDone follows after the time on air.
    virtual void transmit(const AirSettings& settings, int8_t powerDbm, base::ByteView payload) = 0;
    // Listens from openUs (the past means now) for windowUs (0: until standby, transmit or another
    // receive); a window in which no preamble starts ends with RxTimeout.
    virtual void receive(const AirSettings& settings, int64_t openUs, uint32_t windowUs) = 0;
    virtual void standby() = 0;
};

}  // namespace pyfw::port::lora
