#include <gtest/gtest.h>

#include "engine/repl/continuation.h"

namespace pyfw::engine::repl {
namespace {

struct Case {
    const char* input;
    bool more;
};

// What MicroPython's REPL decides for the same text.
constexpr Case kCases[] = {
    {"", false},
    {"1 + 2", false},
    {"x = (1,", true},
    {"x = [1, 2]", false},
    {"d = {'a': [", true},
    {"f(a, (b)", true},
    {"x = ')'", false},
    {"s = '''doc", true},
    {"s = '''doc\nmore'''", false},
    {"s = \"\"\"x", true},
    {"s = 'it\\'s (", false},
    {"x = 1 + \\", true},
    {"if x:", true},
    {"if x: pass", true},
    {"if x:\n    y()\n", false},
    {"if x:\n    y()\n    ", true},
    {"iffy = 3", false},
    {"for i in range(3):", true},
    {"while True: pass", true},
    {"while True: pass\n", false},
    {"try:", true},
    {"with open(f) as g:", true},
    {"def f():", true},
    {"class A:", true},
    {"async def f():", true},
    {"@decorator", true},
    {"elif x:", false},
    {"print('(')", false},
    {"x = ')' + (", true},
};

TEST(ReplContinuation, MatchesMicroPythonRules) {
    for (const Case& c : kCases) EXPECT_EQ(needsMoreInput(c.input), c.more) << '"' << c.input << '"';
}

}  // namespace
}  // namespace pyfw::engine::repl
