#include "port/fs/errors.h"

#include <iterator>

namespace pyfw::port::fs {
namespace {

struct ErrnoRow {
    Errno code;
    std::string_view name;
};

constexpr ErrnoRow kErrnoRows[] = {
    {Errno::NoEntry, "ENOENT"},      {Errno::Io, "EIO"},           {Errno::BadFile, "EBADF"},
    {Errno::AccessDenied, "EACCES"}, {Errno::Busy, "EBUSY"},       {Errno::Exists, "EEXIST"},
    {Errno::NoDevice, "ENODEV"},     {Errno::NotDirectory, "ENOTDIR"}, {Errno::IsDirectory, "EISDIR"},
    {Errno::Invalid, "EINVAL"},      {Errno::FileTooBig, "EFBIG"}, {Errno::NoSpace, "ENOSPC"},
    {Errno::NameTooLong, "ENAMETOOLONG"}, {Errno::NotEmpty, "ENOTEMPTY"},
};

}  // namespace

std::string_view errnoName(Errno code) {
    for (const auto& row : kErrnoRows)
        if (row.code == code) return row.name;
    return "E?";
}

}  // namespace pyfw::port::fs
