#include "lib/calendar_time.h"

namespace pyfw::lib {

namespace {

constexpr int64_t kSecondsPerDay = 86400;
constexpr int64_t kDaysPer400Years = 146097;
// Days from 0000-03-01 (the start of the shifted year used below) to 1970-01-01.
constexpr int64_t kEpochShift = 719468;

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Counting years from March makes February the last month, so leap days fall at the end of a
// year and the month lengths follow a fixed pattern (153 days per five months).
int64_t daysFromCivil(int64_t year, int64_t month, int64_t day) {
    year -= month <= 2;
    int64_t era = floorDiv(year, 400);
    int64_t yearOfEra = year - era * 400;
    int64_t shiftedMonth = month > 2 ? month - 3 : month + 9;
    int64_t dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * kDaysPer400Years + dayOfEra - kEpochShift;
}

void civilFromDays(int64_t days, int64_t& year, int& month, int& day) {
    days += kEpochShift;
    int64_t era = floorDiv(days, kDaysPer400Years);
    int64_t dayOfEra = days - era * kDaysPer400Years;
    int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    year = yearOfEra + era * 400 + (month <= 2);
}

}  // namespace

CalendarTime calendarFromSeconds(int64_t seconds) {
    int64_t days = floorDiv(seconds, kSecondsPerDay);
    int64_t rest = seconds - days * kSecondsPerDay;
    CalendarTime t{};
    civilFromDays(days, t.year, t.month, t.mday);
    t.hour = int(rest / 3600);
    t.minute = int(rest / 60 % 60);
    t.second = int(rest % 60);
    int64_t weekday = (days + 3) % 7;   // 1970-01-01 was a Thursday (Monday is 0)
    t.weekday = int(weekday < 0 ? weekday + 7 : weekday);
    t.yearday = int(days - daysFromCivil(t.year, 1, 1) + 1);
    return t;
}

int64_t secondsFromCalendar(int64_t year, int64_t month, int64_t mday, int64_t hour, int64_t minute,
                            int64_t second) {
    int64_t monthIndex = month - 1;
    year += floorDiv(monthIndex, 12);
    monthIndex -= floorDiv(monthIndex, 12) * 12;
    int64_t days = daysFromCivil(year, monthIndex + 1, 1) + mday - 1;
    return days * kSecondsPerDay + hour * 3600 + minute * 60 + second;
}

}  // namespace pyfw::lib
