// The air of a board connected to a world process (`pyfw world serve`, src/world/README.md):
// the radio's calls go over the radio link (chip/radio_link_client.h) to the medium the world
// shares between boards, simulated devices and gateways.
//
// Virtual time: the world is the clock. Whenever the board has nothing to do before some time
// (every thread sleeps or waits for the outside), BoardTime asks idleUntil() instead of jumping:
// the world answers with the first radio event for this board, which becomes a board timer at
// the event's time, or grants the time asked for.
// Real time: the board runs on the host's clock like the world; a thread reads the world's events
// as they come and hands each to the board as a timer at its time (world time less the fixed
// difference between the two clocks, measured when the app starts).
// The link lives for the board's process, across resets and deep sleeps (during which the radio
// is off and events are dropped).
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/result.h"
#include "chip/radio_link_client.h"
#include "port/board_time.h"
#include "port/lora/air.h"
#include "port/lora/empty_air.h"

namespace pyfw::port::lora {

class WorldAir final : public Air {
public:
    static base::Result<std::unique_ptr<WorldAir>> connect(const std::filesystem::path& socket,
                                                          const std::string& name, double x, double y);
    ~WorldAir() override;

    bool virtualTime() const { return link_.virtualTime(); }
    // The running app's clock: aligned with the world's, and gated by it.
    void attach(BoardTime& time);
    void detach();
    // Nothing to do before targetUs (the board's clock): returns the time the clock may move to.
    int64_t idleUntil(int64_t targetUs);
    // Deep sleep, with no app running: waits for the world to reach wakeUs.
    void sleepUntil(int64_t wakeUs);

    void setListener(Listener listener) override;
    void transmit(const AirSettings& settings, int8_t powerDbm, base::ByteView payload) override;
    void receive(const AirSettings& settings, int64_t openUs, uint32_t windowUs) override;
    void standby() override;

private:
    explicit WorldAir(chip::RadioLinkClient link) : link_(std::move(link)) {}
    void lost(const std::string& why);
    // The empty air once the world is gone (null before, or with no app running).
    Air* fallback();
    int64_t boardNowUs() const;
    // Real time: the reader thread's loop, and one event handed to the running app.
    void readEvents();
    void deliver(const chip::RadioEvent& event);

    std::mutex mutex_;
    chip::RadioLinkClient link_;
    BoardTime* time_ = nullptr;
    int64_t worldMinusBoardUs_ = 0;   // real time: world clock - board clock
    std::thread reader_;
    std::atomic<bool> stopping_{false};
    Listener listener_;
    bool broken_ = false;   // the world went away: the radio is in an empty air from then on
    std::unique_ptr<EmptyAir> emptyAir_;
};

}  // namespace pyfw::port::lora
