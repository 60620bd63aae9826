// A TCP server of the board: a listening socket on the board's loopback address, an accepting
// thread, and one thread per client up to a limit (a client beyond it gets `refusal` and is closed,
// as Pycom's servers turn away a second client). Stopping closes the listener, shuts every client's
// socket down so its handler returns, and joins the threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/result.h"

namespace pyfw::net {

class TcpServer {
public:
    // Runs on the client's thread with the client's socket (closed after it returns).
    using Handler = std::function<void(int fd, const TcpServer& server)>;

    static base::Result<std::unique_ptr<TcpServer>> start(uint32_t address, uint16_t port, size_t maxClients,
                                                          std::string refusal, Handler handler);
    ~TcpServer();
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    uint16_t port() const { return port_; }
    // True once stop began: handlers end their loops.
    bool stopping() const { return stopping_.load(); }
    size_t clients();

private:
    TcpServer() = default;
    void acceptLoop();
    void reapFinished();

    struct Client {
        int fd = -1;
        std::thread thread;
        std::atomic<bool> done{false};
    };

    int listener_ = -1;
    uint16_t port_ = 0;
    size_t maxClients_ = 1;
    std::string refusal_;
    Handler handler_;
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;
    std::list<std::unique_ptr<Client>> clients_;
    std::thread acceptor_;
};

// Reads and writes on a client's socket in slices, so a stopping server or a silent client ends
// the wait: what the FTP and Telnet sessions build on.
class Connection {
public:
    enum class Status { Ok, Closed, TimedOut, TooLong, Stopped };

    Connection(int fd, const TcpServer& server) : fd_(fd), server_(server) {}

    // One line up to "\n" (kept), at most `limit` bytes; waits at most `timeoutMs` of silence.
    Status readLine(std::string& line, size_t limit, int64_t timeoutMs);
    // Whatever arrives (at least one byte), after what readLine left over.
    Status readSome(std::string& out, size_t limit, int64_t timeoutMs);
    // The bytes readLine or readSome took in but did not return.
    std::string takeBuffered();
    bool sendAll(std::string_view bytes);
    int fd() const { return fd_; }

private:
    Status fill(int64_t timeoutMs);

    int fd_;
    const TcpServer& server_;
    std::string buffer_;
};

// Sends all of `bytes` on a blocking-or-not socket, waiting while the peer is slow (false when the
// peer went away or `stop()` says so).
bool sendAllTo(int fd, std::string_view bytes, const std::function<bool()>& stop);

// A listening socket on address:port (0: any free port), non-blocking; -errno on failure.
int listenTcp(uint32_t address, uint16_t port, int backlog);

}  // namespace pyfw::net
