// The head of an HTTP/1.x request from a browser or a script: method, path and query. The fleet
// page's server reads only GET requests without a body; everything else about the bytes (a
// missing version, a header without a colon, a head too large, bad percent escapes) is an error
// naming what was wrong, answered with 400 rather than guessed at.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace pyfw::world {

inline constexpr size_t kMaxHttpHead = 8192;

struct HttpRequest {
    std::string method;
    std::string path;                           // percent-decoded, always starts with '/'
    std::map<std::string, std::string> query;   // percent-decoded; a repeated name keeps the last
};

// The bytes up to and including the blank line that ends the head; an incomplete head is npos.
size_t httpHeadLength(std::string_view received);
// Parses a complete head (as measured by httpHeadLength).
base::Result<HttpRequest> parseHttpRequest(std::string_view head);
// The integer query parameter `name` within [low, high], or `fallback` if it is absent; nullopt
// if it is present but not such an integer.
std::optional<long long> queryInteger(const HttpRequest& request, const std::string& name, long long fallback,
                                      long long low, long long high);

}  // namespace pyfw::world
