// The board's Sigfox stack (the part of Pycom's Sigfox library that runs on the SiPy, LoPy4 and
// FiPy): the device's identity and key from the config block, its 12-bit message counter in NVS
// (namespace SIGFOX, so resets, deep sleep and power cuts never reuse a counter), the frames of a
// message on three frequencies of the zone's band with their time on air, the downlink window,
// and the radio it shares with LoRa on the LoPy4 and FiPy: a Sigfox message waits until LoRa is
// idle and holds the radio until it is over; LoRa sends wait meanwhile.
//
// It lives for one hard boot (a soft reset keeps the zone set by Sigfox()).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"
#include "port/sigfox_air.h"
#include "port/sigfox_fsk.h"
#include "sigfox/uplink_frame.h"

namespace pyfw::port {

class RunningApp;

class SigfoxRadio {
public:
    SigfoxRadio(RunningApp& app, SigfoxAir* air) : fsk(app), app_(app), air_(air) {}

    int zone = 0;               // index into sigfox::kZones
    bool initialised = false;   // Sigfox() has run in this hard boot
    SigfoxFsk fsk;              // the SiPy's FSK mode (active: Sigfox messages are off)
    std::array<uint32_t, 3> configWords{};   // RCZ2/RCZ4 macro channel configuration (config())

    struct Message {
        sigfox::UplinkKind kind = sigfox::UplinkKind::Bytes;
        base::Bytes payload;
        bool bit = false;
        bool downlinkRequest = false;
        int repeats = 2;         // frames after the first (SO_TX_REPEAT)
    };
    struct Sent {
        uint16_t counter = 0;
        std::optional<sigfox::DownlinkPayload> downlink;   // when one was asked for and came
    };
    // Sends one message and, when it asks for one, waits for its downlink window; the board's
    // clock runs on meanwhile (other threads and callbacks too).
    base::Result<Sent> send(const Message& message);

    // Frames that are not messages (the test modes'): `frame` on air at `frequencyHz`, with the
    // radio held for it; returns when it has been sent.
    void transmitFrame(base::ByteView frame, int64_t frequencyHz);

    // Sigfox.cw: an unmodulated carrier on `frequencyHz` until stopCarrier() or the next message
    // (which sets the radio up for its frames), or the end of this hard boot. On the LoPy4 and
    // FiPy the carrier holds the radio: LoRa sends wait until it stops.
    void startCarrier(int64_t frequencyHz);
    void stopCarrier();
    std::optional<int64_t> carrierHz() const { return carrierHz_; }
    ~SigfoxRadio();

    // The RSSI of the last downlink received (0 before the first).
    int lastRssiDbm() const { return lastRssi_; }
    uint32_t deviceId() const;
    // The counter the next message will carry (0 when NVS cannot be read).
    int nextCounter();

private:
    base::Result<uint16_t> takeCounter();
    void transmit(const sigfox::Uplink& uplink, int repeats, int64_t& firstEndUs);
    std::optional<sigfox::DownlinkPayload> receiveDownlink(const sigfox::Uplink& uplink, int64_t firstEndUs);
    void waitUntil(int64_t us);

    RunningApp& app_;
    SigfoxAir* air_;
    int lastRssi_ = 0;
    std::optional<int64_t> carrierHz_;
};

}  // namespace pyfw::port
