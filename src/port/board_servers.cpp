#include "port/board_servers.h"

#include "port/banner.h"
#include "port/console_mirror.h"
#include "port/running_app.h"

namespace pyfw::port {

BoardServers::BoardServers(RunningApp& app, uint32_t address, net::ServerPorts ports)
    : app_(app), address_(address), ports_(ports), storage_(app) {
    repl_.input = [this](std::string_view bytes) { app_.console().in->push(bytes); };
    repl_.pendingInput = [this] { return app_.console().in->available(); };
    repl_.attachOutput = [this](std::function<void(std::string_view)> sink) {
        if (app_.console().mirror) app_.console().mirror->attach(std::move(sink));
    };
    repl_.safeBoot = [this] { app_.requestSafeBootReset(); };
}

BoardServers::~BoardServers() { stop(); }

void BoardServers::stop() {
    ftp_.reset();
    telnet_.reset();
}

base::Status BoardServers::start(const ServerSettings& settings) {
    stop();
    settings_ = settings;
    ftpConfig_.user = telnetConfig_.user = settings.user;
    ftpConfig_.password = telnetConfig_.password = settings.password;
    ftpConfig_.idleTimeoutMs = telnetConfig_.idleTimeoutMs = settings.timeoutSeconds * 1000;
    ftpConfig_.address = address_;
    ftpConfig_.nowSeconds = [this] { return app_.rtcNowUs() / 1'000'000; };
    telnetConfig_.banner = boardBanner(app_.board().model(), runningVersion(app_));
    auto ftp = net::TcpServer::start(address_, ports_.ftp, kMaxFtpClients, "421 Too many connections, try again later\r\n",
                                     [this](int fd, const net::TcpServer& server) { serveFtp(fd, server); });
    if (!ftp.ok()) return base::fail("FTP server: " + ftp.error().message);
    auto telnet = net::TcpServer::start(address_, ports_.telnet, 1, "Only one telnet client at a time\r\n",
                                        [this](int fd, const net::TcpServer& server) { serveTelnet(fd, server); });
    if (!telnet.ok()) return base::fail("Telnet server: " + telnet.error().message);
    ftp_ = std::move(ftp).value();
    telnet_ = std::move(telnet).value();
    return base::okStatus();
}

void BoardServers::serveFtp(int fd, const net::TcpServer& server) {
    net::Connection control(fd, server);
    net::FtpSession session(control, storage_, ftpConfig_);
    session.run();
}

void BoardServers::serveTelnet(int fd, const net::TcpServer& server) {
    net::Connection connection(fd, server);
    net::TelnetSession session(connection, telnetConfig_, repl_);
    session.run();
}

}  // namespace pyfw::port
