// The air of a board that no world is connected to: its transmissions take their time on air and
// nobody hears them; its receive windows hear nothing and end on time. Timed by the board's clock.
#pragma once

#include <mutex>

#include "port/board_time.h"
#include "port/lora/air.h"

namespace pyfw::port::lora {

class EmptyAir final : public Air {
public:
    explicit EmptyAir(BoardTime& time) : time_(time) {}
    ~EmptyAir() override { standby(); }

    void setListener(Listener listener) override;
    void transmit(const AirSettings& settings, int8_t powerDbm, base::ByteView payload) override;
    void receive(const AirSettings& settings, int64_t openUs, uint32_t windowUs) override;
    void standby() override;

private:
    void schedule(int64_t atUs, AirEvent::Kind kind);

    BoardTime& time_;
    std::mutex mutex_;
    Listener listener_;
    uint64_t timer_ = 0;   // the pending TxDone or RxTimeout; 0: none
    uint64_t generation_ = 0;
};

}  // namespace pyfw::port::lora
