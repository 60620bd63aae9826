// Tab completion at the REPL, as on the board: the word before the cursor, or the last part of a
// chain such as `machine.Pin.IR`, is completed from the names in __main__ (and the builtins) or from
// the attributes of the object the chain names. One candidate, or several sharing a longer prefix:
// that text is inserted. Several: they are listed below the line in 16-column slots. None at the
// start of a line: "import " is offered.
#pragma once

#include <string_view>

#include "engine/repl/console_host.h"
#include "engine/repl/line_editor.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine::repl {

Completion completeName(Interpreter& in, ConsoleHost& console, std::string_view lineBeforeCursor);

}  // namespace pyfw::engine::repl
