// Feeds arbitrary bytes to the whole engine (lexer, parser, compiler, VM) as a program. Every input
// must end in a normal exit or a Python exception: never a crash, a sanitizer report or a hang.
// Each input gets a fresh interpreter with a small heap and an instruction budget.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/engine.h"
#include "lib/standard_library.h"
#include "silent_host.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static pyfw::fuzz::SilentHost host;
    pyfw::engine::InterpreterConfig config;
    config.heapBytes = 256 * 1024;
    config.host = &host;
    config.libraries = {&pyfw::lib::standardLibrary()};
    pyfw::engine::Interpreter interpreter(config);
    interpreter.instructionBudget = 200000;
    std::string source(reinterpret_cast<const char*>(data), size);
    pyfw::engine::runMain(interpreter, source, "<fuzz>");
    return 0;
}
