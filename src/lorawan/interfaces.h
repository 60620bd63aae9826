// What the MAC needs from its surroundings: a radio, a clock and a place to keep state across
// deep sleep. The board provides real ones; tests and the simulated world provide fakes that run
// on virtual time. A radio never calls back into the device from inside transmit()/receive(): it
// reports completion later through Device::onTxDone / onRxDone / onRxTimeout.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/bytes.h"
#include "base/clock.h"
#include "base/result.h"
#include "lorawan/region.h"

namespace pyfw::lorawan {

struct TxRequest {
    uint32_t frequencyHz;
    uint8_t dr;
    DataRate rate;
    int8_t powerDbm;
    base::ByteView frame;  // valid only during the call; copy it
};

struct RxRequest {
    uint32_t frequencyHz;
    uint8_t dr;
    DataRate rate;
    int64_t openUs;      // when the receiver starts listening
    uint32_t windowUs;   // how long a preamble may take to start; 0 = listen until told otherwise
};

class Radio {
public:
    virtual ~Radio() = default;
    virtual void transmit(const TxRequest& request) = 0;
    virtual void receive(const RxRequest& request) = 0;
    virtual void standby() = 0;
};

// The board's clock (the simulated world's own clock in simulations).
using Clock = base::Clock;

// Named blobs that survive deep sleep and power cycles (NVS on the board).
class Storage {
public:
    virtual ~Storage() = default;
    virtual std::optional<base::Bytes> load(std::string_view key) = 0;
    virtual base::Status store(std::string_view key, base::ByteView value) = 0;
    virtual void erase(std::string_view key) = 0;
};

}  // namespace pyfw::lorawan
