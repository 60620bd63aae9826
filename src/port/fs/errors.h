// Errors of the /flash file system: an errno value in MicroPython's numbering (the Linux values),
// which OSError carries to scripts, and one sentence naming what was wrong for logs and the CLI.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"

namespace pyfw::port::fs {

enum class Errno : int {
    NoEntry = 2,           // ENOENT
    Io = 5,                // EIO: the flash failed, or the volume's structures are damaged
    BadFile = 9,           // EBADF: a closed handle, or a write to a read-only handle
    AccessDenied = 13,     // EACCES: a read-only file
    Busy = 16,             // EBUSY: removing a file that is open
    Exists = 17,           // EEXIST
    NoDevice = 19,         // ENODEV: no FAT volume in the partition (blank or corrupt)
    NotDirectory = 20,     // ENOTDIR
    IsDirectory = 21,      // EISDIR
    Invalid = 22,          // EINVAL: a bad name, mode, offset or argument
    FileTooBig = 27,       // EFBIG: past FAT's 4 GiB file size
    NoSpace = 28,          // ENOSPC
    NameTooLong = 36,      // ENAMETOOLONG: a name of more than 255 UTF-16 units
    NotEmpty = 39,         // ENOTEMPTY
};

// "ENOENT", "EIO", ...
std::string_view errnoName(Errno code);

struct FsError {
    Errno code;
    std::string message;   // e.g. "/lib/x.py: no such file or directory"
};

inline FsError fsFail(Errno code, std::string message) { return FsError{code, std::move(message)}; }

// A value or an FsError (base::Result with the file system's error; PYFW_TRY and PYFW_ASSIGN work
// on it as on any Result).
template <typename T>
using FsResult = base::Result<T, FsError>;
using FsStatus = FsResult<void>;

inline FsStatus fsOk() { return {}; }

}  // namespace pyfw::port::fs
