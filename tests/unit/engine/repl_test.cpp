#include <gtest/gtest.h>

#include <deque>

#include "engine/repl.h"
#include "engine_test_helpers.h"

namespace pyfw::engine {
namespace {

TEST(Repl, KnowsWhenAStatementIsIncomplete) {
    EXPECT_FALSE(needsMoreInput("x = 1\n"));
    EXPECT_TRUE(needsMoreInput("def f():\n"));
    EXPECT_TRUE(needsMoreInput("def f():\n    return 1\n"));
    EXPECT_FALSE(needsMoreInput("def f():\n    return 1\n\n"));
    EXPECT_TRUE(needsMoreInput("x = [1,\n"));
    EXPECT_FALSE(needsMoreInput("x = [1,\n 2]\n"));
    EXPECT_TRUE(needsMoreInput("s = '''open\n"));
    EXPECT_FALSE(needsMoreInput("s = '(' # )\n"));
    EXPECT_TRUE(needsMoreInput("x = 1 + \\\n"));
    EXPECT_TRUE(needsMoreInput("@decorator\n"));
}

class ScriptedHost : public testing::CaptureHost {
public:
    std::deque<std::string> lines;
    std::optional<std::string> readLine() override {
        if (lines.empty()) return std::nullopt;
        std::string line = lines.front();
        lines.pop_front();
        return line;
    }
};

TEST(Repl, RunsStatementsAndPrintsExpressionValues) {
    ScriptedHost host;
    host.lines = {"a = 20", "a + 1", "def f(x):", "    return x * 2", "", "f(a)", "1/0", "None", "'s'"};
    InterpreterConfig config;
    config.heapBytes = 128 * 1024;
    config.host = &host;
    Interpreter in(config);
    EXPECT_EQ(runRepl(in), 0);
    EXPECT_NE(host.out.find(">>> 21\n"), std::string::npos) << host.out;
    EXPECT_NE(host.out.find("... ... >>> 40\n"), std::string::npos) << host.out;
    EXPECT_NE(host.out.find("ZeroDivisionError: division by zero\n"), std::string::npos) << host.out;
    EXPECT_NE(host.out.find(">>> >>> 's'\n"), std::string::npos) << host.out;
}

TEST(Repl, SystemExitEndsTheSessionWithItsCode) {
    ScriptedHost host;
    host.lines = {"import sys", "sys.exit(3)", "print('not reached')"};
    InterpreterConfig config;
    config.heapBytes = 128 * 1024;
    config.host = &host;
    Interpreter in(config);
    EXPECT_EQ(runRepl(in), 3);
    EXPECT_EQ(host.out.find("not reached"), std::string::npos);
}

}  // namespace
}  // namespace pyfw::engine
