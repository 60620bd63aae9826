// The friendly REPL: ">>> " and "... " prompts over the host console, each complete statement run
// in __main__ with expression values printed (as MicroPython's REPL does).
#pragma once

#include <string>
#include <string_view>

#include "engine/interpreter.h"

namespace pyfw::engine {

// Runs until end of input (Ctrl-D on an empty line); returns the exit status (SystemExit's code).
int runRepl(Interpreter& in);

// True when `source` (what was typed so far) cannot be complete yet: an open bracket or
// triple-quoted string, a trailing backslash, or a compound statement (the first line ends in ':')
// that has not been closed by an empty line.
bool needsMoreInput(std::string_view source);

}  // namespace pyfw::engine
