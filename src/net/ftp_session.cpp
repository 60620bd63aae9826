#include "net/ftp_session.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pyfw::net {

namespace {

constexpr int kMaxLoginFailures = 3;
constexpr size_t kChunk = 4096;

std::string errorText(int error) {
    switch (error) {
    case ENOENT: return "No such file or directory";
    case EEXIST: return "File exists";
    case ENOTEMPTY: return "Directory not empty";
    case ENOSPC: return "No space left on the device";
    case EISDIR: return "Is a directory";
    case ENOTDIR: return "Not a directory";
    case EACCES: case EPERM: case EROFS: return "Permission denied";
    case ENAMETOOLONG: return "File name too long";
    default: return std::strerror(error);
    }
}

}  // namespace

struct FtpSession::Verb {
    const char* name;
    bool (FtpSession::*handler)(const std::string&);
    bool needsLogin;
};

const FtpSession::Verb FtpSession::kVerbs[] = {
    {"USER", &FtpSession::user, false}, {"PASS", &FtpSession::pass, false},
    {"QUIT", &FtpSession::quit, false}, {"SYST", &FtpSession::syst, false},
    {"FEAT", &FtpSession::feat, false}, {"NOOP", &FtpSession::noop, false},
    {"OPTS", &FtpSession::opts, false}, {"PASV", &FtpSession::pasv, true},
    {"EPSV", &FtpSession::epsv, true},  {"PORT", &FtpSession::port, true},
    {"EPRT", &FtpSession::port, true},  {"LIST", &FtpSession::list, true},
    {"NLST", &FtpSession::nlst, true},  {"RETR", &FtpSession::retr, true},
    {"STOR", &FtpSession::stor, true},  {"CWD", &FtpSession::cwd, true},
    {"XCWD", &FtpSession::cwd, true},   {"CDUP", &FtpSession::cdup, true},
    {"XCUP", &FtpSession::cdup, true},  {"PWD", &FtpSession::pwd, true},
    {"XPWD", &FtpSession::pwd, true},   {"DELE", &FtpSession::dele, true},
    {"MKD", &FtpSession::mkd, true},    {"XMKD", &FtpSession::mkd, true},
    {"RMD", &FtpSession::rmd, true},    {"XRMD", &FtpSession::rmd, true},
    {"RNFR", &FtpSession::rnfr, true},  {"RNTO", &FtpSession::rnto, true},
    {"SIZE", &FtpSession::size, true},  {"MDTM", &FtpSession::mdtm, true},
    {"TYPE", &FtpSession::type, true},
};

FtpSession::~FtpSession() { closeData(); }

void FtpSession::run() {
    reply(220, "Micropython FTP Server");
    while (true) {
        std::string line;
        auto status = control_.readLine(line, kFtpMaxLine + 2, config_.idleTimeoutMs);
        if (status == Connection::Status::TooLong) {
            reply(500, "Command line too long");
            continue;
        }
        if (status == Connection::Status::TimedOut) reply(421, "Timeout: closing the control connection");
        if (status != Connection::Status::Ok) return;
        if (!handleLine(line)) return;
    }
}

bool FtpSession::handleLine(std::string_view line) {
    auto command = parseFtpCommand(line);
    if (!command) {
        reply(500, "Syntax error, command unrecognized");
        return true;
    }
    for (const Verb& verb : kVerbs) {
        if (command->verb != verb.name) continue;
        if (verb.needsLogin && !loggedIn_) {
            reply(530, "Please log in with USER and PASS");
            return true;
        }
        if (command->verb != "RNTO" && command->verb != "RNFR") renameFrom_.clear();
        return (this->*verb.handler)(command->argument);
    }
    reply(502, "Command not implemented");
    return true;
}

void FtpSession::reply(int code, const std::string& text) { control_.sendAll(std::to_string(code) + " " + text + "\r\n"); }

std::optional<std::string> FtpSession::pathOf(const std::string& argument) {
    auto path = resolveFtpPath(cwd_, argument);
    if (!path) reply(553, "File name not allowed");
    return path;
}

bool FtpSession::user(const std::string& arg) {
    pendingUser_ = arg;
    loggedIn_ = false;
    reply(331, "User name okay, need password");
    return true;
}

bool FtpSession::pass(const std::string& arg) {
    if (pendingUser_ == config_.user && arg == config_.password) {
        loggedIn_ = true;
        reply(230, "User logged in");
        return true;
    }
    reply(530, "Login incorrect");
    return ++failedLogins_ < kMaxLoginFailures;
}

