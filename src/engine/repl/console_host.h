// The engine's Host for programs run from the REPL: what they print goes to the console with each
// "\n" sent as "\r\n" (the board's cooked UART output; errors too, as there is one serial line),
// input() reads an edited line from the console, and time and entropy come from the port.
#pragma once

#include "engine/repl/console.h"
#include "engine/repl/line_editor.h"
#include "engine/runtime/host.h"

namespace pyfw::engine::repl {

class ConsoleHost : public Host {
public:
    ConsoleHost(ConsoleInput& input, ConsoleOutput& output, Host& base);

    ConsoleInput& input() { return input_; }
    ConsoleOutput& output() { return output_; }
    LineHistory& history() { return history_; }
    // One editor for the REPL and input(), so a CR LF split between them still counts once.
    LineEditor& editor() { return editor_; }
    void writeCooked(std::string_view text);

    void writeOut(std::string_view text) override { writeCooked(text); }
    void writeErr(std::string_view text) override { writeCooked(text); }
    void flush() override {}
    // input(): Ctrl-C raises KeyboardInterrupt; Ctrl-D on an empty line or the end of input is EOF.
    std::optional<std::string> readLine() override;
    uint64_t monotonicMicros() override { return base_.monotonicMicros(); }
    int64_t epochSeconds() override { return base_.epochSeconds(); }
    void sleepMicros(uint64_t micros) override { base_.sleepMicros(micros); }
    void fillRandom(uint8_t* data, size_t size) override { base_.fillRandom(data, size); }

private:
    ConsoleInput& input_;
    ConsoleOutput& output_;
    Host& base_;
    LineHistory history_;
    LineEditor editor_;
};

}  // namespace pyfw::engine::repl
