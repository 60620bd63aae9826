// Whether what was typed at the REPL so far is a whole statement or needs another line: an open
// bracket or triple-quoted string, a trailing backslash, or a compound statement not yet ended by
// an empty line. The same rules as MicroPython's REPL, so the same keystrokes give the same result.
#pragma once

#include <string_view>

namespace pyfw::engine::repl {

bool needsMoreInput(std::string_view input);

}  // namespace pyfw::engine::repl
