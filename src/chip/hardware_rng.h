// The ESP32's hardware random number generator, which the bootloader uses for the keys it
// generates on the chip and for the secure boot IV. It draws from the host's cryptographic
// generator unless the board was given a seed: then it gives the same bytes on every run, so a
// scenario that generates keys (a power-cut sweep, a fuzz run) can be replayed exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <random>

#include "base/bytes.h"

namespace pyfw::chip {

class HardwareRng {
public:
    void fill(base::MutableByteView out);
    base::Bytes bytes(size_t count);
    // From now on the bytes are a function of `seed` (not for keys that must stay secret).
    void seed(uint64_t seed) { seeded_.emplace(seed); }
    bool isSeeded() const { return seeded_.has_value(); }

private:
    std::optional<std::mt19937_64> seeded_;
};

}  // namespace pyfw::chip
