#include "base/file.h"

#include <fcntl.h>
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
    // Read straight into a buffer of the file's size (grown if the file grows meanwhile), so a
    // large image is neither copied from a bounce buffer nor reallocated along the way.
    struct stat info {};
    size_t expected = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) ? size_t(info.st_size) : 0;
    Bytes data(expected + 1);
    size_t filled = 0;
    for (;;) {
        if (filled == data.size()) data.resize(data.size() * 2 + 65536);
        ssize_t n = ::read(fd, data.data() + filled, data.size() - filled);
        if (n < 0) {
            if (errno == EINTR) continue;
            Error error = fail(describe(path, "cannot read"));
            ::close(fd);
            return error;
        }
        if (n == 0) break;
        filled += size_t(n);
    }
    ::close(fd);
    data.resize(filled);
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
