// Module functions that share per-interpreter state: each is bound to a state object, which the
// function receives as args[0] (the timezone offset of utime, the generator of urandom).
#pragma once

#include "engine/objects/function.h"
#include "engine/runtime/module.h"

namespace pyfw::lib {

inline void addBoundFunctions(engine::ModuleObject* module, const engine::MethodDef* functions,
                              engine::Value state) {
    for (const engine::MethodDef* f = functions; f->name; ++f)
        engine::moduleSet(module, f->name, engine::Value(engine::newBuiltinFunction(f->name, f->fn, state)));
}

}  // namespace pyfw::lib
