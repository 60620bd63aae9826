// The console's output as the board sends it: to the serial line, and copied to the Telnet client
// while one is logged in (Pycom's dupterm of the telnet socket).
#pragma once

#include <functional>
#include <mutex>
#include <string_view>

#include "engine/repl/console.h"

namespace pyfw::port {

class ConsoleMirror final : public engine::repl::ConsoleOutput {
public:
    explicit ConsoleMirror(engine::repl::ConsoleOutput& serial) : serial_(serial) {}

    void write(std::string_view bytes) override {
        serial_.write(bytes);
        std::lock_guard lock(mutex_);
        if (copy_) copy_(bytes);
    }
    // From now on output is copied to `copy` too (null: no more).
    void attach(std::function<void(std::string_view)> copy) {
        std::lock_guard lock(mutex_);
        copy_ = std::move(copy);
    }

private:
    engine::repl::ConsoleOutput& serial_;
    std::mutex mutex_;
    std::function<void(std::string_view)> copy_;
};

}  // namespace pyfw::port
