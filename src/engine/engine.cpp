#include "engine/engine.h"

#include <cmath>
#include <cstdlib>

#include "engine/bytecode/disassemble.h"
#include "engine/compile/compiler.h"
#include "engine/objects/dict.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"

namespace pyfw::engine {

namespace {

// SystemExit: None -> 0, int -> that code, anything else is printed and gives 1.
int exitCodeOf(Value exception) {
    TupleObject* args = exceptionArgs(exception);
    if (args->size == 0 || args->items[0] == None()) return 0;
    Value code = args->items[0];
    int64_t n;
    if (isInt(code) && intToInt64(code, n)) return int(n & 0xff);
    interp().host->writeErr(strString(code) + "\n");
    return 1;
}

std::string syntaxErrorReport(Value exception) {
    TupleObject* args = exceptionArgs(exception);
    std::string out = "Traceback (most recent call last):\n";
    if (args->size >= 2 && isInstance(args->items[1], &tupleType)) {
        TupleObject* where = asTuple(args->items[1]);
        if (where->size >= 2) {
            out += "  File \"" + strString(where->items[0]) + "\", line " + strString(where->items[1]) + "\n";
        }
    }
    out += typeName(exception);
    if (args->size >= 1) out += ": " + strString(args->items[0]);
    return out + "\n";
}

}  // namespace

ModuleObject* mainModule(Interpreter& in) {
    if (in.mainModule) return in.mainModule;
    ModuleObject* main = newModule(intern("__main__"));
    dictSetStr(main->dict, names::__builtins__, dictGetStr(in.modules, intern("builtins")));
    dictSetStr(in.modules, main->name, Value(main));
    in.mainModule = main;
    return main;
}

Value execInMain(Interpreter& in, std::string_view source, std::string_view filename, ParseMode mode) {
    try {
        DictObject* globals = mainModule(in)->dict;
        CodeObject* code = compileSource(source, newStr(filename), mode);
        runCode(code, globals, globals);
    } catch (PythonError&) {
        Value e = takePendingException();
        in.host->flush();
        return e;
    }
    in.host->flush();
    return Value();
}

std::string uncaughtReport(Value exception) {
    if (isInstance(exception, &exc::SystemExit)) return "";
    if (isInstance(exception, &exc::SyntaxError)) return syntaxErrorReport(exception);
    try {
        return formatTraceback(exception);
    } catch (PythonError&) {
        takePendingException();
        return std::string(typeName(exception)) + "\n";
    }
}

RunResult runMain(Interpreter& in, std::string_view source, std::string_view filename) {
    RunResult result;
    in.mainModule = nullptr;
    Value e;
    try {
        dictSetStr(mainModule(in)->dict, names::__file__, Value(newStr(filename)));
        e = execInMain(in, source, filename, ParseMode::File);
    } catch (PythonError&) {
        in.host->writeErr(uncaughtReport(takePendingException()));
        return RunResult{1};
    } catch (const HostExit& request) {
        in.host->flush();
        result.hostExit = request;
        return result;
    }
    if (!e) return result;
    if (isInstance(e, &exc::SystemExit)) {
        result.systemExit = true;
        result.exitCode = exitCodeOf(e);
    } else {
        in.host->writeErr(uncaughtReport(e));
        result.exitCode = 1;
    }
    in.host->flush();
    return result;
}

void runTasksAtIdle(Interpreter& in) {
    for (;;) {
        try {
            runPendingEvents();
            return;
        } catch (PythonError&) {
            in.host->writeErr(uncaughtReport(takePendingException()));
            in.host->flush();
        }
    }
}

std::optional<std::string> syntaxErrorOf(Interpreter& in, std::string_view source, std::string_view filename) {
    try {
        (void)compileSource(source, newStr(filename), ParseMode::File);
        return std::nullopt;
    } catch (PythonError&) {
        return syntaxErrorReport(takePendingException());
    }
    (void)in;
}

RunResult disassembleSource(Interpreter& in, std::string_view source, std::string_view filename) {
    RunResult result;
    try {
        in.host->writeOut(disassemble(compileSource(source, newStr(filename), ParseMode::File)));
    } catch (PythonError&) {
        // A program that does not compile (a syntax error, or one too deep or too large for the
        // compiler) fails as running it would: the report on stderr, status 1.
        in.host->writeErr(uncaughtReport(takePendingException()));
        result.exitCode = 1;
    }
    in.host->flush();
    return result;
}

std::optional<size_t> parseHeapSize(std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::string number(text);
    double scale = 1;
    char unit = number.back();
    if (unit == 'K' || unit == 'k') scale = 1024, number.pop_back();
    else if (unit == 'M' || unit == 'm') scale = 1024 * 1024, number.pop_back();
    if (number.empty()) return std::nullopt;
    char* end = nullptr;
    double value = std::strtod(number.c_str(), &end);
    if (!end || *end || !(value > 0) || !std::isfinite(value)) return std::nullopt;
    double bytes = value * scale;
    if (bytes < 4096 || bytes > double(size_t(1) << 34)) return std::nullopt;
    return size_t(bytes);
}

}  // namespace pyfw::engine
