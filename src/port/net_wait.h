// How the board's interpreter waits for the host's network: a socket (or several) becoming ready,
// with Pycom's timeout semantics, while Ctrl-C, resets and callbacks still reach the program.
//
// Time: a peer is a real program on the host, so a timeout is counted in real time; the time the
// wait took is added to the board's clock as it passes (on virtual time too, in slices), so that
// utime sees it and timers due meanwhile fire.
//
// Threads: the wait gives up the interpreter lock (engine::WaitingOutside), so other _thread
// threads run while a socket call blocks, and on virtual time this thread does not count as
// runnable. Only the poll itself runs without the lock: the fds are copied out before it, and
// whatever a script's other threads did meanwhile (a socket closed) is looked at after it.
#pragma once

#include <poll.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace pyfw::port {

// A timeout as the socket keeps it: kBlock waits for ever, 0 does not wait, else microseconds.
inline constexpr int64_t kBlock = -1;

// Waits until one of `fds` has one of its events (revents filled in) or `timeoutUs` passes.
// `extraReady` is asked between slices for readiness the host cannot poll (the console, bytes an
// SSL session already decrypted); it returns true when something is ready. Returns the number of
// ready fds (0 on a timeout, or when only extraReady fired).
int waitForFds(std::vector<pollfd>& fds, int64_t timeoutUs, const std::function<bool()>& extraReady = {});

// One fd: true when ready, false on a timeout.
bool waitForFd(int fd, short events, int64_t timeoutUs);

// Raises OSError(errno) for `error`, TimeoutError(ETIMEDOUT) for ETIMEDOUT (socket.timeout).
[[noreturn]] void raiseSocketError(int error);

}  // namespace pyfw::port
