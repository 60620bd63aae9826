// A board's end of the radio link: how an SX127x model reaches the shared RF medium of a world
// process (`pyfw world serve`), where other boards, simulated devices and gateways are.
//
// Use (the board's radio model):
//
//   auto link = RadioLinkClient::connect("/tmp/world.sock", "lopy4-a", x, y);
//   link->receive(params);                    // RX continuous, or a window: receive(params, windowUs)
//   link->transmit(params, 14, frame);        // a TxDone event follows after the time on air
//   auto event = link->waitUntil(wakeUs);     // the only place the board waits
//
// Time. The world says in its welcome whether it runs on virtual or real time.
//  - Virtual time: the world's clock and the board's agree. The board runs (executes Python, makes
//    radio calls) from the time the world last gave it; its own clock may move on while it runs
//    (CPU work costs virtual time on a board), so every call carries the board's clock (`atUs`;
//    -1 means the time the world last gave). When the board has nothing to do before some time
//    (a sleep, a receive window, a timer), it calls waitUntil(t). Only then may the world move
//    time on, and it does so when every board is waiting: the call returns the first radio event
//    for this board (TxDone, RxDone, RxTimeout with its time) or Granted at t. An event that
//    happened while the board ran ahead of the world comes at the board's next wait, with the
//    time it happened (which may then be behind the board's clock). A board that never waits
//    stops the whole world, as any CPU loop stops virtual time.
//  - Real time: the world's clock is the host's monotonic clock (microseconds since the world
//    started); radio calls take effect when they arrive; waitUntil(t) waits at most until t on
//    that clock, and returns Granted when it passes without an event.
// Radio calls are made only by the thread that calls waitUntil. Every call fails with an error
// once the world has closed the connection.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/radio_link.h"

namespace pyfw::chip {

struct RadioEvent {
    enum class Kind : uint8_t { TxDone, RxDone, RxTimeout, Granted };
    Kind kind = Kind::Granted;
    int64_t timeUs = 0;     // world time of the event
    int16_t rssiDbm = 0;    // RxDone
    double snrDb = 0;       // RxDone
    base::Bytes payload;    // RxDone
};

class RadioLinkClient {
public:
    // Connects to the world's socket and introduces the board by name and position (metres from
    // the first gateway; the world derives path losses from positions).
    static base::Result<RadioLinkClient> connect(const std::filesystem::path& socket, const std::string& name,
                                                 double x = 0, double y = 0, int timeoutMs = 5000);
    RadioLinkClient(RadioLinkClient&& other) noexcept;
    RadioLinkClient& operator=(RadioLinkClient&&) = delete;
    ~RadioLinkClient();

    formats::RadioLinkTime timeMode() const { return time_; }
    bool virtualTime() const { return time_ == formats::RadioLinkTime::Virtual; }
    uint32_t station() const { return station_; }
    // Virtual time: the latest of the times the world gave and the board's calls carried. Real
    // time: the world's clock now.
    int64_t nowUs() const;

    base::Status transmit(const formats::RadioParams& params, int8_t powerDbm, base::ByteView payload,
                          int64_t atUs = -1);
    // Listens for windowUs (0: until standby, transmit or another receive) from openUs (0: now).
    base::Status receive(const formats::RadioParams& params, uint32_t windowUs = 0, int64_t openUs = 0,
                         int64_t atUs = -1);
    base::Status standby(int64_t atUs = -1);
    // Waits for the next radio event, or until untilUs (formats::kRadioLinkForever: no limit).
    base::Result<RadioEvent> waitUntil(int64_t untilUs, int64_t atUs = -1);
    // Says goodbye and closes the connection.
    void close();

private:
    RadioLinkClient(int fd, formats::RadioLinkTime time, uint32_t station, int64_t worldNowUs);
    base::Status send(const formats::RadioLinkMessage& message);
    // The next message from the world; waits up to timeoutMs (-1: no limit). nullopt: timeout.
    base::Result<std::optional<formats::RadioLinkMessage>> readMessage(int timeoutMs);
    static std::optional<RadioEvent> eventOf(const formats::RadioLinkMessage& message);
    // The board's clock for a call: `atUs`, or the time last known when it is -1.
    int64_t callTime(int64_t atUs);

    int fd_ = -1;
    formats::RadioLinkTime time_ = formats::RadioLinkTime::Virtual;
    uint32_t station_ = 0;
    int64_t nowUs_ = 0;            // virtual time
    int64_t realOffsetUs_ = 0;     // real time: world time = host monotonic time - offset
    formats::RadioLinkReader reader_;
};

}  // namespace pyfw::chip
