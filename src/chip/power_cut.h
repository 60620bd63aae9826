// A fault injector for power cuts, in the manner of SQLite's crash tests: every persistent write of
// the board (a flash program, a flash erase, an eFuse burn) is counted, and the power can be set to
// fail during the N-th one. The write in flight is then kept whole, dropped, or torn (only part of
// it reaches the medium), and every later operation fails until the board is powered up again.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include "base/result.h"

namespace pyfw::chip {

enum class PendingWrite { Kept, Dropped, Torn };

std::string_view pendingWriteName(PendingWrite fate);

class PowerCutInjector {
public:
    // Cut during the n-th write counted from now (1 = the very next one).
    void armAt(uint64_t n, PendingWrite fate, uint32_t seed = 1);
    void disarm() { cutAt_.reset(); }

    // What happens to a write that is about to reach the medium.
    enum class Verdict { Proceed, Keep, Drop, Tear };
    // Called by a device before each persistent write; counts it and says what the medium gets.
    // After a cut it answers Drop forever (nothing reaches the medium any more).
    Verdict nextWrite();

    bool powerLost() const { return lost_; }
    uint64_t writesSeen() const { return count_; }
    // Randomness for torn writes, reproducible from the seed.
    std::mt19937& random() { return random_; }

    // The error every operation returns once the power is gone.
    static base::Error powerLostError(const std::string& operation);

private:
    std::optional<uint64_t> cutAt_;
    PendingWrite fate_ = PendingWrite::Dropped;
    uint64_t count_ = 0;
    bool lost_ = false;
    std::mt19937 random_{1};
};

}  // namespace pyfw::chip
