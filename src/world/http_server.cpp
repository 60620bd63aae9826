#include "world/http_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <vector>

namespace pyfw::world {

namespace {

constexpr size_t kMaxConnections = 64;
constexpr int64_t kIdleLimitMs = 5000;

int64_t monotonicMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

const char* reasonPhrase(int status) {
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

HttpResponse plainError(int status, const std::string& why) {
    return HttpResponse{status, "text/plain; charset=utf-8", why + "\n"};
}

// Writes all of `bytes`, waiting at most 2 s for a slow reader; a reader that stays away loses
// the rest (the connection is closed either way).
void sendAll(int fd, const std::string& bytes) {
    size_t sent = 0;
    const int64_t deadline = monotonicMs() + 2000;
    while (sent < bytes.size() && monotonicMs() < deadline) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += size_t(n);
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            pollfd p{fd, POLLOUT, 0};
            (void)::poll(&p, 1, 100);
        } else {
            return;
        }
    }
}

struct Connection {
    int fd;
    int64_t openedMs;
    std::string received;
};

}  // namespace

std::string httpResponseBytes(const HttpResponse& r) {
    std::string out = "HTTP/1.1 " + std::to_string(r.status) + " " + reasonPhrase(r.status) + "\r\n";
    out += "Content-Type: " + r.contentType + "\r\n";
    out += "Content-Length: " + std::to_string(r.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    out += r.body;
    return out;
}

base::Result<std::unique_ptr<HttpServer>> HttpServer::start(uint16_t port, Handler handler) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return base::fail(std::string("cannot open a TCP socket: ") + std::strerror(errno));
    const int yes = 1;
    (void)::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return base::fail("cannot listen on 127.0.0.1:" + std::to_string(port) + " for the fleet page: " + why);
    }
    socklen_t length = sizeof address;
    (void)::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    std::unique_ptr<HttpServer> server(new HttpServer(fd, ntohs(address.sin_port), std::move(handler)));
    server->thread_ = std::thread([s = server.get()] { s->run(); });
    return server;
}

// The handler's answer; a failure inside it is a 500 for this request, never the end of the server.
HttpResponse HttpServer::answer(const HttpRequest& request) {
    try {
        return handler_(request);
    } catch (const std::exception& e) {
        return plainError(500, std::string("the page failed: ") + e.what());
    }
}

HttpServer::~HttpServer() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    ::close(listenFd_);
}

void HttpServer::run() {
    std::vector<Connection> connections;
    std::vector<char> buffer(4096);
    while (!stop_) {
        std::vector<pollfd> fds{{listenFd_, POLLIN, 0}};
        for (const Connection& c : connections) fds.push_back({c.fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), 100) < 0 && errno != EINTR) break;
        if ((fds[0].revents & POLLIN) && connections.size() < kMaxConnections) {
            const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) connections.push_back({fd, monotonicMs(), {}});
        }
        const int64_t now = monotonicMs();
        for (size_t i = 0; i < connections.size();) {
            Connection& c = connections[i];
            bool done = now - c.openedMs > kIdleLimitMs;
            if (!done && i + 1 < fds.size() && (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))) {
                const ssize_t n = ::recv(c.fd, buffer.data(), buffer.size(), 0);
                if (n <= 0) {
                    done = n == 0 || (errno != EAGAIN && errno != EINTR);
                } else {
                    c.received.append(buffer.data(), size_t(n));
                    const size_t head = httpHeadLength(c.received);
                    if (head != std::string::npos || c.received.size() > kMaxHttpHead) {
                        HttpResponse response;
                        if (head == std::string::npos || head > kMaxHttpHead) {
                            response = plainError(431, "the request head is larger than 8 KiB");
                        } else if (auto request = parseHttpRequest(std::string_view(c.received).substr(0, head))) {
                            response = request->method == "GET" ? answer(*request)
                                                                : plainError(405, "only GET is served here");
                        } else {
                            response = plainError(400, request.error().message);
                        }
                        if (response.status >= 400) ++stats_.badRequests;
                        ++stats_.requests;
                        sendAll(c.fd, httpResponseBytes(response));
                        done = true;
                    }
                }
            }
            if (done) {
                ::close(c.fd);
                connections.erase(connections.begin() + long(i));
                fds.erase(fds.begin() + long(i) + 1);
            } else {
                ++i;
            }
        }
    }
    for (const Connection& c : connections) ::close(c.fd);
}

}  // namespace pyfw::world
