// The outside end of a board UART other than the console (UART 1 and 2): what is wired to its TX
// and RX pins. `pyfw board boot --uart1 SPEC` (and --uart2) chooses it:
//   pty    a new pseudo-terminal in raw mode, named on stderr, for host programs (pyserial, screen);
//   loop   TX wired back to RX, a loopback jumper;
//   PATH   a FIFO or serial device opened for reading and writing, or a regular file, which only
//          takes what the board sends (appended).
// A line lives for the whole run, as a cable does; the UART's settings are the firmware's. Bytes
// that arrive are kept by the host (the pty or pipe) until the board reads them; bytes sent when
// nothing takes them (a full pty nobody reads) are dropped after a wait, as on a wire.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace pyfw::port {

class SerialLine {
public:
    // Opens SPEC; `described` receives what to tell the user ("/dev/pts/4", "loop", the path).
    static base::Result<std::unique_ptr<SerialLine>> open(const std::string& spec, std::string& described);
    ~SerialLine();
    SerialLine(const SerialLine&) = delete;
    SerialLine& operator=(const SerialLine&) = delete;

    // The descriptor to wait on for incoming bytes (-1: nothing ever arrives), and for room to send.
    int rxFd() const { return rxFd_; }
    int txFd() const { return txFd_; }

    // Bytes that have arrived and not been taken.
    size_t available();
    // Takes up to `limit` of them (none waits); with `untilNewline`, stops after a '\n'.
    std::string take(size_t limit, bool untilNewline = false);
    // Drops what has arrived (a UART's init starts with an empty receive buffer).
    void discardInput();

    // Sends what fits now; returns how many bytes left (0 when nothing fits).
    size_t writeSome(std::string_view bytes);
    // A break: the line held low for longer than a character. A terminal at the other end reads
    // it as a NUL byte (raw mode without PARMRK), so that is what a pty, pipe or file gets.
    void sendBreak();

private:
    enum class Kind { Pty, Loop, Device, File };
    SerialLine(Kind kind, int rxFd, int txFd) : kind_(kind), rxFd_(rxFd), txFd_(txFd) {}
    // Moves what the host holds into `pending_`, up to the receive buffer's size.
    void pull();

    Kind kind_;
    int rxFd_ = -1;
    int txFd_ = -1;
    int heldFd_ = -1;       // our own handle on a pty's slave, so the master stays usable while no client is there
    std::string pending_;   // arrived, not yet taken
};

}  // namespace pyfw::port
