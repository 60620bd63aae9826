// What uselect can wait on besides the console: a socket's host fd, and whether bytes are already
// waiting above it (an SSL session's decrypted bytes, which the fd does not show).
#pragma once

#include "engine/native.h"

namespace pyfw::port {

struct PollSource {
    int fd = -1;            // -1: closed
    bool buffered = false;  // readable without waiting for the fd
};

// Raises TypeError for an object that cannot be polled.
PollSource pollSourceOf(engine::Value object);

}  // namespace pyfw::port
