// The module type and the registry of native modules.
#include "engine/runtime/module.h"

#include <cstring>
#include <vector>

#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

void moduleTrace(Object* self, Tracer& t) {
    auto* m = static_cast<ModuleObject*>(self);
    t.visitObject(m->dict);
    t.visitObject(m->name);
}

void modulePrint(std::string& out, Value self, PrintKind) {
    auto* m = self.as<ModuleObject>();
    out += "<module '";
    out += m->name->view();
    out += "'>";
}

Value moduleGetAttr(Value self, StrObject* name) {
    auto* m = self.as<ModuleObject>();
    if (Value v = dictGetStr(m->dict, name)) return v;
    if (name == names::__dict__) return Value(m->dict);
    return genericGetAttr(self, name);
}

void moduleSetAttr(Value self, StrObject* name, Value value) {
    auto* m = self.as<ModuleObject>();
    if (value) {
        dictSetStr(m->dict, name, value);
    } else if (!dictDelete(m->dict, Value(name))) {
        raiseError(&exc::AttributeError, "module '%s' has no attribute '%s'", m->name->data, name->data);
    }
}

}  // namespace

Type moduleType{TypeSpec{
    .name = "module",
    .instanceSize = sizeof(ModuleObject),
    .flags = kTypeAbstractNew,
    .trace = moduleTrace,
    .print = modulePrint,
    .getattr = moduleGetAttr,
    .setattr = moduleSetAttr,
}};

ModuleObject* newModule(StrObject* name) {
    auto* m = allocateObject<ModuleObject>(&moduleType);
    m->name = name;
    m->dict = newDict();
    dictSetStr(m->dict, names::__name__, Value(name));
    return m;
}

void moduleSet(ModuleObject* module, const char* name, Value value) {
    dictSetStr(module->dict, intern(name), value);
}

void moduleAddFunctions(ModuleObject* module, const MethodDef* functions) {
    for (const MethodDef* f = functions; f->name; ++f)
        moduleSet(module, f->name, Value(newBuiltinFunction(f->name, f->fn)));
}

bool hasNativeModule(std::string_view name, const char** canonical) {
    for (const ModuleLibrary* library : interp().libraries) {
        for (const NativeModuleDef& def : library->modules) {
            if (name == def.name || (def.alias && name == def.alias)) {
                if (canonical) *canonical = def.name;
                return true;
            }
        }
    }
    return false;
}

void initNativeModule(std::string_view canonical, ModuleObject* module) {
    for (const ModuleLibrary* library : interp().libraries)
        for (const NativeModuleDef& def : library->modules)
            if (canonical == def.name) def.init(module);
}

const std::string* findFrozenModule(std::string_view name) {
    const std::vector<FrozenModule>* frozen = interp().frozen;
    if (!frozen) return nullptr;
    for (const FrozenModule& module : *frozen)
        if (name == module.name) return &module.source;
    return nullptr;
}

void forEachNativeModule(void (*visit)(const char* name, void* context), void* context) {
    for (const ModuleLibrary* library : interp().libraries)
        for (const NativeModuleDef& def : library->modules) visit(def.name, context);
}

}  // namespace pyfw::engine
