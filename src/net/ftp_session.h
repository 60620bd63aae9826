// One FTP client of the board (Pycom's ftp.c, passive mode only): login, the commands curl, lftp
// and FileZilla use on /flash, and the transfers on a data connection of the session's own.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "net/ftp_commands.h"
#include "net/ftp_storage.h"
#include "net/tcp_server.h"

namespace pyfw::net {

struct FtpConfig {
    std::string user = "micro";
    std::string password = "python";
    int64_t idleTimeoutMs = 300'000;      // network.Server(timeout=300)
    uint32_t address = 0;                 // the board's: data connections listen there
    std::function<int64_t()> nowSeconds;  // the board's wall time, for LIST dates
    int64_t dataAcceptMs = 10'000;        // how long a transfer waits for the client's data connection
};

class FtpSession {
public:
    FtpSession(Connection& control, FtpStorage& storage, const FtpConfig& config)
        : control_(control), storage_(storage), config_(config) {}
    ~FtpSession();

    // Serves the client until QUIT, a disconnect, the idle timeout or the server's stop.
    void run();

    // One command line as the session would handle it; false ends the session. Public for the
    // fuzz target, which drives a session without data connections.
    bool handleLine(std::string_view line);

private:
    struct Verb;
    static const Verb kVerbs[];

    void reply(int code, const std::string& text);
    std::optional<std::string> pathOf(const std::string& argument);
    // Waits for the client on the passive listener; -1 (after a 425 reply) when none came.
    int acceptData();
    uint16_t openPassive();
    void closeData();
    bool sendOnData(int fd, std::string_view bytes);

    bool user(const std::string& arg);
    bool pass(const std::string& arg);
    bool pasv(const std::string& arg);
    bool epsv(const std::string& arg);
    bool list(const std::string& arg);
    bool nlst(const std::string& arg);
    bool retr(const std::string& arg);
    bool stor(const std::string& arg);
    bool cwd(const std::string& arg);
    bool cdup(const std::string& arg);
    bool pwd(const std::string& arg);
    bool dele(const std::string& arg);
    bool mkd(const std::string& arg);
    bool rmd(const std::string& arg);
    bool rnfr(const std::string& arg);
    bool rnto(const std::string& arg);
    bool size(const std::string& arg);
    bool mdtm(const std::string& arg);
    bool type(const std::string& arg);
    bool syst(const std::string& arg);
    bool feat(const std::string& arg);
    bool opts(const std::string& arg);
    bool noop(const std::string& arg);
    bool quit(const std::string& arg);
    bool port(const std::string& arg);
    bool listing(const std::string& arg, bool namesOnly);

    Connection& control_;
    FtpStorage& storage_;
    const FtpConfig& config_;
    std::string pendingUser_;
    bool loggedIn_ = false;
    int failedLogins_ = 0;
    std::string cwd_ = "/";
    std::string renameFrom_;
    int dataListener_ = -1;
};

}  // namespace pyfw::net
