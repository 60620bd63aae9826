// Feeds arbitrary bytes to the whole engine (lexer, parser, compiler, VM) as a program. Every input
// must end in a normal exit or a Python exception: never a crash, a sanitizer report or a hang.
// Each input gets a fresh interpreter with a small heap and an instruction budget.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/engine.h"
#include "engine/host.h"

namespace {

class SilentHost : public pyfw::engine::Host {
public:
    void writeOut(std::string_view) override {}
    void writeErr(std::string_view) override {}
    void flush() override {}
    std::optional<std::string> readLine() override { return std::nullopt; }
    uint64_t monotonicMicros() override { return ++ticks; }
    int64_t epochSeconds() override { return 0; }
    void sleepMicros(uint64_t) override {}
    void fillRandom(uint8_t* data, size_t size) override {
        for (size_t i = 0; i < size; ++i) data[i] = uint8_t(i * 31 + 7);
    }
    uint64_t ticks = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static SilentHost host;
    pyfw::engine::InterpreterConfig config;
    config.heapBytes = 256 * 1024;
    config.host = &host;
    pyfw::engine::Interpreter interpreter(config);
    interpreter.instructionBudget = 200000;
    std::string source(reinterpret_cast<const char*>(data), size);
    pyfw::engine::runMain(interpreter, source, "<fuzz>");
    return 0;
}
