// The host's files for `pyfw run`: POSIX file descriptors with a small read buffer, so reading
// a line character by character does not cost a system call per character.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "lib/file_system.h"

namespace pyfw::lib {

namespace {

class HostFile : public File {
public:
    explicit HostFile(int fd) : fd_(fd) {}
    ~HostFile() override { ::close(fd_); }

    int64_t read(uint8_t* out, size_t size) override {
        if (position_ == filled_) {
            if (size >= sizeof buffer_) return readDirect(out, size);
            int64_t n = readDirect(buffer_, sizeof buffer_);
            if (n <= 0) return n;
            position_ = 0;
            filled_ = size_t(n);
        }
        size_t count = std::min(size, filled_ - position_);
        std::memcpy(out, buffer_ + position_, count);
        position_ += count;
        return int64_t(count);
    }

    int64_t write(const uint8_t* data, size_t size) override {
        if (int error = dropReadAhead()) return error;
        size_t done = 0;
        while (done < size) {
            ssize_t n = ::write(fd_, data + done, size - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                return -errno;
            }
            done += size_t(n);
        }
        return int64_t(done);
    }

    int64_t seek(int64_t offset, int whence) override {
        if (whence == SEEK_CUR) offset -= int64_t(filled_ - position_);
        position_ = filled_ = 0;
        off_t at = ::lseek(fd_, off_t(offset), whence);
        return at < 0 ? -errno : int64_t(at);
    }

    int flush() override { return 0; }   // writes go straight to the file

private:
    int64_t readDirect(uint8_t* out, size_t size) {
        while (true) {
            ssize_t n = ::read(fd_, out, size);
            if (n >= 0) return n;
            if (errno != EINTR) return -errno;
        }
    }

    // The file position is where the script thinks it is, not where the read-ahead stopped.
    int dropReadAhead() {
        if (position_ == filled_) return 0;
        off_t back = off_t(filled_ - position_);
        position_ = filled_ = 0;
        return ::lseek(fd_, -back, SEEK_CUR) < 0 ? -errno : 0;
    }

    int fd_;
    uint8_t buffer_[4096];
    size_t position_ = 0;
    size_t filled_ = 0;
};

class HostFileSystem : public FileSystem {
public:
    std::unique_ptr<File> open(std::string_view path, const OpenMode& mode, int& error) override {
        int flags = mode.read && mode.write ? O_RDWR : mode.write ? O_WRONLY : O_RDONLY;
        if (mode.create) flags |= O_CREAT;
        if (mode.truncate) flags |= O_TRUNC;
        if (mode.append) flags |= O_APPEND;
        if (mode.exclusive) flags |= O_EXCL;
        std::string name(path);
        if (name.find('\0') != std::string::npos) {
            error = EINVAL;
            return nullptr;
        }
        int fd = ::open(name.c_str(), flags | O_CLOEXEC, 0666);
        if (fd < 0) {
            error = errno;
            return nullptr;
        }
        struct stat info;
        if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
            ::close(fd);
            error = EISDIR;
            return nullptr;
        }
        return std::make_unique<HostFile>(fd);
    }
};

FileSystem* installed = nullptr;

}  // namespace

FileSystem& fileSystem() {
    static HostFileSystem host;
    return installed ? *installed : host;
}

void installFileSystem(FileSystem* fs) { installed = fs; }

}  // namespace pyfw::lib
