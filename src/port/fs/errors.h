// Errors of the /flash file system: an errno value in MicroPython's numbering (the Linux values),
// which OSError carries to scripts, and one sentence naming what was wrong for logs and the CLI.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

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

// A value or an FsError (the file system's Result).
template <typename T>
class [[nodiscard]] FsResult {
public:
    FsResult(T value) : state_(std::move(value)) {}
    FsResult(FsError error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { assert(ok()); return std::get<0>(state_); }
    const T& value() const& { assert(ok()); return std::get<0>(state_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const FsError& error() const { assert(!ok()); return std::get<1>(state_); }

private:
    std::variant<T, FsError> state_;
};

template <>
class [[nodiscard]] FsResult<void> {
public:
    FsResult() = default;
    FsResult(FsError error) : error_(std::move(error)), failed_(true) {}
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const FsError& error() const { assert(failed_); return error_; }

private:
    FsError error_{Errno::Io, {}};
    bool failed_ = false;
};

using FsStatus = FsResult<void>;

inline FsStatus fsOk() { return {}; }

}  // namespace pyfw::port::fs

// FS_TRY(expr): return the FsError of a failed FsStatus/FsResult from the enclosing function.
#define FS_TRY(expr)                                            \
    do {                                                        \
        auto&& fs_try_result_ = (expr);                         \
        if (!fs_try_result_.ok()) return fs_try_result_.error(); \
    } while (0)

// FS_ASSIGN(decl, expr): declare decl from a successful FsResult, or return its error.
#define FS_ASSIGN(decl, expr) FS_ASSIGN_IMPL(PYFW_FS_CONCAT(fs_assign_, __LINE__), decl, expr)
#define PYFW_FS_CONCAT_INNER(a, b) a##b
#define PYFW_FS_CONCAT(a, b) PYFW_FS_CONCAT_INNER(a, b)
#define FS_ASSIGN_IMPL(tmp, decl, expr) \
    auto tmp = (expr);                  \
    if (!tmp.ok()) return tmp.error();  \
    decl = std::move(tmp).value()
