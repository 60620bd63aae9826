// help(): the REPL banner's "Type "help()" for more information." help() prints a short guide to
// the board's console, help(obj) lists what an object holds (a module's names, a class's
// attributes) as MicroPython does, and help('modules') the built-in modules.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/objects/dict.h"
#include "engine/objects/str.h"
#include "engine/runtime/args.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

constexpr const char kGuide[] =
    "Welcome to Pycom MicroPython on pyfw!\n"
    "\n"
    "Documentation for the Pycom modules: https://docs.pycom.io\n"
    "\n"
    "Keys at the REPL:\n"
    "  CTRL-A        -- on an empty line, the raw REPL (used by tools such as pyboard.py)\n"
    "  CTRL-B        -- on an empty line, back to the friendly REPL\n"
    "  CTRL-C        -- stop the program that is running\n"
    "  CTRL-D        -- on an empty line, a soft reset\n"
    "  CTRL-E        -- on an empty line, paste mode (CTRL-D runs the pasted text)\n"
    "\n"
    "help(obj) lists what an object holds; help('modules') the built-in modules.\n";

void listModules() {
    std::vector<std::string> names = {"builtins", "sys"};
    forEachNativeModule([](const char* name, void* context) { static_cast<std::vector<std::string>*>(context)->push_back(name); },
                        &names);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // Four columns, as MicroPython prints them.
    constexpr size_t kColumns = 4, kWidth = 18;
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        out += names[i];
        bool lineEnd = i % kColumns == kColumns - 1 || i + 1 == names.size();
        if (lineEnd) out += '\n';
        else out.append(names[i].size() < kWidth ? kWidth - names[i].size() : 1, ' ');
    }
    out += "Plus any modules on the file system\n";
    writeOut(out);
}

// "object <obj> is of type <type>", then "  name -- value" for each name the object's namespace
// holds: a module's globals, or the attributes of its class (of itself, for a class).
void describe(Value object) {
    std::string out = "object ";
    printValue(out, object, PrintKind::Str);
    out += " is of type ";
    out += typeOf(object)->name->view();
    out += '\n';
    DictObject* names = nullptr;
    Type* type = nullptr;
    if (typeOf(object) == &moduleType) names = object.as<ModuleObject>()->dict;
    else type = isInstance(object, &typeType) ? object.as<Type>() : typeOf(object);
    if (type) names = typeDict(type);
    for (uint32_t i = 0; names && i < names->filled; ++i) {
        DictEntry e = names->entries()[i];
        if (!e.key) continue;
        // A built-in type's operator slots are not in MicroPython's tables: its methods are.
        if (type && !type->isHeapType() && isStr(e.key) && strView(e.key).substr(0, 2) == "__") continue;
        out += "  ";
        printValue(out, e.key, PrintKind::Str);
        out += " -- ";
        printValue(out, e.value, PrintKind::Str);
        out += '\n';
    }
    writeOut(out);
}

Value builtinHelp(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("help", nargs, kw, 0, 1);
    if (!nargs) writeOut(kGuide);
    else if (isStr(args[0]) && strView(args[0]) == "modules") listModules();
    else describe(args[0]);
    return None();
}

}  // namespace

extern const MethodDef kHelpBuiltins[] = {
    {"help", builtinHelp},
    {nullptr, nullptr},
};

}  // namespace pyfw::engine
