#include "port/can_controller.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace pyfw::port {

bool CanFilter::accepts(uint32_t id) const {
    return std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
        switch (mode) {
            case CanFilterMode::List: return id == row.first;
            case CanFilterMode::Range: return id >= row.first && id <= row.second;
            case CanFilterMode::Mask: return (id & row.second) == (row.first & row.second);
        }
        return false;
    });
}

CanController::CanController(CanBus* bus, std::function<void(uint32_t)> onEvents)
    : bus_(bus), onEvents_(std::move(onEvents)) {
    if (pipe2(readyFds_, O_CLOEXEC | O_NONBLOCK) != 0) readyFds_[0] = readyFds_[1] = -1;
    if (bus_) bus_->setSink([this](const CanWireFrame& wire) { deliver(wire); });
}

CanController::~CanController() {
    if (bus_) bus_->setSink(nullptr);
    for (int fd : readyFds_)
        if (fd >= 0) close(fd);
}

void CanController::setReady(bool ready) {
    if (ready == readySignalled_ || readyFds_[0] < 0) return;
    if (ready) {
        (void)!::write(readyFds_[1], "r", 1);
    } else {
        char drained;
        while (::read(readyFds_[0], &drained, 1) == 1) {
        }
    }
    readySignalled_ = ready;
}

void CanController::start(const CanSettings& settings) {
    std::lock_guard lock(mutex_);
    settings_ = settings;
    running_ = true;
    filter_.reset();
    queue_.clear();
    events_ = 0;
    trigger_ = 0;
    setReady(false);
}

void CanController::stop() {
    std::lock_guard lock(mutex_);
    running_ = false;
    trigger_ = 0;
    queue_.clear();
    setReady(false);
}

bool CanController::running() const {
    std::lock_guard lock(mutex_);
    return running_;
}

bool CanController::send(const CanFrame& frame) {
    uint32_t kbps;
    {
        std::lock_guard lock(mutex_);
        if (settings_.silent) return false;
        kbps = settings_.kbps;
    }
    if (bus_) bus_->send({kbps, frame});
    return true;
}

void CanController::deliver(const CanWireFrame& wire) {
    uint32_t raised = 0;
    {
        std::lock_guard lock(mutex_);
        if (!running_ || wire.kbps != settings_.kbps) return;
        const CanFrame& frame = wire.frame;
        if (settings_.format == CanFormat::Standard && frame.extended) return;
        if (settings_.format == CanFormat::Extended && !frame.extended) return;
        if (filter_ && !filter_->accepts(frame.id)) return;
        raised = kCanRxFrame;
        if (queue_.size() >= settings_.queueLength) {
            raised |= kCanRxFifoOverrun;   // the new frame is lost, as the driver's full queue drops it
        } else {
            if (queue_.empty()) raised |= kCanRxFifoNotEmpty;
            queue_.push_back(frame);
            setReady(true);
        }
        events_ |= raised;
        if (!(raised & trigger_)) return;
    }
    if (onEvents_) onEvents_(raised);
}

std::optional<CanFrame> CanController::take() {
    std::lock_guard lock(mutex_);
    if (queue_.empty()) return std::nullopt;
    CanFrame frame = std::move(queue_.front());
    queue_.pop_front();
    if (queue_.empty()) setReady(false);
    return frame;
}

size_t CanController::queued() const {
    std::lock_guard lock(mutex_);
    return queue_.size();
}

uint32_t CanController::takeEvents() {
    std::lock_guard lock(mutex_);
    uint32_t events = events_;
    events_ = 0;
    return events;
}

void CanController::setCallbackTrigger(uint32_t trigger) {
    std::lock_guard lock(mutex_);
    trigger_ = trigger;
}

void CanController::setFilter(std::optional<CanFilter> filter) {
    std::lock_guard lock(mutex_);
    filter_ = std::move(filter);
}

}  // namespace pyfw::port
