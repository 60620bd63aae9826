// The host's files for `pyfw run`: POSIX file descriptors with a small read buffer, so reading
// a line character by character does not cost a system call per character.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "lib/host_file_system.h"

namespace pyfw::lib {

using namespace pyfw::engine;

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

// A path with a NUL byte cannot name a host file (the C library would cut it short).
bool validPath(std::string_view path) { return path.find('\0') == std::string_view::npos; }

int result(int status) { return status == 0 ? 0 : errno; }

class HostFileSystem : public FileSystem {
public:
    std::unique_ptr<File> open(std::string_view path, const OpenMode& mode, int& error) override {
        int flags = mode.read && mode.write ? O_RDWR : mode.write ? O_WRONLY : O_RDONLY;
        if (mode.create) flags |= O_CREAT;
        if (mode.truncate) flags |= O_TRUNC;
        if (mode.append) flags |= O_APPEND;
        if (mode.exclusive) flags |= O_EXCL;
        if (!validPath(path)) {
            error = EINVAL;
            return nullptr;
        }
        int fd = ::open(std::string(path).c_str(), flags | O_CLOEXEC, 0666);
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

    int stat(std::string_view path, FileStat& out) override {
        struct stat info;
        if (!validPath(path)) return EINVAL;
        if (::stat(std::string(path).c_str(), &info) != 0) return errno;
        out.isDirectory = S_ISDIR(info.st_mode);
        out.size = uint64_t(info.st_size);
        out.modifiedSeconds = int64_t(info.st_mtime);
        return 0;
    }

    int listDir(std::string_view path, std::vector<DirEntry>& out) override {
        if (!validPath(path)) return EINVAL;
        std::string dir(path.empty() ? "." : path);
        DIR* handle = ::opendir(dir.c_str());
        if (!handle) return errno;
        while (dirent* entry = ::readdir(handle)) {
            std::string name = entry->d_name;
            if (name == "." || name == "..") continue;
            FileStat info;
            stat(dir + "/" + name, info);
            out.push_back({name, info.isDirectory, info.size});
        }
        ::closedir(handle);
        return 0;
    }

    int makeDir(std::string_view path) override {
        return validPath(path) ? result(::mkdir(std::string(path).c_str(), 0777)) : EINVAL;
    }
    int removeDir(std::string_view path) override {
        return validPath(path) ? result(::rmdir(std::string(path).c_str())) : EINVAL;
    }
    int remove(std::string_view path) override {
        if (!validPath(path)) return EINVAL;
        FileStat info;
        if (stat(path, info) == 0 && info.isDirectory) return EISDIR;
        return result(::unlink(std::string(path).c_str()));
    }
    int rename(std::string_view from, std::string_view to) override {
        if (!validPath(from) || !validPath(to)) return EINVAL;
        return result(::rename(std::string(from).c_str(), std::string(to).c_str()));
    }
    int statVolume(std::string_view path, VolumeStat& out) override {
        struct statvfs info;
        if (!validPath(path)) return EINVAL;
        if (::statvfs(std::string(path).c_str(), &info) != 0) return errno;
        out.blockSize = info.f_bsize;
        out.blocks = info.f_blocks;
        out.freeBlocks = info.f_bavail;
        out.nameMax = info.f_namemax;
        return 0;
    }
    std::string currentDir() override {
        char buffer[4096];
        return ::getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string();
    }
    int changeDir(std::string_view path) override {
        return validPath(path) ? result(::chdir(std::string(path).c_str())) : EINVAL;
    }
};

}  // namespace

FileSystem& hostFileSystem() {
    static HostFileSystem host;
    return host;
}

}  // namespace pyfw::lib