bool FtpSession::quit(const std::string&) {
    reply(221, "Goodbye");
    return false;
}

bool FtpSession::syst(const std::string&) {
    reply(215, "UNIX Type: L8");
    return true;
}

bool FtpSession::feat(const std::string&) {
    control_.sendAll("211-Features:\r\n SIZE\r\n MDTM\r\n UTF8\r\n PASV\r\n EPSV\r\n211 End\r\n");
    return true;
}

bool FtpSession::opts(const std::string& arg) {
    std::string upper;
    for (char c : arg) upper += char(std::toupper(uint8_t(c)));
    if (upper == "UTF8 ON") reply(200, "UTF8 is always on");
    else reply(501, "Option not understood");
    return true;
}

bool FtpSession::noop(const std::string&) {
    reply(200, "OK");
    return true;
}

bool FtpSession::type(const std::string& arg) {
    if (arg == "I" || arg == "A" || arg == "L 8" || arg == "A N") reply(200, "Type set");
    else reply(504, "Type not supported");
    return true;
}

bool FtpSession::port(const std::string&) {
    reply(502, "Active mode is not supported: use passive mode (PASV)");
    return true;
}

// A data listener of the session's own on the board's address; its port, or 0 after a 425 reply.
uint16_t FtpSession::openPassive() {
    closeData();
    dataListener_ = listenTcp(config_.address, 0, 1);
    if (dataListener_ < 0) {
        dataListener_ = -1;
        reply(425, "Cannot open a data connection");
        return 0;
    }
    sockaddr_in bound{};
    socklen_t size = sizeof bound;
    getsockname(dataListener_, reinterpret_cast<sockaddr*>(&bound), &size);
    return ntohs(bound.sin_port);
}

bool FtpSession::pasv(const std::string&) {
    uint16_t p = openPassive();
    if (!p) return true;
    uint32_t a = config_.address;
    reply(227, "Entering Passive Mode (" + std::to_string(a >> 24) + "," + std::to_string((a >> 16) & 255) + "," +
                   std::to_string((a >> 8) & 255) + "," + std::to_string(a & 255) + "," + std::to_string(p >> 8) + "," +
                   std::to_string(p & 255) + ")");
    return true;
}

bool FtpSession::epsv(const std::string& arg) {
    if (!arg.empty() && arg != "1" && arg != "ALL" && arg != "all") {
        reply(522, "Only IPv4 (1) is supported");
        return true;
    }
    if (uint16_t p = openPassive()) reply(229, "Entering Extended Passive Mode (|||" + std::to_string(p) + "|)");
    return true;
}

void FtpSession::closeData() {
    if (dataListener_ >= 0) ::close(dataListener_);
    dataListener_ = -1;
}

int FtpSession::acceptData() {
    if (dataListener_ < 0) {
        reply(425, "Use PASV first");
        return -1;
    }
    pollfd p{dataListener_, POLLIN, 0};
    int fd = -1;
    if (::poll(&p, 1, int(config_.dataAcceptMs)) > 0) fd = ::accept4(dataListener_, nullptr, nullptr, SOCK_CLOEXEC);
    closeData();
    if (fd < 0) reply(425, "No data connection came");
    return fd;
}

bool FtpSession::sendOnData(int fd, std::string_view bytes) {
    return sendAllTo(fd, bytes, [] { return false; });
}

bool FtpSession::listing(const std::string& arg, bool namesOnly) {
    // Clients pass ls options ("-a", "-la"); they are not paths.
    std::string target = arg.starts_with('-') ? "" : arg;
    auto path = pathOf(target.empty() ? "." : target);
    if (!path) return true;
    std::vector<FtpEntry> entries;
    FtpEntry single;
    int error = storage_.list(*path, entries);
    if (error == ENOTDIR && storage_.stat(*path, single) == 0) {
        entries = {single};
        error = 0;
    }
    if (error) {
        reply(550, errorText(error));
        return true;
    }
    int fd = acceptData();
    if (fd < 0) return true;
    reply(150, "Here comes the directory listing");
    int64_t now = config_.nowSeconds ? config_.nowSeconds() : 0;
    std::string text;
    for (const FtpEntry& entry : entries) text += namesOnly ? entry.name + "\r\n" : ftpListLine(entry, now);
    bool sent = sendOnData(fd, text);
    ::close(fd);
    reply(sent ? 226 : 426, sent ? "Directory send OK" : "Connection closed; transfer aborted");
    return true;
}

bool FtpSession::list(const std::string& arg) { return listing(arg, false); }
bool FtpSession::nlst(const std::string& arg) { return listing(arg, true); }

