// Modules: a namespace dict and a name. Native modules (in src/lib and the engine) register an
// init function under their names; `import` finds them before searching sys.path.
#pragma once

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

// A file in src/lib declares its module with one static registration:
//     static NativeModuleRegistration reg{"ustruct", initStruct, "struct"};
// The second name (optional) is the alias it also answers to (MicroPython's weak links).
struct NativeModuleRegistration {
    NativeModuleRegistration(const char* name, NativeModuleInit init, const char* alias = nullptr);
};

// A file in src/lib can add names to the builtins module (e.g. open) with one static object:
//     static BuiltinExtension ext{addOpen};
struct BuiltinExtension {
    explicit BuiltinExtension(void (*init)(DictObject* builtins));
};

// A file in src/lib can add names to sys (e.g. stdin/stdout/stderr) the same way:
//     static SysExtension ext{addStdio};
struct SysExtension {
    explicit SysExtension(void (*init)(ModuleObject* sys));
};

// The init function of a native module, or null; `canonical` receives its main name.
NativeModuleInit findNativeModule(std::string_view name, const char** canonical = nullptr);

// Python source compiled into the firmware ("frozen" modules), found through the ".frozen" entry
// of sys.path. The port registers them at start-up.
void registerFrozenModule(const char* name, const char* source);
const char* findFrozenModule(std::string_view name);

// Imports a module by absolute dotted name (returns the module itself, not its package).
ModuleObject* importModule(std::string_view name);
// Names of every native module, for help('modules').
void forEachNativeModule(void (*visit)(const char* name, void* context), void* context);

}  // namespace pyfw::engine
