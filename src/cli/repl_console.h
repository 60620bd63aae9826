// The host end of `pyfw repl`'s console: stdin/stdout, or a new pseudo-terminal for tools that
// open a serial device (MicroPython's `execpty:` test runner, pyserial). A reader thread moves
// incoming bytes into the REPL's ConsoleInput, so a Ctrl-C can stop a running program; output is
// written straight through. A terminal on stdin is put in raw mode (the board's UART sees every
// key) and restored on exit and on SIGTERM/SIGHUP/SIGQUIT/SIGPIPE; pipes are used as they are.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "engine/repl/console.h"

namespace pyfw::cli {

class ReplConsole : public engine::repl::ConsoleOutput {
public:
    // stdin and stdout. Fails with a clear message when the terminal cannot be set up.
    static std::unique_ptr<ReplConsole> openStdio();
    // A new pseudo-terminal in raw mode; `devicePath` receives its name (/dev/pts/N).
    static std::unique_ptr<ReplConsole> openPty(std::string& devicePath);
    ~ReplConsole() override;

    engine::repl::ConsoleInput& input() { return input_; }
    void write(std::string_view bytes) override;

private:
    ReplConsole(int inFd, int outFd);
    void startReader();
    void readLoop();

    int inFd_;
    int outFd_;
    int ownedFds_[2] = {-1, -1};  // the pty's master and our handle on its slave
    engine::repl::ConsoleInput input_;
    std::thread reader_;
};

}  // namespace pyfw::cli
