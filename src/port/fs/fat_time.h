// FAT timestamps: a date (years since 1980, month, day) and a time in 2-second steps, in the
// board's clock time (no time zone on the board). Seconds are counted from 1970-01-01, as Pycom's
// utime does; times outside FAT's 1980..2107 are clamped to its ends.
#pragma once

#include <cstdint>

namespace pyfw::port::fs {

struct FatTimestamp {
    uint16_t date = 0x21;   // 1980-01-01
    uint16_t time = 0;
};

FatTimestamp fatTimestamp(int64_t unixSeconds);
// Seconds since 1970 of a FAT date and time (fields out of range are taken as they come).
int64_t unixSeconds(uint16_t date, uint16_t time);

}  // namespace pyfw::port::fs
