// What the FTP server serves: a tree of files behind paths like "/flash/lib/x.py" (the board's
// mount table; the root lists the mount points). The firmware gives it /flash through the board's
// file system, with uploads to /flash/sys/appimg.bin going to the OTA updater. Errors are errno
// values; a failed upload leaves nothing behind.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pyfw::net {

struct FtpEntry {
    std::string name;
    bool isDirectory = false;
    uint64_t size = 0;
    int64_t modifiedSeconds = 0;
};

class FtpReader {
public:
    virtual ~FtpReader() = default;
    // Bytes read (0 at the end), or -errno.
    virtual int64_t read(uint8_t* out, size_t size) = 0;
};

// An upload in progress: nothing is visible under its name until finish() succeeds.
class FtpWriter {
public:
    virtual ~FtpWriter() = default;   // an unfinished upload is dropped
    virtual int write(const uint8_t* data, size_t size) = 0;   // 0 or errno
    virtual int finish() = 0;   // 0 or errno (the upload is then dropped)
    // Why finish() or write() failed, when errno alone does not say (an OTA image refused).
    virtual std::string failure() const { return {}; }
};

class FtpStorage {
public:
    virtual ~FtpStorage() = default;
    virtual int list(const std::string& path, std::vector<FtpEntry>& out) = 0;
    virtual int stat(const std::string& path, FtpEntry& out) = 0;
    virtual std::unique_ptr<FtpReader> openRead(const std::string& path, int& error) = 0;
    virtual std::unique_ptr<FtpWriter> openWrite(const std::string& path, int& error) = 0;
    virtual int remove(const std::string& path) = 0;
    virtual int makeDir(const std::string& path) = 0;
    virtual int removeDir(const std::string& path) = 0;
    virtual int rename(const std::string& from, const std::string& to) = 0;
};

}  // namespace pyfw::net
