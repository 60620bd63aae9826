// The engine's front door for the CLI and the board port: run a file or a string in __main__,
// print uncaught exceptions as MicroPython does, and report SystemExit codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/compile/parser.h"
#include "engine/runtime/interpreter.h"

namespace pyfw::engine {

// The outcome of running a program: its exit status (0 normal end, 1 uncaught exception,
// SystemExit's code), whether SystemExit ended it, and the request to the host that ended it.
struct RunResult {
    int exitCode = 0;
    bool systemExit = false;
    std::optional<HostExit> hostExit;
};

// Compiles and runs source as the __main__ module; prints an uncaught exception's traceback to
// the host's error stream.
RunResult runMain(Interpreter& in, std::string_view source, std::string_view filename);

// The __main__ module, made (and entered in sys.modules) on first use.
ModuleObject* mainModule(Interpreter& in);

// Compiles and runs source in __main__ (ParseMode::Single echoes expression values, as the REPL
// does); returns the uncaught exception, or no value when the code ran to its end. A HostExit
// passes through.
Value execInMain(Interpreter& in, std::string_view source, std::string_view filename, ParseMode mode);

// Runs the tasks posted to the interpreter while its thread waits outside the VM (the REPL's
// prompt); what one raises is printed with its traceback, and the wait goes on. A HostExit passes.
void runTasksAtIdle(Interpreter& in);

// What MicroPython prints for an uncaught exception: the traceback (or a syntax error's location)
// and the exception line; nothing for SystemExit.
std::string uncaughtReport(Value exception);

// Compiles without running: the syntax error report (as uncaughtReport prints it), or nullopt when
// the source compiles. For checking frozen modules at build time.
std::optional<std::string> syntaxErrorOf(Interpreter& in, std::string_view source, std::string_view filename);

// Writes the bytecode listing of a program to the host's output, or the error that stopped its
// compilation to the error stream (exit status 1).
RunResult disassembleSource(Interpreter& in, std::string_view source, std::string_view filename);

// Parses a heap size such as "67K", "2.5M" or "65536"; nullopt when malformed.
std::optional<size_t> parseHeapSize(std::string_view text);

}  // namespace pyfw::engine
