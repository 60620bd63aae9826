// The firmware's errno numbering (MicroPython's internal values, the Linux ones) and names: the
// uerrno module exposes them, and OSError(n) prints as "[Errno n] NAME" with them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace pyfw::engine {

struct ErrnoName {
    const char* name;
    int value;
};

inline constexpr ErrnoName kErrnoNames[] = {
    {"EPERM", 1},          {"ENOENT", 2},        {"EIO", 5},            {"EBADF", 9},
    {"EAGAIN", 11},        {"ENOMEM", 12},       {"EACCES", 13},        {"EEXIST", 17},
    {"ENODEV", 19},        {"EISDIR", 21},       {"EINVAL", 22},        {"EMSGSIZE", 90},
    {"EOPNOTSUPP", 95},    {"EADDRINUSE", 98},   {"ENETDOWN", 100},     {"ECONNABORTED", 103},
    {"ECONNRESET", 104},   {"ENOBUFS", 105},     {"ENOTCONN", 107},     {"ETIMEDOUT", 110},
    {"ECONNREFUSED", 111}, {"EHOSTUNREACH", 113}, {"EALREADY", 114},    {"EINPROGRESS", 115},
};

constexpr bool errnoValuesAreUnique() {
    for (size_t i = 0; i < std::size(kErrnoNames); ++i)
        for (size_t j = i + 1; j < std::size(kErrnoNames); ++j)
            if (kErrnoNames[i].value == kErrnoNames[j].value) return false;
    return true;
}
static_assert(errnoValuesAreUnique(), "each errno value has one name");

// The name of `value`, or nullptr when the firmware has none.
const char* errnoName(int64_t value);

}  // namespace pyfw::engine
