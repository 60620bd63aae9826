// uerrno (also `errno`): the error constants and the `errorcode` dict (value -> name), from the
// firmware's errno table in the engine (which also names them when an OSError prints).
#include <iterator>

#include "engine/objects/dict.h"
#include "engine/objects/str.h"
#include "engine/runtime/errno_names.h"
#include "engine/runtime/module.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

void init(ModuleObject* module) {
    DictObject* errorcode = newDict(std::size(kErrnoNames));
    moduleSet(module, "errorcode", Value(errorcode));
    for (const ErrnoName& e : kErrnoNames) {
        StrObject* name = intern(e.name);
        moduleSet(module, e.name, Value::smallInt(e.value));
        dictSet(errorcode, Value::smallInt(e.value), Value(name));
    }
}

}  // namespace

void initErrnoModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
