#include "port/board_time.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace pyfw::port {
namespace {

TEST(BoardTime, ASleepAloneJumpsTheVirtualClockToItsDeadline) {
    base::VirtualClock clock(1000);
    BoardTime time(clock);
    EXPECT_TRUE(time.isVirtual());
    EXPECT_TRUE(time.sleepUntil(5'000'000));
    EXPECT_EQ(clock.nowUs(), 5'000'000);
}

TEST(BoardTime, ASleepStopsAtATimerDueBeforeItsDeadline) {
    base::VirtualClock clock;
    BoardTime time(clock);
    std::vector<int64_t> firedAt;
    time.addTimer(1'000'000, [&] {
        firedAt.push_back(clock.nowUs());
        time.wake();
    });
    // The sleep is cut short so the timer's callback can run at its own time...
    EXPECT_FALSE(time.sleepUntil(10'000'000));
    ASSERT_EQ(firedAt.size(), 1u);
    EXPECT_EQ(firedAt[0], 1'000'000);
    EXPECT_EQ(clock.nowUs(), 1'000'000);
    // ...and sleeping again reaches the deadline.
    EXPECT_TRUE(time.sleepUntil(10'000'000));
    EXPECT_EQ(clock.nowUs(), 10'000'000);
}

TEST(BoardTime, CpuWorkMovesTheVirtualClockAndFiresTimers) {
    base::VirtualClock clock;
    BoardTime time(clock);
    int fired = 0;
    time.addTimer(2'000, [&] { ++fired; });
    time.cpuWork(50);  // under a batch: no move yet
    EXPECT_EQ(clock.nowUs(), 0);
    time.cpuWork(50);
    EXPECT_EQ(clock.nowUs(), 100 * BoardTime::kMicrosPerEvent);
    for (int i = 0; i < 10; ++i) time.cpuWork(100);
    EXPECT_EQ(fired, 1);
    EXPECT_GE(clock.nowUs(), 2'000);
}

TEST(BoardTime, ATimerSetForAPassedMomentFiresOnRequest) {
    // The clock is past the timer's moment when it is set; a sleep to that moment returns at
    // once without moving the clock, so only fireDueTimers runs it.
    base::VirtualClock clock(2'000'000);
    BoardTime time(clock);
    int fired = 0;
    time.addTimer(1'000'000, [&] { ++fired; });
    time.addTimer(3'000'000, [&] { fired += 10; });
    EXPECT_TRUE(time.sleepUntil(1'000'000));
    EXPECT_EQ(fired, 0);
    time.fireDueTimers();
    EXPECT_EQ(fired, 1);       // the later timer is not due yet
    time.fireDueTimers();
    EXPECT_EQ(fired, 1);       // and the due one fired once
    EXPECT_EQ(time.nextTimerUs(), 3'000'000);
}

TEST(BoardTime, CancelledTimersNeverFire) {
    base::VirtualClock clock;
    BoardTime time(clock);
    int fired = 0;
    uint64_t id = time.addTimer(100, [&] { ++fired; });
    EXPECT_TRUE(time.cancelTimer(id));
    EXPECT_FALSE(time.cancelTimer(id));
    EXPECT_TRUE(time.sleepUntil(1000));
    EXPECT_EQ(fired, 0);
    EXPECT_EQ(time.nextTimerUs(), INT64_MAX);
}

TEST(BoardTime, WhileAnotherThreadCanRunASleeperWaitsForIt) {
    base::VirtualClock clock;
    BoardTime time(clock);
    time.threadRunnable();  // the sleeper, counted before it starts
    std::atomic<bool> slept{false};
    std::thread sleeper([&] {
        EXPECT_TRUE(time.sleepUntil(1'000'000));
        slept = true;
        time.threadBlocked();  // the thread ends
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_FALSE(slept.load());  // this thread can still run: time does not jump
    EXPECT_EQ(clock.nowUs(), 0);
    time.threadBlocked();        // now it waits for the outside, and the sleeper's time comes
    sleeper.join();
    time.threadRunnable();
    EXPECT_TRUE(slept.load());
    EXPECT_EQ(clock.nowUs(), 1'000'000);
}

TEST(BoardTime, TwoSleepersWakeInTheOrderOfTheirDeadlines) {
    base::VirtualClock clock;
    BoardTime time(clock);
    std::vector<int64_t> wokeAt;
    std::mutex mutex;
    auto sleepThenEnd = [&](int64_t deadline) {
        time.sleepUntil(deadline);
        {
            std::lock_guard lock(mutex);
            wokeAt.push_back(clock.nowUs());
        }
        time.threadBlocked();  // the thread ends
    };
    time.threadRunnable();
    time.threadRunnable();
    std::thread late(sleepThenEnd, 700);
    std::thread early(sleepThenEnd, 300);
    time.threadBlocked();  // the booting thread goes idle
    early.join();
    late.join();
    time.threadRunnable();
    ASSERT_EQ(wokeAt.size(), 2u);
    EXPECT_EQ(wokeAt[0], 300);
    EXPECT_EQ(wokeAt[1], 700);
}

TEST(BoardTime, RealTimeFiresTimersFromItsOwnThread) {
    base::RealClock clock;
    BoardTime time(clock);
    EXPECT_FALSE(time.isVirtual());
    std::atomic<int> fired{0};
    time.addTimer(clock.nowUs() + 2000, [&] {
        ++fired;
        time.wake();
    });
    time.sleepUntil(clock.nowUs() + 5'000'000);
    EXPECT_EQ(fired.load(), 1);
}

}  // namespace
}  // namespace pyfw::port
