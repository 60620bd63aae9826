// Calendar arithmetic for utime: seconds since 1970-01-01 (the epoch Pycom's ESP32 port uses) to
// and from broken-down UTC time, proleptic Gregorian, for any 64-bit second count.
#pragma once

#include <cstdint>

namespace pyfw::lib {

struct CalendarTime {
    int64_t year;
    int month;     // 1..12
    int mday;      // 1..31
    int hour, minute, second;
    int weekday;   // 0 = Monday
    int yearday;   // 1..366
};

CalendarTime calendarFromSeconds(int64_t seconds);

// The inverse, after normalising out-of-range fields the way the firmware's mktime does
// (month 13 is January of the next year, mday 0 the last day of the previous month, ...).
int64_t secondsFromCalendar(int64_t year, int64_t month, int64_t mday, int64_t hour, int64_t minute,
                            int64_t second);

}  // namespace pyfw::lib
