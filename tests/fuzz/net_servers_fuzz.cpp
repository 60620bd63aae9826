// What a client sends the board's servers: FTP command lines (through a whole session over an
// in-memory tree, with data connections that never come), Telnet bytes through the decoder and the
// login dialogue, and a board folder's wlan.json. Each must be answered or refused, never crash.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <map>
#include <string>

#include "net/ftp_session.h"
#include "net/telnet_session.h"
#include "net/wifi_world.h"

using namespace pyfw;

namespace {

// A tree of files in memory, enough for every FTP command to find something.
class MemoryStorage final : public net::FtpStorage {
public:
    std::map<std::string, std::string> files{{"/flash/boot.py", "x"}, {"/flash/lib", ""}};
    int list(const std::string& path, std::vector<net::FtpEntry>& out) override {
        for (auto& [name, data] : files)
            if (name.starts_with(path)) out.push_back({name.substr(name.rfind('/') + 1), data.empty(), data.size(), 0});
        return out.empty() ? ENOENT : 0;
    }
    int stat(const std::string& path, net::FtpEntry& out) override {
        auto it = files.find(path);
        if (it == files.end()) return path == "/flash" ? (out = {"flash", true, 0, 0}, 0) : ENOENT;
        out = {path, it->second.empty(), it->second.size(), 0};
        return 0;
    }
    std::unique_ptr<net::FtpReader> openRead(const std::string&, int& error) override {
        error = ENOENT;
        return nullptr;
    }
    std::unique_ptr<net::FtpWriter> openWrite(const std::string&, int& error) override {
        error = ENOSPC;
        return nullptr;
    }
    int remove(const std::string& path) override { return files.erase(path) ? 0 : ENOENT; }
    int makeDir(const std::string& path) override { return files.emplace(path, "").second ? 0 : EEXIST; }
    int removeDir(const std::string& path) override { return remove(path); }
    int rename(const std::string& from, const std::string& to) override {
        auto it = files.find(from);
        if (it == files.end()) return ENOENT;
        files[to] = it->second;
        files.erase(from);
        return 0;
    }
};

const net::TcpServer& idleServer() {
    static auto server = net::TcpServer::start(0x7F000001, 0, 1, "", [](int, const net::TcpServer&) {});
    return *server.value();
}

void drain(int fd) {
    char sink[65536];
    while (::recv(fd, sink, sizeof sink, MSG_DONTWAIT) > 0) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);

    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) return 0;
    {
        MemoryStorage storage;
        net::FtpConfig config;
        config.dataAcceptMs = 0;
        net::Connection control(pair[0], idleServer());
        net::FtpSession session(control, storage, config);
        session.handleLine("USER micro\r\n");
        session.handleLine("PASS python\r\n");
        size_t at = 0;
        while (at < input.size()) {
            size_t end = input.find('\n', at);
            if (end == std::string_view::npos) end = input.size();
            bool keep = session.handleLine(input.substr(at, end - at + 1));
            drain(pair[1]);
            if (!keep) break;
            at = end + 1;
        }
    }
    ::close(pair[0]);
    ::close(pair[1]);

    net::TelnetDecoder decoder;
    std::string plain, reply, rest;
    decoder.decode(input, plain);
    std::string user = "micro", password = "python";
    net::TelnetLogin login(user, password);
    login.feed(plain, reply, rest);

    (void)net::parseWifiWorld(input, "wlan.json");
    return 0;
}
