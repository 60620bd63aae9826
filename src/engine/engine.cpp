#include "engine/engine.h"

#include <cmath>
#include <cstdlib>

#include "engine/compiler.h"
#include "engine/disassemble.h"
#include "engine/dict.h"
#include "engine/errors.h"
#include "engine/module.h"
#include "engine/names.h"
#include "engine/numbers.h"
#include "engine/runtime.h"
#include "engine/str.h"
#include "engine/tuple.h"
#include "engine/vm.h"

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

RunResult runMain(Interpreter& in, std::string_view source, std::string_view filename) {
    RunResult result;
    try {
        ModuleObject* main = newModule(intern("__main__"));
        in.mainModule = main;
        dictSetStr(in.modules, main->name, Value(main));
        dictSetStr(main->dict, names::__file__, Value(newStr(filename)));
        dictSetStr(main->dict, names::__builtins__, dictGetStr(in.modules, intern("builtins")));
        CodeObject* code = compileSource(source, newStr(filename), ParseMode::File);
        runCode(code, main->dict, main->dict);
    } catch (PythonError&) {
        Value e = takePendingException();
        in.host->flush();
        if (isInstance(e, &exc::SystemExit)) {
            result.exitCode = exitCodeOf(e);
        } else if (isInstance(e, &exc::SyntaxError)) {
            in.host->writeErr(syntaxErrorReport(e));
            result.exitCode = 1;
        } else {
            std::string report;
            try {
                report = formatTraceback(e);
            } catch (PythonError&) {
                takePendingException();
                report = std::string(typeName(e)) + "\n";
            }
            in.host->writeErr(report);
            result.exitCode = 1;
        }
    }
    in.host->flush();
    return result;
}

std::string disassembleSource(Interpreter& in, std::string_view source, std::string_view filename) {
    try {
        return disassemble(compileSource(source, newStr(filename), ParseMode::File));
    } catch (PythonError&) {
        return syntaxErrorReport(takePendingException());
    }
    (void)in;
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
