#include "net/tcp_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <algorithm>

namespace pyfw::net {

namespace {

constexpr int kSliceMs = 100;   // how soon a stop or a timeout is noticed
constexpr int kGraceSlices = 10, kGraceSliceMs = 20;

int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int listenTcp(uint32_t address, uint16_t port, int backlog) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -errno;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in where{};
    where.sin_family = AF_INET;
    where.sin_port = htons(port);
    where.sin_addr.s_addr = htonl(address);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0 || ::listen(fd, backlog) != 0) {
        int error = errno;
        ::close(fd);
        return -error;
    }
    return fd;
}

base::Result<std::unique_ptr<TcpServer>> TcpServer::start(uint32_t address, uint16_t port, size_t maxClients,
                                                          std::string refusal, Handler handler) {
    int fd = listenTcp(address, port, 8);
    if (fd < 0) return base::fail(std::string("cannot listen on ") + std::to_string(address >> 24) + "." +
                                  std::to_string((address >> 16) & 255) + "." + std::to_string((address >> 8) & 255) +
                                  "." + std::to_string(address & 255) + ":" + std::to_string(port) + ": " + std::strerror(-fd));
    std::unique_ptr<TcpServer> server(new TcpServer());
    server->listener_ = fd;
    sockaddr_in bound{};
    socklen_t size = sizeof bound;
    getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &size);
    server->port_ = ntohs(bound.sin_port);
    server->maxClients_ = maxClients;
    server->refusal_ = std::move(refusal);
    server->handler_ = std::move(handler);
    server->acceptor_ = std::thread([s = server.get()] { s->acceptLoop(); });
    return server;
}

TcpServer::~TcpServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);   // wakes the acceptor's poll at once
    if (acceptor_.joinable()) acceptor_.join();
    {
        std::lock_guard lock(mutex_);
        for (auto& client : clients_) ::shutdown(client->fd, SHUT_RDWR);
    }
    for (auto& client : clients_)
        if (client->thread.joinable()) client->thread.join();
    for (auto& client : clients_) ::close(client->fd);
    if (listener_ >= 0) ::close(listener_);
}

size_t TcpServer::clients() {
    std::lock_guard lock(mutex_);
    reapFinished();
    return clients_.size();
}

void TcpServer::reapFinished() {
    for (auto it = clients_.begin(); it != clients_.end();) {
        if ((*it)->done) {
            (*it)->thread.join();
            ::close((*it)->fd);
            it = clients_.erase(it);
        } else {
            ++it;
        }
    }
}

void TcpServer::acceptLoop() {
    while (!stopping_) {
        pollfd p{listener_, POLLIN, 0};
        if (::poll(&p, 1, kSliceMs) <= 0) continue;
        int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) continue;
        std::unique_lock lock(mutex_);
        reapFinished();
        // A client that has just hung up may still be finishing: give it a moment before refusing.
        for (int wait = 0; clients_.size() >= maxClients_ && wait < kGraceSlices; ++wait) {
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(kGraceSliceMs));
            lock.lock();
            reapFinished();
        }
        if (clients_.size() >= maxClients_) {
            sendAllTo(fd, refusal_, [] { return true; });
            ::close(fd);
            continue;
        }
        auto client = std::make_unique<Client>();
        client->fd = fd;
        Client* raw = client.get();
        client->thread = std::thread([this, raw] {
            handler_(raw->fd, *this);
            ::shutdown(raw->fd, SHUT_RDWR);
            raw->done = true;
        });
        clients_.push_back(std::move(client));
    }
}

bool sendAllTo(int fd, std::string_view bytes, const std::function<bool()>& stop) {
    size_t sent = 0;
    bool once = false;
    while (sent < bytes.size()) {
        ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            sent += size_t(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
        // A refusal is sent once without waiting; everything else waits for the peer to read.
        if (stop() && once) return false;
        once = true;
        pollfd p{fd, POLLOUT, 0};
        ::poll(&p, 1, kSliceMs);
    }
    return true;
}

Connection::Status Connection::fill(int64_t timeoutMs) {
    int64_t deadline = nowMs() + timeoutMs;
    while (true) {
        if (server_.stopping()) return Status::Stopped;
        pollfd p{fd_, POLLIN, 0};
        int ready = ::poll(&p, 1, int(std::clamp<int64_t>(deadline - nowMs(), 0, kSliceMs)));
        if (ready > 0) {
            char chunk[4096];
            ssize_t n = ::recv(fd_, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                buffer_.append(chunk, size_t(n));
                return Status::Ok;
            }
            if (n == 0 || (errno != EAGAIN && errno != EINTR)) return Status::Closed;
        }
        if (nowMs() >= deadline) return Status::TimedOut;
    }
}

Connection::Status Connection::readLine(std::string& line, size_t limit, int64_t timeoutMs) {
    while (true) {
        size_t newline = buffer_.find('\n');
        if (newline != std::string::npos) {
            if (newline + 1 > limit) {
                buffer_.erase(0, newline + 1);
                return Status::TooLong;
            }
            line = buffer_.substr(0, newline + 1);
            buffer_.erase(0, newline + 1);
            return Status::Ok;
        }
        if (buffer_.size() > limit) {
            buffer_.clear();
            // The rest of the over-long line is dropped as it arrives.
            while (true) {
                Status status = fill(timeoutMs);
                if (status != Status::Ok) return status;
                size_t end = buffer_.find('\n');
                if (end != std::string::npos) {
                    buffer_.erase(0, end + 1);
                    return Status::TooLong;
                }
                buffer_.clear();
            }
        }
        Status status = fill(timeoutMs);
        if (status != Status::Ok) return status;
    }
}

Connection::Status Connection::readSome(std::string& out, size_t limit, int64_t timeoutMs) {
    if (buffer_.empty()) {
        Status status = fill(timeoutMs);
        if (status != Status::Ok) return status;
    }
    size_t n = std::min(limit, buffer_.size());
    out.append(buffer_, 0, n);
    buffer_.erase(0, n);
    return Status::Ok;
}

std::string Connection::takeBuffered() {
    std::string rest;
    rest.swap(buffer_);
    return rest;
}

bool Connection::sendAll(std::string_view bytes) {
    return sendAllTo(fd_, bytes, [this] { return server_.stopping(); });
}

}  // namespace pyfw::net
