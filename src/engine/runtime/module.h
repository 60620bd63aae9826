// Modules: a namespace dict and a name. Native modules (in src/lib and the engine) register an
// init function under their names; `import` finds them before searching sys.path.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct DictObject;
struct StrObject;

struct ModuleObject : Object {
    DictObject* dict;
    StrObject* name;
};

ModuleObject* newModule(StrObject* name);
// Sets name = value in the module's namespace.
void moduleSet(ModuleObject* module, const char* name, Value value);
void moduleAddFunctions(ModuleObject* module, const MethodDef* functions);

using NativeModuleInit = void (*)(ModuleObject* module);

// One native module: its MicroPython name, its init function, and the plain name it also answers
// to (MicroPython's weak links: `ustruct` is also `struct`).
struct NativeModuleDef {
    const char* name;
    NativeModuleInit init;
    const char* alias = nullptr;
};

// What a layer offers the interpreters that list it (InterpreterConfig::libraries): its native
// modules and the names it adds to builtins and sys. When two listed libraries define a module of
// the same name, both inits run, in the order of the list (a board extends lib's `uos` this way).
struct ModuleLibrary {
    using BuiltinsExtension = void (*)(DictObject* builtins);
    using SysExtension = void (*)(ModuleObject* sys);
    std::span<const NativeModuleDef> modules;
    std::span<const BuiltinsExtension> builtinsExtensions;
    std::span<const SysExtension> sysExtensions;
};

// Python source frozen into the firmware, found through the ".frozen" entry of sys.path. `name` is
// the module's dotted name, a package's source is named "pkg/__init__".
struct FrozenModule {
    std::string name;
    std::string source;
};

// The running interpreter's native module of that name (or alias), null when it has none;
// `canonical` receives its main name.
bool hasNativeModule(std::string_view name, const char** canonical = nullptr);
// Runs every init of the module `canonical` into `module`.
void initNativeModule(std::string_view canonical, ModuleObject* module);
// The running interpreter's frozen module of that name, or null.
const std::string* findFrozenModule(std::string_view name);

// Imports a module by absolute dotted name (returns the module itself, not its package).
ModuleObject* importModule(std::string_view name);
// The text of a source file, read through the interpreter's file system (import, execfile);
// OSError when it cannot be read, MemoryError when it is larger than the heap.
std::string readSource(const std::string& path);
// Names of every native module, for help('modules').
void forEachNativeModule(void (*visit)(const char* name, void* context), void* context);

}  // namespace pyfw::engine
