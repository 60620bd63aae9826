#include "base/file.h"

#include <fcntl.h>
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

Status writeFileAtomically(const std::filesystem::path& path, ByteView data) {
    std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
    std::random_device entropy;
    std::filesystem::path temp =
        dir / ("." + path.filename().string() + ".tmp" + std::to_string(entropy() % 1000000));
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
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
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
