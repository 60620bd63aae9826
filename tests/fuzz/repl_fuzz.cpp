// Feeds arbitrary console bytes to the REPL: keystrokes, escape sequences, paste mode, the raw REPL
// and raw-paste framing, and whatever code they carry. Every input must end with the REPL having
// read it all: no crash, no sanitizer report, no hang. Each session (a soft reset starts another)
// gets a fresh interpreter with a small heap and an instruction budget; a few sessions per input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/repl/console.h"
#include "engine/repl/console_host.h"
#include "engine/repl/repl.h"
#include "engine/runtime/interpreter.h"
#include "lib/standard_library.h"
#include "silent_host.h"

namespace {

class DiscardedOutput : public pyfw::engine::repl::ConsoleOutput {
public:
    void write(std::string_view) override {}
};

constexpr int kMaxSessions = 4;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace pyfw::engine;
    static pyfw::fuzz::SilentHost base;
    repl::ConsoleInput input;
    DiscardedOutput output;
    repl::ConsoleHost host(input, output, base);
    repl::Repl session(host, "banner");
    input.push(std::string_view(reinterpret_cast<const char*>(data), size));
    input.close();
    for (int i = 0; i < kMaxSessions; ++i) {
        InterpreterConfig config;
        config.heapBytes = 256 * 1024;
        config.host = &host;
        config.libraries = {&pyfw::lib::standardLibrary()};
        Interpreter interpreter(config);
        interpreter.instructionBudget = 100000;
        if (session.run(interpreter) == repl::ReplExit::EndOfInput) break;
    }
    return 0;
}
