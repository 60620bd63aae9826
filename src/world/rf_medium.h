// The air: frames in flight with their radio settings, where stations stand, and the rules that
// decide whether a receiver gets a frame (path loss, SNR floor per spreading factor, collisions
// with capture of a frame stronger by the capture margin, half-duplex). No clock of its own: the
// world asks it at the moments that matter.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "lorawan/frame.h"
#include "world/rf.h"
#include "world/ring_queue.h"

namespace pyfw::world {

struct Position {
    double x = 0, y = 0;  // metres
};

// Log-distance path loss: 40 dB at 1 m, 30 dB per decade beyond (100 dB at 100 m, 130 dB at 1 km).
double pathLossDb(const Position& a, const Position& b);
// The point at `lossDb` from the origin, in direction `angle` (radians).
Position positionAtLoss(double lossDb, double angle);

// What a transmitter and a receiver must agree on for the frame to be demodulated at all.
struct RadioSettings {
    uint32_t frequencyHz = 0;
    uint8_t spreadingFactor = 7;  // 0xFF: FSK
    uint16_t bandwidthKhz = 125;
    bool invertedIq = false;      // LoRaWAN downlinks invert IQ, uplinks do not
    bool publicSync = true;       // LoRaWAN's public sync word 0x34
    bool operator==(const RadioSettings&) const = default;
};

inline constexpr uint32_t kGatewaySource = 0x80000000u;  // source ids of gateways have this bit

struct AirFrame {
    uint64_t id = 0;
    int64_t startUs = 0, endUs = 0;
    RadioSettings settings;
    int8_t powerDbm = 14;
    uint32_t source = 0;          // a station index, or kGatewaySource | gateway index
    Position from;
    lorawan::FrameBuffer frame;
    mutable bool heard = false;   // a gateway's downlink some station received
};

// The frames of the last few seconds, in the order they started, and for each set of radio
// settings (a channel) a short log of its own frames, so that the questions asked per frame
// (what overlaps it, what a receiver can still catch) look only at frames that can matter.
class Air {
public:
    // Frames end within this time of their start (the longest LoRa frame lasts under 10 s).
    static constexpr int64_t kHorizonUs = 10'000'000;

    // References to frames last until the next add(): the queue may move its frames then.
    const AirFrame& add(AirFrame frame);
    void forget(int64_t beforeUs);
    const AirFrame* find(uint64_t id) const;

    // Whether `frame` survives at a receiver at `at`: no other frame overlapping it on the same
    // settings reaches the receiver within captureDb of its own power.
    bool survivesAt(const AirFrame& frame, const Position& at, double rssiDbm, double captureDb);
    // The earliest frame on these settings, not sent by `exceptSource`, that started in
    // [fromUs, toUs] and is still on the air at toUs.
    const AirFrame* catchable(const RadioSettings& settings, int64_t fromUs, int64_t toUs, uint32_t exceptSource);

private:
    struct Entry {
        int64_t startUs, endUs;
        uint64_t id;
        uint32_t source;
        int8_t powerDbm;
        Position from;
    };
    struct Channel {
        RingQueue<Entry> entries;
        int64_t longestUs = 0;
    };
    Channel& channel(const RadioSettings& settings);
    void prune(Channel& channel, int64_t beforeUs);

    RingQueue<AirFrame> frames_;
    std::unordered_map<uint64_t, Channel> channels_;
    uint64_t nextId_ = 1;
    int64_t latestStartUs_ = 0;
};

// Received power and SNR of a frame at a receiver: the SNR as the receiver reports it (at most
// kMaxMeasuredSnrDb), whether it can be demodulated from the true one.
struct LinkBudget {
    double rssiDbm;
    double snrDb;
    bool aboveFloor;
};
LinkBudget linkBudget(const AirFrame& frame, const Position& at, double jitterDb = 0);

}  // namespace pyfw::world
