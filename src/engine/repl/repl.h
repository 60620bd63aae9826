// The REPL of the board: the friendly REPL (`>>> `, line editing, auto-indent, paste mode) and the
// raw REPL that host tools drive (MicroPython's pyboard.py protocol, raw-paste included).
//
// run() serves one interpreter until a soft reset is asked for (Ctrl-D on an empty line) or the
// input ends. What a soft reset does is the caller's choice: the board re-runs its boot sequence
// with a fresh interpreter and calls run() again (the mode, friendly or raw, carries over, as
// pyboard.py expects); `pyfw repl` does the same in raw mode and leaves from the friendly REPL.
#pragma once

#include <string>
#include <string_view>

#include "engine/compile/parser.h"
#include "engine/repl/console_host.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::repl {

enum class ReplMode { Friendly, Raw };
// HostExit: the program (or its host, from outside) asked the host to stop; hostExit() says how.
enum class ReplExit { SoftReset, EndOfInput, HostExit };

class Repl {
public:
    // `banner`: the friendly REPL's first line, e.g.
    // "Pycom MicroPython 1.17.2.b1 [pyfw 0.1.0] on 2024-05-01; LoPy4 with ESP32".
    Repl(ConsoleHost& console, std::string banner);

    ReplExit run(Interpreter& in);
    ReplMode mode() const { return mode_; }
    const HostExit& hostExit() const { return hostExit_; }

private:
    enum class Outcome { Continue, Cancelled, SwitchMode, SoftReset, EndOfInput };

    // friendly REPL and paste mode (repl.cpp)
    Outcome runFriendly(Interpreter& in);
    Outcome readContinuation(std::string& source);
    Outcome readPaste(std::string& source);
    void printBanner();
    // raw REPL and raw-paste mode (raw_repl.cpp)
    Outcome runRaw(Interpreter& in);
    Outcome runRawPaste(Interpreter& in, char command);
    void runReportingEnds(Interpreter& in, std::string_view source);

    void stopIfHostExit(Interpreter& in);
    // Runs code in __main__ with Ctrl-C armed; returns the uncaught exception or no value.
    Value execute(Interpreter& in, std::string_view source, ParseMode mode);
    void write(std::string_view bytes) { console_.output().write(bytes); }

    ConsoleHost& console_;
    std::string banner_;
    ReplMode mode_ = ReplMode::Friendly;
    HostExit hostExit_;
};

}  // namespace pyfw::engine::repl
