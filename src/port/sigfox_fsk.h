// The SiPy's FSK mode (Sigfox(mode=Sigfox.FSK, frequency=...), Pycom's modsigfox.c on the CC1125):
// the board's sub-GHz transceiver as a plain FSK radio on one frequency, for boards that talk to
// each other directly through the air they share (`pyfw board boot --world`), with no Sigfox
// network in between. One frame of up to 64 bytes per send(); between sends the radio listens, as
// Pycom's task does whenever it is idle, and keeps what it hears until recv() takes it (a frame
// longer than recv() asked for leaves the rest for the next recv()).
//
// On air the frames go through the board's raw radio (port/lora's LORA mode) with FSK settings,
// so the world carries them like any other FSK frame; with no world the air is empty.
#pragma once

#include <cstdint>
#include <optional>

#include "base/bytes.h"

namespace pyfw::port {

class RunningApp;

inline constexpr size_t kFskMaxPayload = 64;
inline constexpr int64_t kFskMinHz = 863'000'000, kFskMaxHz = 928'000'000;

class SigfoxFsk {
public:
    explicit SigfoxFsk(RunningApp& app) : app_(app) {}

    // FSK mode on `frequencyHz` (kFskMinHz..kFskMaxHz, checked by the caller), listening.
    void start(int64_t frequencyHz);
    // Sigfox mode again: the radio stops listening.
    void stop();
    bool active() const { return frequencyHz_.has_value(); }

    // One frame (at most kFskMaxPayload bytes, checked by the caller); returns once it has been
    // sent, or at deadlineUs (false) when the radio was still busy.
    bool send(base::ByteView payload, int64_t deadlineUs);
    // Up to `size` bytes of the next frame heard; nothing when none came before deadlineUs.
    std::optional<base::Bytes> receive(size_t size, int64_t deadlineUs);
    int64_t nowUs() const;

private:
    RunningApp& app_;
    std::optional<int64_t> frequencyHz_;
    base::Bytes rest_;   // what recv() left of the last frame
};

}  // namespace pyfw::port
