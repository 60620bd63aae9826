#include "cli/heap_option.h"

#include "cli/command_registry.h"
#include "engine/engine.h"

namespace pyfw::cli {

size_t heapBytesOrFail(const std::string& text) {
    auto bytes = engine::parseHeapSize(text);
    if (!bytes) throw CommandFailure("--heap " + text + ": expected a size such as 67K, 2.5M or 65536 (at least 4K)", 2);
    return *bytes;
}

}  // namespace pyfw::cli
