#include "chip/spi_flash.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pyfw::chip {
namespace {

using base::fail;


bool writeAllAt(int fd, const uint8_t* data, size_t size, off_t offset) {
    while (size > 0) {
        ssize_t done = ::pwrite(fd, data, size, offset);
        if (done < 0 && errno == EINTR) continue;
        if (done <= 0) return false;
        data += done;
        size -= size_t(done);
        offset += done;
    }
    return true;
}

}  // namespace

SpiFlash::SpiFlash(base::Bytes data, int fd) : data_(std::move(data)), fd_(fd) {}

SpiFlash::SpiFlash(SpiFlash&& other) noexcept
    : data_(std::move(other.data_)), fd_(other.fd_), powerCut_(other.powerCut_), counters_(other.counters_) {
    other.fd_ = -1;
}

SpiFlash& SpiFlash::operator=(SpiFlash&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        data_ = std::move(other.data_);
        fd_ = other.fd_;
        powerCut_ = other.powerCut_;
        counters_ = other.counters_;
        other.fd_ = -1;
    }
    return *this;
}

SpiFlash::~SpiFlash() {
    if (fd_ >= 0) ::close(fd_);
}

base::Result<SpiFlash> SpiFlash::openFile(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return fail(path.string() + ": cannot open the flash file (" + std::strerror(errno) + ")");
    off_t size = ::lseek(fd, 0, SEEK_END);
    if (size <= 0 || size % kFlashSectorSize != 0 || size > (off_t(1) << 24)) {
        ::close(fd);
        return fail(path.string() + ": a flash file must be a whole number of 4 KiB sectors, at most 16 MiB");
    }
    base::Bytes data(static_cast<size_t>(size));
    size_t got = 0;
    while (got < data.size()) {
        ssize_t n = ::pread(fd, data.data() + got, data.size() - got, off_t(got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            return fail(path.string() + ": cannot read the flash file");
        }
        got += size_t(n);
    }
    return SpiFlash(std::move(data), fd);
}

base::Result<SpiFlash> SpiFlash::createFile(const std::filesystem::path& path, uint32_t size) {
    if (size == 0 || size % kFlashSectorSize != 0) return fail("flash size must be a whole number of 4 KiB sectors");
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return fail(path.string() + ": cannot create the flash file (" + std::strerror(errno) + ")");
    base::Bytes data(size, 0xFF);
    if (!writeAllAt(fd, data.data(), data.size(), 0)) {
        ::close(fd);
        std::filesystem::remove(path);
        return fail(path.string() + ": cannot write the flash file");
    }
    return SpiFlash(std::move(data), fd);
}

SpiFlash SpiFlash::inMemory(uint32_t size) { return SpiFlash(base::Bytes(size, 0xFF), -1); }

base::Result<SpiFlash> SpiFlash::inMemory(base::Bytes contents) {
    if (contents.empty() || contents.size() % kFlashSectorSize != 0)
        return fail("flash contents must be a whole number of 4 KiB sectors");
    return SpiFlash(std::move(contents), -1);
}

base::Status SpiFlash::checkRange(const char* operation, uint32_t address, uint64_t length) const {
    if (uint64_t(address) + length > data_.size())
        return fail(std::string("flash ") + operation + " at " + base::hexNumber(address) + " of " + std::to_string(length) +
                    " bytes runs past the end of the " + std::to_string(data_.size() / 1024) + " KiB flash");
    return base::okStatus();
}

base::Status SpiFlash::read(uint32_t address, base::MutableByteView out) const {
    if (powerCut_ && powerCut_->powerLost()) return PowerCutInjector::powerLostError("a flash read");
    PYFW_TRY(checkRange("read", address, out.size()));
    std::copy_n(data_.begin() + address, out.size(), out.begin());
    return base::okStatus();
}

base::Result<base::Bytes> SpiFlash::read(uint32_t address, uint32_t length) const {
    base::Bytes out(length);
    PYFW_TRY(read(address, out));
    return out;
}

base::Status SpiFlash::store(uint32_t address, base::ByteView bytes) {
    std::copy(bytes.begin(), bytes.end(), data_.begin() + address);
    if (fd_ >= 0 && !writeAllAt(fd_, bytes.data(), bytes.size(), off_t(address)))
        return fail("cannot write the flash file (" + std::string(std::strerror(errno)) + ")");
    return base::okStatus();
}

// A torn program stores a random prefix of the new bytes; a torn erase leaves a random prefix
// erased and the cells after it half-erased (some of their 0 bits back to 1).
void SpiFlash::tear(uint32_t address, base::ByteView wanted, bool isErase) {
    auto& random = powerCut_->random();
    size_t done = wanted.empty() ? 0 : random() % wanted.size();
    base::Bytes result(data_.begin() + address, data_.begin() + address + wanted.size());
    std::copy_n(wanted.begin(), done, result.begin());
    if (isErase)
        for (size_t i = done; i < std::min(result.size(), done + 64); ++i) result[i] |= uint8_t(random());
    else if (done < result.size())
        result[done] &= uint8_t(wanted[done] | uint8_t(random()));
    (void)store(address, result);
}

base::Status SpiFlash::program(uint32_t address, base::ByteView data) {
    if (powerCut_ && powerCut_->powerLost()) return PowerCutInjector::powerLostError("a flash write");
    PYFW_TRY(checkRange("write", address, data.size()));
    base::Bytes merged(data.size());
    for (size_t i = 0; i < data.size(); ++i) merged[i] = data_[address + i] & data[i];
    auto verdict = powerCut_ ? powerCut_->nextWrite() : PowerCutInjector::Verdict::Proceed;
    switch (verdict) {
    case PowerCutInjector::Verdict::Proceed:
        ++counters_.programs;
        counters_.bytesProgrammed += data.size();
        return store(address, merged);
    case PowerCutInjector::Verdict::Keep: (void)store(address, merged); break;
    case PowerCutInjector::Verdict::Tear: tear(address, merged, false); break;
    case PowerCutInjector::Verdict::Drop: break;
    }
    return PowerCutInjector::powerLostError("a flash write at " + base::hexNumber(address));
}

base::Status SpiFlash::eraseSector(uint32_t address) {
    if (powerCut_ && powerCut_->powerLost()) return PowerCutInjector::powerLostError("a flash erase");
    if (address % kFlashSectorSize != 0) return fail("flash erase address " + base::hexNumber(address) + " is not 4 KiB aligned");
    PYFW_TRY(checkRange("erase", address, kFlashSectorSize));
    static const base::Bytes erased(kFlashSectorSize, 0xFF);
    auto verdict = powerCut_ ? powerCut_->nextWrite() : PowerCutInjector::Verdict::Proceed;
    switch (verdict) {
    case PowerCutInjector::Verdict::Proceed:
        ++counters_.erases;
        return store(address, erased);
    case PowerCutInjector::Verdict::Keep: (void)store(address, erased); break;
    case PowerCutInjector::Verdict::Tear: tear(address, erased, true); break;
    case PowerCutInjector::Verdict::Drop: break;
    }
    return PowerCutInjector::powerLostError("a flash erase at " + base::hexNumber(address));
}

base::Status SpiFlash::eraseRange(uint32_t address, uint32_t length) {
    if (address % kFlashSectorSize != 0 || length % kFlashSectorSize != 0)
        return fail("flash erase of " + base::hexNumber(length) + " bytes at " + base::hexNumber(address) + " is not whole 4 KiB sectors");
    PYFW_TRY(checkRange("erase", address, length));
    for (uint32_t offset = 0; offset < length; offset += kFlashSectorSize) PYFW_TRY(eraseSector(address + offset));
    return base::okStatus();
}

}  // namespace pyfw::chip
