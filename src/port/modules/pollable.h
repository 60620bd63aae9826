// What uselect can wait on besides the console: a socket's or UART line's host fd, and whether bytes
// are already waiting above it (an SSL session's decrypted bytes, a UART's received ones), which the
// fd does not show.
#pragma once

#include <optional>

#include "engine/native.h"

namespace pyfw::port {

struct PollSource {
    int fd = -1;            // the host fd to poll; -1: none (nothing can arrive)
    bool closed = false;    // reported as POLLHUP
    bool buffered = false;  // readable without waiting for the fd
    bool writable = false;  // takes output now without the fd (a UART, whose unread output is dropped
                            // as on a wire; an SSL socket with nothing left unsent)
};

// Raises TypeError for an object that cannot be polled.
PollSource pollSourceOf(engine::Value object);

// machine_uart.cpp: UART 1 or 2 (the line's receive fd, the bytes already taken from it); nullopt
// for any other object.
std::optional<PollSource> uartPollSource(engine::Value object);

// Called while uselect waits on `object`: an SSL socket sends what the fd now takes of the bytes an
// earlier non-blocking write left with it, so a request's end leaves while a script polls for the
// answer.
void sendWhileWaiting(engine::Value object);

}  // namespace pyfw::port
