#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

namespace pyfw::base {

namespace {

std::string describe(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what + " (" + std::strerror(errno) + ")";
}

constexpr int kTemporaryNameTries = 16;

}  // namespace

// ---- InputFile ----

InputFile::InputFile(int fd, std::filesystem::path path, bool regular, uint64_t size)
    : fd_(fd), path_(std::move(path)), regular_(regular), sizeAtOpen_(size) {}

InputFile::InputFile(InputFile&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), regular_(other.regular_), sizeAtOpen_(other.sizeAtOpen_) {
    other.fd_ = -1;
}

InputFile::~InputFile() {
    if (fd_ >= 0) ::close(fd_);
}

Result<InputFile> InputFile::open(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(describe(path, "cannot open for reading"));
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        Error error = fail(describe(path, "cannot read"));
        ::close(fd);
        return error;
    }
    const bool regular = S_ISREG(info.st_mode);
    return InputFile(fd, path, regular, regular ? uint64_t(info.st_size) : 0);
}

Result<size_t> InputFile::readUpTo(MutableByteView into) {
    size_t done = 0;
    while (done < into.size()) {
        ssize_t n = ::read(fd_, into.data() + done, into.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(describe(path_, "cannot read"));
        if (n == 0) break;
        done += size_t(n);
    }
    return done;
}

Result<Bytes> readFile(const std::filesystem::path& path) {
    PYFW_ASSIGN(InputFile file, InputFile::open(path));
    // One byte more than the size tells at once, without a second pass, that the file ended.
    Bytes data(file.sizeAtOpen() + 1);
    size_t used = 0;
    for (;;) {
        PYFW_ASSIGN(size_t n, file.readUpTo(MutableByteView(data).subspan(used)));
        used += n;
        if (used < data.size()) break;
        data.resize(data.size() * 2 + 65536);  // the file grew while being read, or is not regular
    }
    data.resize(used);
    return data;
}

// ---- OutputFile ----

OutputFile::OutputFile(int fd, std::filesystem::path path, std::filesystem::path temp)
    : fd_(fd), path_(std::move(path)), temp_(std::move(temp)) {}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : fd_(other.fd_), path_(std::move(other.path_)), temp_(std::move(other.temp_)), committed_(other.committed_) {
    other.fd_ = -1;
    other.committed_ = true;  // the moved-from object owns nothing to clean up
}

OutputFile::~OutputFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temp_.c_str());
}

Result<OutputFile> OutputFile::create(const std::filesystem::path& path, unsigned mode) {
    const std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
    std::random_device entropy;
    for (int attempt = 0; attempt < kTemporaryNameTries; ++attempt) {
        std::filesystem::path temp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(entropy() % 1000000));
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0) return OutputFile(fd, path, temp);
        if (errno != EEXIST) break;  // a name taken by another writer: pick another one
    }
    return fail(describe(path, "cannot create the output file"));
}

Status OutputFile::write(ByteView data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd_, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return fail(describe(path_, "cannot write"));
        done += size_t(n);
    }
    return okStatus();
}

Status OutputFile::commit(Durability durability) {
    const bool flushed = durability == Durability::Atomic || ::fsync(fd_) == 0;
    const bool closed = ::close(fd_) == 0;
    fd_ = -1;
    if (!flushed || !closed) return fail(describe(path_, "cannot flush to disk"));
    if (::rename(temp_.c_str(), path_.c_str()) != 0) return fail(describe(path_, "cannot replace the output file"));
    committed_ = true;
    return okStatus();
}

Status OutputFile::commitNew() {
    const bool flushed = ::fsync(fd_) == 0;
    const bool closed = ::close(fd_) == 0;
    fd_ = -1;
    if (!flushed || !closed) return fail(describe(path_, "cannot flush to disk"));
    if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST) return fail(path_.string() + " already exists");
        return fail(describe(path_, "cannot create the output file"));
    }
    committed_ = true;
    return okStatus();
}

Status writeSecretFile(const std::filesystem::path& path, ByteView data, bool replace) {
    PYFW_ASSIGN(OutputFile file, OutputFile::create(path, 0600));
    PYFW_TRY(file.write(data));
    return replace ? file.commit(Durability::Synced) : file.commitNew();
}

// ---- OutputFolder ----

namespace {

std::filesystem::path besideWithSuffix(const std::filesystem::path& target, const std::string& suffix) {
    std::random_device entropy;
    std::filesystem::path absolute = std::filesystem::absolute(target).lexically_normal();
    if (absolute.filename().empty()) absolute = absolute.parent_path();
    std::string name = ".";
    name += absolute.filename().string();
    name += suffix;
    name += std::to_string(entropy() % 1000000);
    return absolute.parent_path() / name;
}

}  // namespace

OutputFolder::OutputFolder(std::filesystem::path target, std::filesystem::path staging)
    : target_(std::move(target)), staging_(std::move(staging)) {}

OutputFolder::OutputFolder(OutputFolder&& other) noexcept
    : target_(std::move(other.target_)), staging_(std::move(other.staging_)), committed_(other.committed_) {
    other.committed_ = true;
}

OutputFolder::~OutputFolder() {
    std::error_code ignored;
    if (!committed_) std::filesystem::remove_all(staging_, ignored);
}

Result<OutputFolder> OutputFolder::create(const std::filesystem::path& target) {
    for (int attempt = 0; attempt < kTemporaryNameTries; ++attempt) {
        std::filesystem::path staging = besideWithSuffix(target, ".tmp");
        std::error_code error;
        if (std::filesystem::create_directory(staging, error)) return OutputFolder(target, staging);
        if (error) return fail(target.string() + ": cannot create a folder beside it (" + error.message() + ")");
    }
    return fail(target.string() + ": cannot create a temporary folder beside it");
}

Status OutputFolder::commit(const std::function<Status(const std::filesystem::path&)>& mayReplace) {
    std::error_code error;
    std::filesystem::path old;
    if (std::filesystem::exists(target_, error)) {
        PYFW_TRY(mayReplace(target_));
        old = besideWithSuffix(target_, ".old");
        std::filesystem::rename(target_, old, error);
        if (error) return fail(target_.string() + ": cannot move the old folder aside (" + error.message() + ")");
    }
    std::filesystem::rename(staging_, target_, error);
    if (error) {
        std::error_code ignored;
        if (!old.empty()) std::filesystem::rename(old, target_, ignored);
        return fail(target_.string() + ": cannot put the new folder in place (" + error.message() + ")");
    }
    committed_ = true;
    if (!old.empty()) std::filesystem::remove_all(old, error);
    return okStatus();
}

Status writeFileAtomically(const std::filesystem::path& path, ByteView data, Durability durability) {
    PYFW_ASSIGN(OutputFile file, OutputFile::create(path));
    PYFW_TRY(file.write(data));
    return file.commit(durability);
}

}  // namespace pyfw::base
