#include "port/serial_console.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>


namespace pyfw::port {

namespace {

// Process-wide, because the signal handlers need them: the terminal to restore, and a pipe that
// wakes the reader thread (a byte 'i' = SIGINT arrived, 'q' = stop).
int terminalFd = -1;
termios savedTerminal;
int wakePipe[2] = {-1, -1};

void restoreTerminal() {
    if (terminalFd >= 0) tcsetattr(terminalFd, TCSAFLUSH, &savedTerminal);
    terminalFd = -1;
}

void onFatalSignal(int signal) {
    restoreTerminal();
    ::signal(signal, SIG_DFL);
    raise(signal);
}

void onInterruptSignal(int) {
    int saved = errno;
    if (wakePipe[1] >= 0) (void)!::write(wakePipe[1], "i", 1);
    errno = saved;
}

void installSignalHandlers() {
    struct sigaction action {};
    sigemptyset(&action.sa_mask);
    action.sa_handler = onFatalSignal;
    for (int signal : {SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) sigaction(signal, &action, nullptr);
    action.sa_handler = onInterruptSignal;
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
}

base::Status enterRawMode(int fd) {
    if (tcgetattr(fd, &savedTerminal) != 0) return base::fail(std::string("cannot read the terminal settings: ") + std::strerror(errno));
    termios raw = savedTerminal;
    cfmakeraw(&raw);
    terminalFd = fd;
    std::atexit(restoreTerminal);
    if (tcsetattr(fd, TCSAFLUSH, &raw) != 0) return base::fail(std::string("cannot put the terminal in raw mode: ") + std::strerror(errno));
    return base::okStatus();
}

}  // namespace

SerialConsole::SerialConsole(int inFd, int outFd) : inFd_(inFd), outFd_(outFd) {}

base::Result<std::unique_ptr<SerialConsole>> SerialConsole::openStdio() {
    std::unique_ptr<SerialConsole> console(new SerialConsole(STDIN_FILENO, STDOUT_FILENO));
    installSignalHandlers();
    if (isatty(STDIN_FILENO)) PYFW_TRY(enterRawMode(STDIN_FILENO));
    PYFW_TRY(console->startReader());
    return console;
}

base::Result<std::unique_ptr<SerialConsole>> SerialConsole::openPty(std::string& devicePath) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return base::fail(std::string("cannot create a pseudo-terminal: ") + std::strerror(errno));
    devicePath = ptsname(master);
    // Holding the slave open keeps the master readable while no client is connected, and raw mode
    // keeps the line discipline from echoing the REPL's own output back to it.
    int slave = open(devicePath.c_str(), O_RDWR | O_NOCTTY);
    termios raw;
    if (slave < 0 || tcgetattr(slave, &raw) != 0)
        return base::fail("cannot open the pseudo-terminal " + devicePath + ": " + std::strerror(errno));
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    std::unique_ptr<SerialConsole> console(new SerialConsole(master, master));
    console->ownedFds_[0] = master;
    console->ownedFds_[1] = slave;
    installSignalHandlers();
    PYFW_TRY(console->startReader());
    return console;
}

std::unique_ptr<SerialConsole> SerialConsole::openOutputOnly() {
    return std::unique_ptr<SerialConsole>(new SerialConsole(-1, STDOUT_FILENO));
}

SerialConsole::~SerialConsole() {
    if (reader_.joinable()) {
        (void)!::write(wakePipe[1], "q", 1);
        reader_.join();
    }
    restoreTerminal();
    for (int fd : ownedFds_)
        if (fd >= 0) close(fd);
}

base::Status SerialConsole::startReader() {
    if (wakePipe[0] < 0 && pipe2(wakePipe, O_CLOEXEC) != 0)
        return base::fail(std::string("cannot create a pipe: ") + std::strerror(errno));
    reader_ = std::thread([this] { readLoop(); });
    return base::okStatus();
}

void SerialConsole::setByteHook(std::function<bool(uint8_t)> hook) {
    std::lock_guard lock(hookMutex_);
    byteHook_ = std::move(hook);
}

void SerialConsole::deliver(const char* bytes, size_t size) {
    std::lock_guard lock(hookMutex_);
    if (!byteHook_) {
        input_.push(std::string_view(bytes, size));
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < size; ++i) {
        if (!byteHook_(uint8_t(bytes[i]))) continue;
        input_.push(std::string_view(bytes + start, i - start));
        start = i + 1;
    }
    input_.push(std::string_view(bytes + start, size - start));
}

void SerialConsole::readLoop() {
    char buffer[4096];
    for (;;) {
        pollfd fds[2] = {{inFd_, POLLIN, 0}, {wakePipe[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (fds[1].revents & POLLIN) {
            char wake = 0;
            if (::read(wakePipe[0], &wake, 1) == 1 && wake == 'q') return;
            if (wake == 'i') input_.push(std::string_view("\x03", 1));
            continue;
        }
        if (fds[0].revents == 0) continue;
        ssize_t got = ::read(inFd_, buffer, sizeof buffer);
        if (got > 0) {
            deliver(buffer, size_t(got));
        } else if (got < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    input_.close();
    // Stay until asked to stop, so the destructor's join cannot miss us.
    for (;;) {
        char wake = 0;
        ssize_t got = ::read(wakePipe[0], &wake, 1);
        if ((got == 1 && wake == 'q') || got == 0 || (got < 0 && errno != EINTR)) return;
    }
}

void SerialConsole::write(std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t done = ::write(outFd_, bytes.data(), bytes.size());
        if (done < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes.remove_prefix(size_t(done));
    }
}

}  // namespace pyfw::port
