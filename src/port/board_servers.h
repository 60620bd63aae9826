// The board's FTP and Telnet servers (Pycom's serverstask.c, network.Server): both listen on the
// board's loopback address, FTP serves the mount table with OTA on /flash/sys/appimg.bin, Telnet
// logs in and then is a second console of the REPL. They run on threads of their own for the
// whole hard boot; a soft reset leaves them running.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "net/ftp_session.h"
#include "net/tcp_server.h"
#include "net/telnet_session.h"
#include "net/wifi_world.h"
#include "port/ftp_flash_storage.h"

namespace pyfw::port {

class RunningApp;

struct ServerSettings {
    std::string user = "micro";
    std::string password = "python";
    int64_t timeoutSeconds = 300;
};

class BoardServers {
public:
    static constexpr size_t kMaxFtpClients = 4;   // more are told 421 and closed

    BoardServers(RunningApp& app, uint32_t address, net::ServerPorts ports);
    ~BoardServers();
    BoardServers(const BoardServers&) = delete;
    BoardServers& operator=(const BoardServers&) = delete;

    // (Re)starts both servers with `settings`; the error names the server that could not listen.
    base::Status start(const ServerSettings& settings);
    void stop();
    bool running() const { return ftp_ != nullptr; }
    const ServerSettings& settings() const { return settings_; }
    uint16_t ftpPort() const { return ftp_ ? ftp_->port() : 0; }
    uint16_t telnetPort() const { return telnet_ ? telnet_->port() : 0; }

private:
    void serveFtp(int fd, const net::TcpServer& server);
    void serveTelnet(int fd, const net::TcpServer& server);

    RunningApp& app_;
    uint32_t address_;
    net::ServerPorts ports_;
    ServerSettings settings_;
    net::FtpConfig ftpConfig_;
    net::TelnetConfig telnetConfig_;
    net::TelnetRepl repl_;
    FtpFlashStorage storage_;
    std::unique_ptr<net::TcpServer> ftp_;
    std::unique_ptr<net::TcpServer> telnet_;
};

}  // namespace pyfw::port
