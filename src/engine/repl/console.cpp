#include "engine/repl/console.h"

#include "engine/runtime/interpreter.h"

namespace pyfw::engine::repl {

void requestInterrupt(Interpreter& target) {
    target.pendingSignals = 1;
    target.eventCountdown = 0;
}

void ConsoleInput::push(std::string_view bytes) {
    std::lock_guard lock(mutex_);
    for (char c : bytes) {
        if (c == kCtrlC && interruptTarget_) {
            requestInterrupt(*interruptTarget_);
            continue;
        }
        bytes_.push_back(uint8_t(c));
    }
    changed_.notify_all();
}

void ConsoleInput::close() {
    std::lock_guard lock(mutex_);
    ended_ = true;
    changed_.notify_all();
}

int ConsoleInput::read() {
    std::unique_lock lock(mutex_);
    auto interruptPending = [this] { return interruptTarget_ && interruptTarget_->pendingSignals; };
    changed_.wait(lock, [&] { return !bytes_.empty() || ended_ || interruptPending(); });
    // Bytes typed before the Ctrl-C come first, as from the board's receive buffer.
    if (bytes_.empty()) return interruptPending() ? kInterrupt : kEnd;
    uint8_t c = bytes_.front();
    bytes_.pop_front();
    return c;
}

void ConsoleInput::armInterrupt(Interpreter& target) {
    std::lock_guard lock(mutex_);
    interruptTarget_ = &target;
}

void ConsoleInput::disarmInterrupt() {
    std::lock_guard lock(mutex_);
    interruptTarget_ = nullptr;
}

}  // namespace pyfw::engine::repl
