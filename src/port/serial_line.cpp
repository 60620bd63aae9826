#include "port/serial_line.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace pyfw::port {

namespace {

// The firmware's receive buffer: what arrived beyond it waits in the host's pty or pipe.
constexpr size_t kRxBufferBytes = 4096;

std::string errnoText() { return std::strerror(errno); }

void setNonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

}  // namespace

base::Result<std::unique_ptr<SerialLine>> SerialLine::open(const std::string& spec, std::string& described) {
    if (spec == "pty") {
        int master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return base::fail("cannot create a pseudo-terminal: " + errnoText());
        described = ptsname(master);
        int slave = ::open(described.c_str(), O_RDWR | O_NOCTTY);
        termios raw;
        if (slave < 0 || tcgetattr(slave, &raw) != 0)
            return base::fail("cannot open the pseudo-terminal " + described + ": " + errnoText());
        cfmakeraw(&raw);
        tcsetattr(slave, TCSANOW, &raw);
        setNonBlocking(master);
        std::unique_ptr<SerialLine> line(new SerialLine(Kind::Pty, master, master));
        line->heldFd_ = slave;
        return line;
    }
    if (spec == "loop") {
        int ends[2];
        if (pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0) return base::fail("cannot create a pipe: " + errnoText());
        described = "loop";
        return std::unique_ptr<SerialLine>(new SerialLine(Kind::Loop, ends[0], ends[1]));
    }
    if (spec.empty()) return base::fail("a UART line is 'pty', 'loop' or a path");
    described = spec;
    struct stat info;
    if (stat(spec.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
        int fd = ::open(spec.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) return base::fail("cannot open " + spec + ": " + errnoText());
        return std::unique_ptr<SerialLine>(new SerialLine(Kind::Device, fd, fd));
    }
    int fd = ::open(spec.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return base::fail("cannot open " + spec + " for the UART's output: " + errnoText());
    return std::unique_ptr<SerialLine>(new SerialLine(Kind::File, -1, fd));
}

SerialLine::~SerialLine() {
    if (rxFd_ >= 0) close(rxFd_);
    if (txFd_ >= 0 && txFd_ != rxFd_) close(txFd_);
    if (heldFd_ >= 0) close(heldFd_);
}

void SerialLine::pull() {
    if (rxFd_ < 0) return;
    char buffer[1024];
    while (pending_.size() < kRxBufferBytes) {
        ssize_t got = ::read(rxFd_, buffer, std::min(sizeof buffer, kRxBufferBytes - pending_.size()));
        if (got > 0) {
            pending_.append(buffer, size_t(got));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            return;   // nothing more now (EAGAIN), or the other end is gone
        }
    }
}

size_t SerialLine::available() {
    pull();
    return pending_.size();
}

std::string SerialLine::take(size_t limit, bool untilNewline) {
    pull();
    size_t count = std::min(limit, pending_.size());
    if (untilNewline) {
        size_t newline = pending_.find('\n');
        if (newline != std::string::npos) count = std::min(count, newline + 1);
    }
    std::string taken = pending_.substr(0, count);
    pending_.erase(0, count);
    return taken;
}

void SerialLine::discardInput() {
    // A bounded number of rounds: a sender that never stops must not hold the board here.
    for (int round = 0; round < 64; ++round) {
        pending_.clear();
        pull();
        if (pending_.empty()) return;
    }
    pending_.clear();
}

size_t SerialLine::writeSome(std::string_view bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
        ssize_t done = ::write(txFd_, bytes.data() + sent, bytes.size() - sent);
        if (done > 0) {
            sent += size_t(done);
        } else if (done < 0 && errno == EINTR) {
            continue;
        } else {
            break;   // full for now (EAGAIN), or nobody can ever take it
        }
    }
    return sent;
}

void SerialLine::sendBreak() {
    if (kind_ == Kind::Device && isatty(txFd_)) {
        tcsendbreak(txFd_, 0);
        return;
    }
    (void)writeSome(std::string_view("\0", 1));
}

}  // namespace pyfw::port
