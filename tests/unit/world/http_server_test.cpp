// The fleet page's HTTP server: request heads parsed or refused with the reason, and a server on
// a loopback port that answers good requests, refuses bad ones and keeps serving.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "world/http_server.h"

using namespace pyfw;
using namespace pyfw::world;

namespace {

void refused(const std::string& head, const std::string& why) {
    auto r = parseHttpRequest(head);
    ASSERT_FALSE(r.ok()) << head;
    EXPECT_NE(r.error().message.find(why), std::string::npos) << r.error().message;
}

// Sends `bytes` to 127.0.0.1:port and returns everything the server answers until it closes.
std::string askServer(uint16_t port, const std::string& bytes) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return "";
    }
    (void)::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    ::shutdown(fd, SHUT_WR);  // all sent: the server sees the end at once
    std::string answer;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) answer.append(buffer, size_t(n));
    ::close(fd);
    return answer;
}

}  // namespace

TEST(HttpRequest, ParsesMethodPathAndQuery) {
    const std::string head = "GET /api/frames?after=12&limit=5&name=a%20b+c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    ASSERT_EQ(httpHeadLength(head + "body"), head.size());
    auto r = parseHttpRequest(head);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->method, "GET");
    EXPECT_EQ(r->path, "/api/frames");
    EXPECT_EQ(r->query.at("after"), "12");
    EXPECT_EQ(r->query.at("name"), "a b c");
    EXPECT_EQ(queryInteger(*r, "after", -1, -1, 100), 12);
    EXPECT_EQ(queryInteger(*r, "missing", 7, 0, 10), 7);
    EXPECT_EQ(queryInteger(*r, "limit", 0, 6, 10), std::nullopt);
    EXPECT_EQ(queryInteger(*r, "name", 0, 0, 10), std::nullopt);
    EXPECT_EQ(httpHeadLength("GET / HTTP/1.1\r\nHost: x\r\n"), std::string::npos);
}

TEST(HttpRequest, RefusesMalformedHeadsWithTheReason) {
    refused("GET /\r\n\r\n", "METHOD TARGET VERSION");
    refused("get / HTTP/1.1\r\n\r\n", "method");
    refused("GET / HTTP/2\r\n\r\n", "HTTP/1.0 or HTTP/1.1");
    refused("GET http://elsewhere/ HTTP/1.1\r\n\r\n", "not a path");
    refused("GET /%zz HTTP/1.1\r\n\r\n", "percent escape in the path");
    refused("GET /%00 HTTP/1.1\r\n\r\n", "percent escape in the path");
    refused("GET /a?x=%4 HTTP/1.1\r\n\r\n", "percent escape in the query");
    refused("GET / HTTP/1.1\r\nno colon here\r\n\r\n", "header line");
    refused("GET / HTTP/1.1\r\n: empty name\r\n\r\n", "header line");
    refused("GET / HTTP/1.1", "does not end");
    refused("GET / HTTP/1.1\r\n" + std::string(9000, 'a') + "\r\n\r\n", "8 KiB");
    std::string many = "GET /?";
    for (int i = 0; i < 40; ++i) many += "p" + std::to_string(i) + "=1&";
    refused(many + " HTTP/1.1\r\n\r\n", "32 query parameters");
}

TEST(HttpServer, AnswersRefusesAndKeepsServing) {
    auto server = HttpServer::start(0, [](const HttpRequest& request) {
        if (request.path == "/boom") throw std::runtime_error("kaput");
        return HttpResponse{200, "text/plain", "path " + request.path};
    });
    ASSERT_TRUE(server.ok()) << server.error().message;
    const uint16_t port = (*server)->port();
    const std::string ok = askServer(port, "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(ok.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << ok;
    EXPECT_NE(ok.find("Content-Length: 11\r\n"), std::string::npos);
    EXPECT_NE(ok.find("\r\n\r\npath /hello"), std::string::npos);
    EXPECT_EQ(askServer(port, "garbage\r\n\r\n").rfind("HTTP/1.1 400 ", 0), 0u);
    EXPECT_EQ(askServer(port, "POST / HTTP/1.1\r\n\r\n").rfind("HTTP/1.1 405 ", 0), 0u);
    EXPECT_EQ(askServer(port, std::string(9000, 'x')).rfind("HTTP/1.1 431 ", 0), 0u);
    EXPECT_EQ(askServer(port, "GET /boom HTTP/1.1\r\n\r\n").rfind("HTTP/1.1 500 ", 0), 0u);
    EXPECT_EQ(askServer(port, "").size(), 0u);  // a client that closes at once gets nothing, harms nothing
    EXPECT_EQ(askServer(port, "GET /again HTTP/1.0\r\n\r\n").rfind("HTTP/1.1 200 OK", 0), 0u);
    EXPECT_EQ((*server)->stats().requests.load(), 6u);
    EXPECT_EQ((*server)->stats().badRequests.load(), 4u);
}
