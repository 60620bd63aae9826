#include "lib/calendar_time.h"

#include <gtest/gtest.h>

#include <ctime>

namespace pyfw::lib {
namespace {

// Compares with the C library's gmtime_r/timegm, an independent implementation.
TEST(CalendarTime, AgreesWithTheCLibrary) {
    for (int64_t t = -4000000000LL; t < 8000000000LL; t += 86400LL * 37 + 3671) {
        time_t plain = time_t(t);
        std::tm expected{};
        ASSERT_TRUE(gmtime_r(&plain, &expected));
        CalendarTime got = calendarFromSeconds(t);
        ASSERT_EQ(got.year, expected.tm_year + 1900) << t;
        ASSERT_EQ(got.month, expected.tm_mon + 1) << t;
        ASSERT_EQ(got.mday, expected.tm_mday) << t;
        ASSERT_EQ(got.hour, expected.tm_hour) << t;
        ASSERT_EQ(got.minute, expected.tm_min) << t;
        ASSERT_EQ(got.second, expected.tm_sec) << t;
        ASSERT_EQ(got.weekday, (expected.tm_wday + 6) % 7) << t;
        ASSERT_EQ(got.yearday, expected.tm_yday + 1) << t;
        ASSERT_EQ(secondsFromCalendar(got.year, got.month, got.mday, got.hour, got.minute, got.second), t);
    }
}

TEST(CalendarTime, NormalisesOutOfRangeFields) {
    int64_t newYear2001 = secondsFromCalendar(2001, 1, 1, 0, 0, 0);
    EXPECT_EQ(secondsFromCalendar(2000, 13, 1, 0, 0, 0), newYear2001);
    EXPECT_EQ(secondsFromCalendar(2000, 12, 32, 0, 0, 0), newYear2001);
    EXPECT_EQ(secondsFromCalendar(2000, 12, 31, 24, 0, 0), newYear2001);
    EXPECT_EQ(secondsFromCalendar(2001, 1, 1, 0, 0, -1), newYear2001 - 1);
    EXPECT_EQ(secondsFromCalendar(2001, 0, 1, 0, 0, 0), secondsFromCalendar(2000, 12, 1, 0, 0, 0));
    EXPECT_EQ(secondsFromCalendar(2001, 3, 0, 0, 0, 0), secondsFromCalendar(2001, 2, 28, 0, 0, 0));
    EXPECT_EQ(secondsFromCalendar(2001, -11, 1, 0, 0, 0), secondsFromCalendar(2000, 1, 1, 0, 0, 0));
}

}  // namespace
}  // namespace pyfw::lib
