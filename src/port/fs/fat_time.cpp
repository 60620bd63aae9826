#include "port/fs/fat_time.h"

#include <algorithm>

#include "lib/calendar_time.h"

namespace pyfw::port::fs {

FatTimestamp fatTimestamp(int64_t seconds) {
    static const int64_t first = lib::secondsFromCalendar(1980, 1, 1, 0, 0, 0);
    static const int64_t last = lib::secondsFromCalendar(2107, 12, 31, 23, 59, 59);
    auto t = lib::calendarFromSeconds(std::clamp(seconds, first, last));
    FatTimestamp stamp;
    stamp.date = uint16_t(((t.year - 1980) << 9) | (t.month << 5) | t.mday);
    stamp.time = uint16_t((t.hour << 11) | (t.minute << 5) | (t.second / 2));
    return stamp;
}

int64_t unixSeconds(uint16_t date, uint16_t time) {
    return lib::secondsFromCalendar(1980 + (date >> 9), (date >> 5) & 0xF, date & 0x1F, time >> 11, (time >> 5) & 0x3F,
                                    (time & 0x1F) * 2);
}

}  // namespace pyfw::port::fs
