// The fleet page's request heads (world/http_request.h): whatever the bytes, the parser returns a
// request or an error; an accepted request has a path starting with '/' and no control characters.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "world/http_request.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const size_t head = world::httpHeadLength(bytes);
    auto request = world::parseHttpRequest(head == std::string_view::npos ? bytes : bytes.substr(0, head));
    if (!request.ok()) return 0;
    if (request->path.empty() || request->path[0] != '/') std::abort();
    for (char c : request->path)
        if (static_cast<unsigned char>(c) < 0x20) std::abort();
    (void)world::queryInteger(*request, "after", -1, -1, INT64_MAX);
    return 0;
}
