// A small HTTP/1.1 server on 127.0.0.1 for the fleet page (`pyfw ns serve --http PORT`). It runs
// on its own thread beside the network server and answers each request with one response, then
// closes the connection. Requests are untrusted: a head that is malformed or larger than 8 KiB
// gets 400/431, a connection that stays silent is closed after 5 s, at most 64 are open at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "base/result.h"
#include "world/http_request.h"

namespace pyfw::world {

struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
};

struct HttpServerStats {
    std::atomic<uint64_t> requests{0};
    std::atomic<uint64_t> badRequests{0};
};

class HttpServer {
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    // Binds 127.0.0.1:port (0: a free port) and starts serving on a thread of its own.
    static base::Result<std::unique_ptr<HttpServer>> start(uint16_t port, Handler handler);
    ~HttpServer();  // stops the thread and closes every connection
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    uint16_t port() const { return port_; }
    const HttpServerStats& stats() const { return stats_; }

private:
    HttpServer(int fd, uint16_t port, Handler handler) : listenFd_(fd), port_(port), handler_(std::move(handler)) {}
    void run();
    HttpResponse answer(const HttpRequest& request);

    int listenFd_;
    uint16_t port_;
    Handler handler_;
    std::atomic<bool> stop_{false};
    HttpServerStats stats_;
    std::thread thread_;
};

// The response's bytes: status line, headers (length, type, no caching, close) and body.
std::string httpResponseBytes(const HttpResponse& response);

}  // namespace pyfw::world
