// The files an interpreter reaches: `import`, `open()` and `uos` all go through the file system of
// their interpreter. `pyfw run` gives its interpreter the host's files (lib/host_file_system); a
// board gives its own the board's mount table (port/vfs: /flash, /sd). Errors are errno values in
// MicroPython's numbering (the Linux values), which OSError carries to the script. Paths are as the
// script wrote them: relative ones resolve against the file system's current directory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pyfw::engine {

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
    virtual int flush() = 0;                                 // 0 or an errno value
    // Ends the file's life: 0, or the errno of what could not be written (a full volume).
    virtual int close() { return flush(); }
};

struct FileStat {
    bool isDirectory = false;
    uint64_t size = 0;
    int64_t modifiedSeconds = 0;   // since 1970-01-01
};

struct DirEntry {
    std::string name;
    bool isDirectory = false;
    uint64_t size = 0;
};

// uos.statvfs(): block size, fragment size, blocks, free blocks, available blocks, files, free
// files, available files, flags, maximum name length.
struct VolumeStat {
    uint64_t blockSize = 0;
    uint64_t blocks = 0;
    uint64_t freeBlocks = 0;
    uint64_t nameMax = 255;
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // The open file, or null with `error` set to an errno value.
    virtual std::unique_ptr<File> open(std::string_view path, const OpenMode& mode, int& error) = 0;
    // Each returns 0 or an errno value.
    virtual int stat(std::string_view path, FileStat& out) = 0;
    virtual int listDir(std::string_view path, std::vector<DirEntry>& out) = 0;
    virtual int makeDir(std::string_view path) = 0;
    virtual int removeDir(std::string_view path) = 0;
    virtual int remove(std::string_view path) = 0;
    virtual int rename(std::string_view from, std::string_view to) = 0;
    virtual int statVolume(std::string_view path, VolumeStat& out) = 0;
    virtual std::string currentDir() = 0;
    virtual int changeDir(std::string_view path) = 0;
};

}  // namespace pyfw::engine
