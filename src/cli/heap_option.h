// --heap SIZE, shared by the commands that start the Python engine.
#pragma once

#include <cstddef>
#include <string>

namespace pyfw::cli {

// "67K", "2.5M" or "65536" in bytes; a CommandFailure naming the rule otherwise.
size_t heapBytesOrFail(const std::string& text);

}  // namespace pyfw::cli
