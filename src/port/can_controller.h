// The ESP32's CAN controller as Pycom's machine.CAN drives it (machcan.c): a mode (normal or
// silent), a bit rate in kbit/s, the frame formats it takes, a software acceptance filter, a
// receive queue of `rx_queue_len` frames and the events the Python callback can ask for. Frames
// come from the bus's reader thread (deliver) and are taken by the interpreter (take); it lives
// for a hard boot, as the chip's peripheral does.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "port/can_bus.h"

namespace pyfw::port {

enum class CanFormat { Standard = 0, Extended = 1, Both = 2 };
enum class CanFilterMode { List = 0, Range = 1, Mask = 2 };

// Pycom's event bits (CAN.RX_FRAME, RX_FIFO_NOT_EMPTY, RX_FIFO_OVERRUN).
inline constexpr uint32_t kCanRxFrame = 1, kCanRxFifoNotEmpty = 2, kCanRxFifoOverrun = 4;
inline constexpr size_t kCanMaxFilterRows = 32;

struct CanFilter {
    CanFilterMode mode = CanFilterMode::List;
    std::vector<std::pair<uint32_t, uint32_t>> rows;   // List: (id, id); Range: (low, high); Mask: (filter, mask)

    bool accepts(uint32_t id) const;
};

struct CanSettings {
    bool silent = false;
    uint32_t kbps = 500;
    CanFormat format = CanFormat::Standard;
    size_t queueLength = 128;
};

class CanController {
public:
    // `bus` may be null (nothing wired to the pins); `onEvents` runs on the delivering thread when
    // a delivered frame raised one of the callback's trigger bits.
    CanController(CanBus* bus, std::function<void(uint32_t)> onEvents);
    ~CanController();
    CanController(const CanController&) = delete;
    CanController& operator=(const CanController&) = delete;

    // init(): the new settings, an empty queue, no filter, no events.
    void start(const CanSettings& settings);
    void stop();
    bool running() const;

    // Puts a frame on the bus; false in silent mode (the controller does not drive the bus).
    bool send(const CanFrame& frame);
    // A frame from the bus (any thread).
    void deliver(const CanWireFrame& wire);

    std::optional<CanFrame> take();
    size_t queued() const;
    // Read and cleared, as Pycom's events().
    uint32_t takeEvents();
    void setFilter(std::optional<CanFilter> filter);
    // The events that call onEvents (0: none).
    void setCallbackTrigger(uint32_t trigger);

    // Readable while the queue holds a frame: for a wait with a timeout (recv).
    int readyFd() const { return readyFds_[0]; }

private:
    void setReady(bool ready);   // with mutex_ held

    CanBus* bus_;
    std::function<void(uint32_t)> onEvents_;
    mutable std::mutex mutex_;
    bool running_ = false;
    CanSettings settings_;
    std::optional<CanFilter> filter_;
    std::deque<CanFrame> queue_;
    uint32_t events_ = 0;
    uint32_t trigger_ = 0;
    int readyFds_[2] = {-1, -1};
    bool readySignalled_ = false;
};

}  // namespace pyfw::port
