// The outside end of the board's console (UART 0, the USB serial port of a Pycom board): stdin/
// stdout, or a new pseudo-terminal for tools that open a serial device (pyboard.py, mpremote,
// MicroPython's `execpty:` test runner, pyserial). A reader thread moves incoming bytes into the
// REPL's ConsoleInput, so a Ctrl-C can stop a running program; output is written straight through.
// A terminal on stdin is put in raw mode (the board's UART sees every key) and restored on exit and
// on SIGTERM/SIGHUP/SIGQUIT/SIGPIPE; pipes are used as they are.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "base/result.h"
#include "engine/repl/console.h"

namespace pyfw::port {

class SerialConsole : public engine::repl::ConsoleOutput {
public:
    // stdin and stdout. Fails with a clear message when the terminal cannot be set up.
    static base::Result<std::unique_ptr<SerialConsole>> openStdio();
    // A new pseudo-terminal in raw mode; `devicePath` receives its name (/dev/pts/N).
    static base::Result<std::unique_ptr<SerialConsole>> openPty(std::string& devicePath);
    // stdout only: the input comes from type() (a console script), and ends with endInput().
    static std::unique_ptr<SerialConsole> openOutputOnly();
    ~SerialConsole() override;

    engine::repl::ConsoleInput& input() { return input_; }
    void write(std::string_view bytes) override;

    // Called from the reader thread for every byte that arrives before it is queued; a byte for
    // which it returns true is consumed (the board's UART interrupt handles Ctrl-F this way).
    void setByteHook(std::function<bool(uint8_t)> hook);

    // Bytes arriving as if from the other end (through the byte hook), and the end of the input.
    void type(std::string_view bytes) { deliver(bytes.data(), bytes.size()); }
    void endInput() { input_.close(); }

private:
    SerialConsole(int inFd, int outFd);
    base::Status startReader();
    void readLoop();
    void deliver(const char* bytes, size_t size);

    int inFd_;
    int outFd_;
    int ownedFds_[2] = {-1, -1};  // the pty's master and our handle on its slave
    engine::repl::ConsoleInput input_;
    std::mutex hookMutex_;
    std::function<bool(uint8_t)> byteHook_;
    std::thread reader_;
};

}  // namespace pyfw::port
