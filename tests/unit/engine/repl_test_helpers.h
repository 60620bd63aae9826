// Shared by the REPL's unit tests: a console whose input is given up front and whose output is
// captured, and a REPL session over it that soft-resets the way the board does.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "engine/repl/console.h"
#include "engine/repl/console_host.h"
#include "engine/repl/repl.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::testing {

class CapturedOutput : public repl::ConsoleOutput {
public:
    void write(std::string_view bytes) override { bytes_ += bytes; }
    std::string take() { return std::exchange(bytes_, {}); }

private:
    std::string bytes_;
};

class ReplSession : public ::testing::Test {
public:
    static constexpr std::string_view kBanner =
        "Pycom MicroPython test; TestBoard with ESP32\r\nType \"help()\" for more information.\r\n";

protected:
    // Types `keys` (then the input ends), runs the REPL until it has read everything, and returns
    // what it sent. A soft reset prints "<soft reset>" and starts a fresh interpreter.
    std::string session(std::string_view keys) {
        input.push(keys);
        input.close();
        for (;;) {
            InterpreterConfig config;
            config.heapBytes = 256 * 1024;
            config.host = &host;
            Interpreter interpreter(config);
            if (repl.run(interpreter) == repl::ReplExit::EndOfInput) break;
            output.write("<soft reset>");
        }
        return output.take();
    }

    repl::ConsoleInput input;
    CapturedOutput output;
    repl::ConsoleHost host{input, output, processHost()};
    repl::Repl repl{host, "Pycom MicroPython test; TestBoard with ESP32"};
};

}  // namespace pyfw::engine::testing
