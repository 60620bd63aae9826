#include "cli/flash_stream.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "crypto/random.h"

namespace pyfw::cli {

namespace {

constexpr size_t kChunk = 256 * 1024;  // a multiple of 32, so chunks never split a tweak block

[[noreturn]] void failOn(const std::string& path, const char* what) {
    throw CommandFailure(path + ": " + what + " (" + std::strerror(errno) + ")", 2);
}

// The whole input, mapped read-only (a copy-free view of the page cache).
class MappedInput {
public:
    explicit MappedInput(const std::string& path) {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) failOn(path, "cannot open for reading");
        struct stat info {};
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            ::close(fd);
            if (errno == 0 || S_ISDIR(info.st_mode) || !S_ISREG(info.st_mode)) errno = EINVAL;
            failOn(path, "is not a regular file");
        }
        size_ = size_t(info.st_size);
        if (size_ > 0) {
            void* map = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (map == MAP_FAILED) {
                ::close(fd);
                failOn(path, "cannot read");
            }
            data_ = static_cast<const uint8_t*>(map);
        }
        ::close(fd);
    }
    ~MappedInput() {
        if (size_ > 0) ::munmap(const_cast<uint8_t*>(data_), size_);
    }
    MappedInput(const MappedInput&) = delete;
    MappedInput& operator=(const MappedInput&) = delete;
    const uint8_t* data() const { return data_; }
    size_t size() const { return size_; }

private:
    const uint8_t* data_ = nullptr;
    size_t size_ = 0;
};

// A temporary file beside the output, renamed over it by commit() and removed otherwise.
class TemporaryOutput {
public:
    explicit TemporaryOutput(const std::string& path) : path_(path) {
        std::filesystem::path target(path);
        std::string name = ".";
        name += target.filename().string();
        name += ".tmp";
        name += std::to_string(std::random_device{}() % 1000000);
        temp_ = ((target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path()) / name).string();
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ < 0) failOn(path, "cannot create the output file");
    }
    ~TemporaryOutput() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(temp_.c_str());
    }
    TemporaryOutput(const TemporaryOutput&) = delete;
    TemporaryOutput& operator=(const TemporaryOutput&) = delete;

    void write(const uint8_t* data, size_t size) {
        while (size > 0) {
            ssize_t n = ::write(fd_, data, size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) failOn(path_, "cannot write");
            data += n;
            size -= size_t(n);
        }
    }
    void commit() {
        int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) failOn(path_, "cannot write");
        if (::rename(temp_.c_str(), path_.c_str()) != 0) failOn(path_, "cannot replace the output file");
        committed_ = true;
    }

private:
    std::string path_, temp_;
    int fd_ = -1;
    bool committed_ = false;
};

}  // namespace

void transformFlashFile(const FlashStreamJob& job) {
    MappedInput input(job.input);
    size_t pad = input.size() % 16 == 0 ? 0 : 16 - input.size() % 16;
    if (pad != 0 && job.direction == security::FlashCipherDirection::Decrypt)
        throw CommandFailure(job.input + ": data length " + std::to_string(input.size()) + " is not a multiple of 16 bytes", 2);
    TemporaryOutput output(job.output);
    std::vector<uint8_t> buffer(std::min(kChunk, input.size() + pad));
    for (size_t offset = 0; offset < input.size() + pad; offset += kChunk) {
        size_t length = std::min(kChunk, input.size() + pad - offset);
        size_t fromInput = std::min(length, input.size() - offset);
        base::ByteView source(input.data() + offset, length);
        if (fromInput < length) {  // the last chunk ends in a partial block: pad a copy of it
            std::memcpy(buffer.data(), input.data() + offset, fromInput);
            crypto::fillRandom(base::MutableByteView(buffer.data() + fromInput, length - fromInput));
            std::printf("Note: Padding with %zu bytes of random data (encrypted data must be multiple of 16 bytes long)\n", pad);
            source = base::ByteView(buffer.data(), length);
        }
        auto status = security::FlashEncryption::transform(job.key, job.address + offset, job.conf, job.direction,
                                                           source, base::MutableByteView(buffer.data(), length));
        if (!status.ok()) failWith(status.error());
        output.write(buffer.data(), length);
    }
    output.commit();
}

}  // namespace pyfw::cli
