// Shared fixtures for the engine's unit tests: an interpreter with a captured console.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/engine.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/host.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::testing {

// Collects what a program prints; everything else is the process default.
class CaptureHost : public Host {
public:
    std::string out, err;
    void writeOut(std::string_view text) override { out += text; }
    void writeErr(std::string_view text) override { err += text; }
    void flush() override {}
    std::optional<std::string> readLine() override { return std::nullopt; }
    uint64_t monotonicMicros() override { return processHost().monotonicMicros(); }
    int64_t epochSeconds() override { return 0; }
    void sleepMicros(uint64_t) override {}
    void fillRandom(uint8_t* data, size_t size) override { processHost().fillRandom(data, size); }
};

class EngineTest : public ::testing::Test {
protected:
    void SetUp() override { makeInterpreter(256 * 1024); }

    void makeInterpreter(size_t heapBytes) {
        interpreter.reset();
        InterpreterConfig config;
        config.heapBytes = heapBytes;
        config.host = &host;
        interpreter = std::make_unique<Interpreter>(config);
    }

    // Runs a program and returns what it printed (stdout), failing the test on an exit status.
    std::string run(std::string_view source, int expectedExit = 0) {
        host.out.clear();
        host.err.clear();
        RunResult r = runMain(*interpreter, source, "<test>");
        EXPECT_EQ(r.exitCode, expectedExit) << host.err;
        return host.out;
    }

    CaptureHost host;
    std::unique_ptr<Interpreter> interpreter;
};

}  // namespace pyfw::engine::testing
