// The engine Host of the fuzz targets: output goes nowhere, input has ended, time advances one
// microsecond per look and randomness is a fixed pattern, so every run of an input is the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/runtime/host.h"

namespace pyfw::fuzz {

class SilentHost : public engine::Host {
public:
    void writeOut(std::string_view) override {}
    void writeErr(std::string_view) override {}
    void flush() override {}
    std::optional<std::string> readLine() override { return std::nullopt; }
    uint64_t monotonicMicros() override { return ++ticks_; }
    int64_t epochSeconds() override { return 0; }
    void sleepMicros(uint64_t) override {}
    void fillRandom(uint8_t* data, size_t size) override {
        for (size_t i = 0; i < size; ++i) data[i] = uint8_t(i * 31 + 7);
    }

private:
    uint64_t ticks_ = 0;
};

}  // namespace pyfw::fuzz
