#include "world/http_request.h"

#include <charconv>
#include <optional>

#include "base/bytes.h"

namespace pyfw::world {

namespace {

// Percent-decoding; '+' is a space only in a query (HTML forms). No NUL or control characters.
std::optional<std::string> decode(std::string_view text, bool query) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            auto byte = base::fromHex(text.substr(i + 1, 2));
            if (!byte.ok()) return std::nullopt;
            c = char((*byte)[0]);
            i += 2;
        } else if (c == '+' && query) {
            c = ' ';
        }
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return std::nullopt;
        out.push_back(c);
    }
    return out;
}

bool isToken(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

base::Status parseQuery(std::string_view text, HttpRequest& request) {
    while (!text.empty()) {
        const size_t amp = text.find('&');
        const std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty()) continue;
        const size_t eq = pair.find('=');
        auto name = decode(pair.substr(0, eq), true);
        auto value = decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
        if (!name || !value) return base::fail("a bad percent escape in the query");
        if (request.query.size() >= 32) return base::fail("more than 32 query parameters");
        request.query[*name] = *value;
    }
    return base::okStatus();
}

}  // namespace

size_t httpHeadLength(std::string_view received) {
    const size_t end = received.find("\r\n\r\n");
    return end == std::string_view::npos ? std::string_view::npos : end + 4;
}

base::Result<HttpRequest> parseHttpRequest(std::string_view head) {
    if (head.size() > kMaxHttpHead) return base::fail("the request head is larger than 8 KiB");
    const size_t lineEnd = head.find("\r\n");
    if (lineEnd == std::string_view::npos) return base::fail("the request line does not end");
    const std::string_view line = head.substr(0, lineEnd);
    const size_t first = line.find(' ');
    const size_t last = line.rfind(' ');
    if (first == std::string_view::npos || first == last) return base::fail("the request line is not METHOD TARGET VERSION");
    HttpRequest request;
    request.method = std::string(line.substr(0, first));
    if (!isToken(request.method)) return base::fail("the method is not an upper-case word");
    const std::string_view version = line.substr(last + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") return base::fail("not HTTP/1.0 or HTTP/1.1");
    const std::string_view target = line.substr(first + 1, last - first - 1);
    if (target.empty() || target[0] != '/') return base::fail("the target is not a path");
    const size_t mark = target.find('?');
    auto path = decode(target.substr(0, mark), false);
    if (!path) return base::fail("a bad percent escape in the path");
    request.path = *path;
    if (mark != std::string_view::npos) PYFW_TRY(parseQuery(target.substr(mark + 1), request));
    // Header lines: each "name: value"; their values do not matter to this server.
    std::string_view rest = head.substr(lineEnd + 2);
    while (!rest.empty() && rest.substr(0, 2) != "\r\n") {
        const size_t end = rest.find("\r\n");
        if (end == std::string_view::npos) return base::fail("a header line does not end");
        const std::string_view header = rest.substr(0, end);
        const size_t colon = header.find(':');
        if (colon == 0 || colon == std::string_view::npos) return base::fail("a header line without a name and a colon");
        rest = rest.substr(end + 2);
    }
    return request;
}

std::optional<long long> queryInteger(const HttpRequest& request, const std::string& name, long long fallback,
                                      long long low, long long high) {
    auto it = request.query.find(name);
    if (it == request.query.end()) return fallback;
    long long value = 0;
    const std::string& text = it->second;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
    return value;
}

}  // namespace pyfw::world
