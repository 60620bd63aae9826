#include "engine/repl.h"

#include "engine/compiler.h"
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

// Scans source for open brackets and an unterminated triple-quoted string.
void scanOpenConstructs(std::string_view s, int& brackets, bool& inTriple) {
    brackets = 0;
    inTriple = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '#') {
            while (i < s.size() && s[i] != '\n') ++i;
        } else if (c == '\'' || c == '"') {
            bool triple = s.compare(i, 3, std::string(3, c)) == 0;
            size_t j = i + (triple ? 3 : 1);
            bool closed = false;
            while (j < s.size()) {
                if (s[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (triple ? s.compare(j, 3, std::string(3, c)) == 0 : s[j] == c) {
                    closed = true;
                    break;
                }
                if (!triple && s[j] == '\n') break;
                ++j;
            }
            if (triple && !closed) {
                inTriple = true;
                return;
            }
            i = closed ? j + (triple ? 2 : 0) : j;
        } else if (c == '(' || c == '[' || c == '{') {
            ++brackets;
        } else if (c == ')' || c == ']' || c == '}') {
            --brackets;
        }
    }
}

int exitCodeOf(Value exception) {
    TupleObject* args = exceptionArgs(exception);
    if (args->size == 0 || args->items[0] == None()) return 0;
    int64_t n;
    if (isInt(args->items[0]) && intToInt64(args->items[0], n)) return int(n & 0xff);
    return 1;
}

}  // namespace

bool needsMoreInput(std::string_view source) {
    int brackets;
    bool inTriple;
    scanOpenConstructs(source, brackets, inTriple);
    if (inTriple || brackets > 0) return true;
    std::string_view trimmed = source;
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' ')) trimmed.remove_suffix(1);
    if (!trimmed.empty() && trimmed.back() == '\\') return true;
    size_t firstEnd = source.find('\n');
    std::string_view first = source.substr(0, firstEnd);
    while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
    bool compound = !first.empty() && (first.back() == ':' || first.front() == '@');
    // A compound statement ends with an empty line.
    return compound && !(source.size() >= 2 && source.substr(source.size() - 2) == "\n\n");
}

int runRepl(Interpreter& in) {
    Host* host = in.host;
    ModuleObject* main = newModule(intern("__main__"));
    in.mainModule = main;
    dictSetStr(in.modules, main->name, Value(main));
    dictSetStr(main->dict, names::__builtins__, dictGetStr(in.modules, intern("builtins")));
    host->writeOut("Pycom MicroPython 1.17.2.b1 [pyfw] on the host; Type \"help()\" for more information.\n");
    while (true) {
        host->writeOut(">>> ");
        host->flush();
        auto line = host->readLine();
        if (!line) {
            host->writeOut("\n");
            return 0;
        }
        std::string source = *line + "\n";
        if (line->find_first_not_of(" \t") == std::string::npos) continue;
        while (needsMoreInput(source)) {
            host->writeOut("... ");
            host->flush();
            auto more = host->readLine();
            if (!more) break;
            source += *more + "\n";
        }
        try {
            CodeObject* code = compileSource(source, intern("<stdin>"), ParseMode::Single);
            runCode(code, main->dict, main->dict);
        } catch (PythonError&) {
            Value e = takePendingException();
            if (isInstance(e, &exc::SystemExit)) return exitCodeOf(e);
            host->writeOut(formatTraceback(e));
        }
        host->flush();
    }
}

}  // namespace pyfw::engine
