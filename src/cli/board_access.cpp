#include "cli/board_access.h"

#include <cerrno>
#include <cstdlib>

#include "cli/command_registry.h"

namespace pyfw::cli {

chip::Board openBoardOrFail(const std::string& dir) {
    auto board = chip::Board::open(dir);
    if (!board.ok()) failWith(board.error());
    return std::move(board).value();
}

uint64_t parseNumberOrFail(const std::string& text, const std::string& what) {
    errno = 0;
    char* end = nullptr;
    unsigned long long value = std::strtoull(text.c_str(), &end, 0);
    if (text.empty() || text[0] == '-' || *end != '\0' || errno == ERANGE)
        throw CommandFailure(what + " \"" + text + "\" is not a number (write 0x1000 or 4096)", 2);
    return value;
}

void failWith(const base::Error& error) { throw CommandFailure(error.message, 2); }

}  // namespace pyfw::cli
