#include "base/file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace pyfw::base {

namespace {
std::string describe(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what + " (" + std::strerror(errno) + ")";
}
}  // namespace

Result<Bytes> readFile(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(describe(path, "cannot open for reading"));
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        // A regular file is copied straight from the page cache, with no bounce buffer and no
        // zero-filling of the destination first (which costs as much as the copy for an image).
        size_t size = size_t(info.st_size);
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (map != MAP_FAILED) {
            const uint8_t* bytes = static_cast<const uint8_t*>(map);
            Bytes data(bytes, bytes + size);
            ::munmap(map, size);
            ::close(fd);
            return data;
        }
    }
    Bytes data;
    uint8_t chunk[65536];
    for (;;) {
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            Error error = fail(describe(path, "cannot read"));
            ::close(fd);
            return error;
        }
        if (n == 0) break;
        data.insert(data.end(), chunk, chunk + n);
    }
    ::close(fd);
    return data;
}

Status writeFileAtomically(const std::filesystem::path& path, ByteView data, Durability durability) {
    std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
    std::random_device entropy;
    std::string tempName = ".";
    tempName += path.filename().string();
    tempName += ".tmp";
    tempName += std::to_string(entropy() % 1000000);
    std::filesystem::path temp = dir / tempName;
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return fail(describe(path, "cannot create the output file"));
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            Error error = fail(describe(path, "cannot write"));
            ::close(fd);
            ::unlink(temp.c_str());
            return error;
        }
        done += size_t(n);
    }
    bool flushed = durability == Durability::Atomic || ::fsync(fd) == 0;
    if (!flushed || ::close(fd) != 0) {
        Error error = fail(describe(path, "cannot flush to disk"));
        ::unlink(temp.c_str());
        return error;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        Error error = fail(describe(path, "cannot replace the output file"));
        ::unlink(temp.c_str());
        return error;
    }
    return okStatus();
}

}  // namespace pyfw::base
