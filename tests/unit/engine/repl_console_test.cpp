#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "engine/repl/console.h"
#include "engine/repl/console_host.h"
#include "engine/repl/repl.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::repl {
namespace {

class ConsoleInputTest : public ::testing::Test {
protected:
    ConsoleInputTest() {
        InterpreterConfig config;
        config.heapBytes = 64 * 1024;
        interpreter = std::make_unique<Interpreter>(config);
    }
    ConsoleInput input;
    std::unique_ptr<Interpreter> interpreter;
};

TEST_F(ConsoleInputTest, QueuesBytesInOrderThenEnds) {
    input.push("a\x03\xff");
    input.close();
    EXPECT_EQ(input.read(), 'a');
    EXPECT_EQ(input.read(), 3);  // not armed: Ctrl-C is an ordinary key
    EXPECT_EQ(input.read(), 0xff);
    EXPECT_EQ(input.read(), ConsoleInput::kEnd);
    EXPECT_EQ(interpreter->pendingSignals.load(), 0);
}

TEST_F(ConsoleInputTest, ArmedCtrlCInterruptsInsteadOfQueueing) {
    input.armInterrupt(*interpreter);
    input.push("x\x03y");
    EXPECT_EQ(interpreter->pendingSignals.load(), 1);
    EXPECT_EQ(interpreter->eventCountdown, 0);
    EXPECT_EQ(input.read(), 'x');                       // what came before it is read first
    EXPECT_EQ(input.read(), 'y');
    EXPECT_EQ(input.read(), ConsoleInput::kInterrupt);  // a program waiting for input hears it too
    interpreter->pendingSignals = 0;                    // the VM took it
    input.push("z");
    EXPECT_EQ(input.read(), 'z');
    input.disarmInterrupt();
    input.push("\x03");
    EXPECT_EQ(input.read(), 3);
}

// Output shared between the REPL's thread and the test's.
class SharedOutput : public ConsoleOutput {
public:
    void write(std::string_view bytes) override {
        std::lock_guard lock(mutex_);
        bytes_ += bytes;
        changed_.notify_all();
    }
    void waitFor(std::string_view text) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return bytes_.find(text) != std::string::npos; });
    }
    std::string bytes() {
        std::lock_guard lock(mutex_);
        return bytes_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::string bytes_;
};

// A REPL on its own interpreter, fed by a typist thread that watches what it prints.
class ReplInterrupt : public ::testing::Test {
protected:
    // Runs the REPL until the typist has closed the input; returns all it printed.
    template <typename Typist>
    std::string session(Typist typist) {
        std::thread typing(typist);
        InterpreterConfig config;
        config.heapBytes = 256 * 1024;
        config.host = &host;
        Interpreter interpreter(config);
        EXPECT_EQ(repl.run(interpreter), ReplExit::EndOfInput);
        typing.join();
        return output.bytes();
    }

    ConsoleInput input;
    SharedOutput output;
    ConsoleHost host{input, output, processHost()};
    Repl repl{host, "banner"};
};

TEST_F(ReplInterrupt, CtrlCStopsATightLoop) {
    std::string out = session([&] {
        input.push("if True:\rprint('go')\rwhile True: pass\r\r\r\r");
        output.waitFor("go\r\n");  // the loop is running: Ctrl-C is armed
        input.push("\x03");
        output.waitFor("KeyboardInterrupt: \r\n>>> ");
        input.push("'alive'\r");
        input.close();
    });
    EXPECT_NE(out.find("go\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 3, in <module>\r\n"
                       "KeyboardInterrupt: \r\n>>> 'alive'\r\n'alive'\r\n"),
              std::string::npos)
        << out;
}

TEST_F(ReplInterrupt, CtrlCStopsInput) {
    std::string out = session([&] {
        input.push("input('? ')\r");
        output.waitFor("')\r\n? ");  // the prompt, not the echo of the line
        input.push("ab\x03");
        input.close();
    });
    EXPECT_NE(out.find("? abTraceback (most recent call last):"), std::string::npos) << out;
    EXPECT_NE(out.find("KeyboardInterrupt: \r\n>>> "), std::string::npos) << out;
}

}  // namespace
}  // namespace pyfw::engine::repl