bool FtpSession::retr(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    int error = 0;
    auto reader = storage_.openRead(*path, error);
    if (!reader) {
        reply(550, errorText(error));
        return true;
    }
    int fd = acceptData();
    if (fd < 0) return true;
    reply(150, "Opening data connection");
    uint8_t chunk[kChunk];
    bool ok = true;
    std::string failure;
    while (true) {
        int64_t got = reader->read(chunk, sizeof chunk);
        if (got < 0) {
            ok = false;
            failure = errorText(int(-got));
            break;
        }
        if (got == 0) break;
        if (!sendOnData(fd, std::string_view(reinterpret_cast<char*>(chunk), size_t(got)))) {
            ok = false;
            failure = "Connection closed; transfer aborted";
            break;
        }
    }
    ::close(fd);
    reply(ok ? 226 : 426, ok ? "Transfer complete" : failure);
    return true;
}

bool FtpSession::stor(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    int error = 0;
    auto writer = storage_.openWrite(*path, error);
    if (!writer) {
        reply(553, errorText(error));
        return true;
    }
    int fd = acceptData();
    if (fd < 0) return true;
    reply(150, "Ok to send data");
    uint8_t chunk[kChunk];
    int failed = 0;
    bool aborted = false;
    while (true) {
        pollfd p{fd, POLLIN, 0};
        int ready = ::poll(&p, 1, int(std::min<int64_t>(config_.idleTimeoutMs, INT32_MAX)));
        if (ready <= 0) {
            aborted = true;
            break;
        }
        ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
        if (got == 0) break;
        if (got < 0) {
            if (errno == EINTR) continue;
            aborted = true;
            break;
        }
        failed = writer->write(chunk, size_t(got));
        if (failed) break;
    }
    ::close(fd);
    if (aborted) {
        reply(426, "Connection closed; transfer aborted, nothing was written");
        return true;
    }
    if (!failed) failed = writer->finish();
    if (failed) {
        std::string why = writer->failure();
        reply(failed == ENOSPC ? 552 : 451, (why.empty() ? errorText(failed) : why) + "; nothing was written");
        return true;
    }
    reply(226, "Transfer complete");
    return true;
}

bool FtpSession::cwd(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    FtpEntry entry;
    int error = *path == "/" ? 0 : storage_.stat(*path, entry);
    if (!error && *path != "/" && !entry.isDirectory) error = ENOTDIR;
    if (error) {
        reply(550, errorText(error));
        return true;
    }
    cwd_ = *path;
    reply(250, "Directory successfully changed");
    return true;
}

bool FtpSession::cdup(const std::string&) { return cwd(".."); }

bool FtpSession::pwd(const std::string&) {
    reply(257, "\"" + cwd_ + "\" is the current directory");
    return true;
}

bool FtpSession::dele(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    int error = storage_.remove(*path);
    if (error) reply(550, errorText(error));
    else reply(250, "File deleted");
    return true;
}

bool FtpSession::mkd(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    int error = storage_.makeDir(*path);
    if (error) reply(550, errorText(error));
    else reply(257, "\"" + *path + "\" created");
    return true;
}

bool FtpSession::rmd(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    int error = storage_.removeDir(*path);
    if (error) reply(550, errorText(error));
    else reply(250, "Directory removed");
    return true;
}

bool FtpSession::rnfr(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    FtpEntry entry;
    int error = storage_.stat(*path, entry);
    if (error) {
        reply(550, errorText(error));
        return true;
    }
    renameFrom_ = *path;
    reply(350, "Ready for RNTO");
    return true;
}

bool FtpSession::rnto(const std::string& arg) {
    std::string from;
    from.swap(renameFrom_);
    if (from.empty()) {
        reply(503, "RNFR first");
        return true;
    }
    auto path = pathOf(arg);
    if (!path) return true;
    int error = storage_.rename(from, *path);
    if (error) reply(550, errorText(error));
    else reply(250, "Rename successful");
    return true;
}

bool FtpSession::size(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    FtpEntry entry;
    int error = storage_.stat(*path, entry);
    if (!error && entry.isDirectory) error = EISDIR;
    if (error) reply(550, errorText(error));
    else reply(213, std::to_string(entry.size));
    return true;
}

bool FtpSession::mdtm(const std::string& arg) {
    auto path = pathOf(arg);
    if (!path) return true;
    FtpEntry entry;
    int error = storage_.stat(*path, entry);
    if (error) reply(550, errorText(error));
    else reply(213, ftpTimestamp(entry.modifiedSeconds));
    return true;
}

}  // namespace pyfw::net
