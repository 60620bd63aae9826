// Interned names (like MicroPython's qstrs): every name the engine's C++ code looks up is a
// permanent, interned StrObject made once per process from names.def, so a lookup compares words.
#pragma once

#include "engine/objects/str.h"

namespace pyfw::engine::names {

#define NAME(id, text) extern StrObject* id;
#include "engine/runtime/names.def"
#undef NAME

// Makes the static names (once per process); called by initBuiltinTypes().
void initStaticNames();

}  // namespace pyfw::engine::names
