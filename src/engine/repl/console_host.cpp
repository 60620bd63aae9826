#include "engine/repl/console_host.h"

#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/threads.h"

namespace pyfw::engine::repl {

ConsoleHost::ConsoleHost(ConsoleInput& input, ConsoleOutput& output, Host& base)
    : input_(input), output_(output), base_(base), editor_(input, output, history_) {}

void ConsoleHost::writeCooked(std::string_view text) {
    std::string cooked;
    cooked.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        if (c == '\n') cooked += '\r';
        cooked += c;
    }
    output_.write(cooked);
}

std::optional<std::string> ConsoleHost::readLine() {
    std::string line;
    switch (editor_.read(line, "")) {
        case LineEnd::CtrlC:
            endThreadIfStopping(interp());
            interp().pendingSignals.fetch_and(~kSignalInterrupt);
            raise(newException(&exc::KeyboardInterrupt, nullptr));
        case LineEnd::CtrlD:
        case LineEnd::EndOfInput:
            return std::nullopt;
        default:
            return line;
    }
}

}  // namespace pyfw::engine::repl
