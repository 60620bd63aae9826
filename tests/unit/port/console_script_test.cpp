#include "port/console_script.h"

#include <gtest/gtest.h>

#include <mutex>
#include <string>
#include <vector>

namespace pyfw::port {
namespace {

TEST(ParseTimedInput, SecondsFromTheOriginAndEscapes) {
    auto input = parseTimedInput("3600=\\x03", 500);
    ASSERT_TRUE(input.ok());
    EXPECT_EQ(input->atUs, 3'600'000'500);
    EXPECT_EQ(input->bytes, "\x03");
    auto line = parseTimedInput("0.25=print('a=b')\\r\\n\\t\\\\", 0);
    ASSERT_TRUE(line.ok());
    EXPECT_EQ(line->atUs, 250'000);
    EXPECT_EQ(line->bytes, "print('a=b')\r\n\t\\");
}

TEST(ParseTimedInput, RefusesWhatIsNotSecondsEqualsText) {
    for (const char* bad : {"abc", "=x", "-1=x", "1e400=x", "nan=x", "1x=y", "1=\\x0", "1=\\xzz", "1=\\q", "1=\\",
                            "99999999999999=x"}) {
        auto input = parseTimedInput(bad, 0);
        EXPECT_FALSE(input.ok()) << bad;
        if (!input.ok()) {
            EXPECT_FALSE(input.error().message.empty());
        }
    }
}

// What a script types, and when on the board's clock.
struct Typed {
    std::mutex mutex;
    std::vector<std::pair<int64_t, std::string>> bytes;
    bool ended = false;
};

// A script whose typing and end are recorded with the board clock's time.
struct RecordingScript {
    explicit RecordingScript(base::VirtualClock& clock, std::vector<TimedInput> inputs)
        : script(std::move(inputs),
                 [this, &clock](std::string_view bytes) {
                     std::lock_guard lock(typed.mutex);
                     typed.bytes.emplace_back(clock.nowUs(), std::string(bytes));
                 },
                 [this] {
                     std::lock_guard lock(typed.mutex);
                     typed.ended = true;
                 }) {}

    void waitUntilEnded() {
        for (;;) {
            std::lock_guard lock(typed.mutex);
            if (typed.ended) return;
        }
    }

    Typed typed;
    ConsoleScript script;
};

TEST(ConsoleScript, TypesEachInputAtItsTimeWhileTheBoardWorks) {
    base::VirtualClock clock(0);
    RecordingScript recording(clock, {{2'000'000, "b"}, {1'000'000, "a"}});
    {
        BoardTime time(clock);
        auto session = recording.script.start(time);
        // A busy board: the clock moves only with its work, and the inputs land at their instants.
        for (int i = 0; i < 400; ++i) time.chargeUs(10'000);
    }
    ASSERT_EQ(recording.typed.bytes.size(), 2u);
    EXPECT_EQ(recording.typed.bytes[0], std::make_pair(int64_t(1'000'000), std::string("a")));
    EXPECT_EQ(recording.typed.bytes[1], std::make_pair(int64_t(2'000'000), std::string("b")));
}

TEST(ConsoleScript, AnIdleBoardJumpsToEachInput) {
    base::VirtualClock clock(0);
    RecordingScript recording(clock, {{5'000'000, "x"}, {7'000'000, "y"}});
    BoardTime time(clock);
    auto session = recording.script.start(time);
    time.threadBlocked();   // the REPL waits for input: nothing else on the board can run
    recording.waitUntilEnded();
    time.threadRunnable();
    ASSERT_EQ(recording.typed.bytes.size(), 2u);
    EXPECT_EQ(recording.typed.bytes[0].first, 5'000'000);
    EXPECT_EQ(recording.typed.bytes[1].first, 7'000'000);
}

TEST(ConsoleScript, WhatWasTypedStaysTypedAcrossAReset) {
    base::VirtualClock clock(0);
    RecordingScript recording(clock, {{5'000'000, "x"}, {7'000'000, "y"}});
    {
        BoardTime time(clock);
        auto session = recording.script.start(time);
        for (int i = 0; i < 55; ++i) time.chargeUs(100'000);   // busy until 5.5 s, then a reset
    }
    BoardTime time(clock);   // the next hard boot
    auto session = recording.script.start(time);
    time.threadBlocked();
    recording.waitUntilEnded();
    time.threadRunnable();
    ASSERT_EQ(recording.typed.bytes.size(), 2u);
    EXPECT_EQ(recording.typed.bytes[0], std::make_pair(int64_t(5'000'000), std::string("x")));
    EXPECT_EQ(recording.typed.bytes[1], std::make_pair(int64_t(7'000'000), std::string("y")));
}

}  // namespace
}  // namespace pyfw::port
