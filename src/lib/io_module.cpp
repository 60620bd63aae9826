// uio (also `io`): StringIO, BytesIO, open, and the file types open() returns.
#include "engine/objects/function.h"
#include "engine/runtime/module.h"
#include "lib/io_types.h"
#include "lib/stream.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

void init(ModuleObject* module) {
    moduleSet(module, "StringIO", Value(&stringIoType));
    moduleSet(module, "BytesIO", Value(&bytesIoType));
    moduleSet(module, "FileIO", Value(&fileIoType));
    moduleSet(module, "TextIOWrapper", Value(&textIoWrapperType));
    moduleSet(module, "IOBase", Value(&streamBaseType));
    moduleSet(module, "open", Value(newBuiltinFunction("open", openFile)));
}

}  // namespace

void initIoModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
