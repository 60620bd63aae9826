// The files open() reaches: the host's files under `pyfw run`; on a board, the port installs the
// board's /flash file system in their place. Errors are errno values in MicroPython's numbering
// (the Linux values), which OSError carries to the script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace pyfw::lib {

struct OpenMode {
    bool read = false;
    bool write = false;
    bool create = false;
    bool truncate = false;
    bool append = false;      // every write goes to the end
    bool exclusive = false;   // fail with EEXIST when the file exists
};

// An open file. Byte counts and positions are >= 0; a negative value is -errno.
class File {
public:
    virtual ~File() = default;
    virtual int64_t read(uint8_t* out, size_t size) = 0;
    virtual int64_t write(const uint8_t* data, size_t size) = 0;
    virtual int64_t seek(int64_t offset, int whence) = 0;   // returns the new position
    virtual int flush() = 0;                                 // 0 or -errno
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The open file, or null with `error` set to an errno value.
    virtual std::unique_ptr<File> open(std::string_view path, const OpenMode& mode, int& error) = 0;
};

// The file system scripts see (process-wide: one board or one `pyfw run` per process).
FileSystem& fileSystem();
// Installs the board's file system; null restores the host's.
void installFileSystem(FileSystem* fs);

}  // namespace pyfw::lib
