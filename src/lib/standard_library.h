// The hardware-free modules every interpreter gets: `pyfw run`'s, `pyfw repl`'s and a board's
// (which adds the board's own, src/port). One table, so what an interpreter can import is what its
// creator lists, not whatever registered itself in the process.
#pragma once

#include "engine/runtime/module.h"

namespace pyfw::lib {

const engine::ModuleLibrary& standardLibrary();

// Each module's init, defined in the module's own file.
void initArrayModule(engine::ModuleObject* module);
void initBinasciiModule(engine::ModuleObject* module);
void initCmathModule(engine::ModuleObject* module);
void initUctypesModule(engine::ModuleObject* module);
void initFramebufModule(engine::ModuleObject* module);
void initCollectionsModule(engine::ModuleObject* module);
void initErrnoModule(engine::ModuleObject* module);
void initGcModule(engine::ModuleObject* module);
void initHashlibModule(engine::ModuleObject* module);
void initIoModule(engine::ModuleObject* module);
void initJsonModule(engine::ModuleObject* module);
void initMathModule(engine::ModuleObject* module);
void initMicropythonModule(engine::ModuleObject* module);
void initOsModule(engine::ModuleObject* module);
void initRandomModule(engine::ModuleObject* module);
void initReModule(engine::ModuleObject* module);
void initStructModule(engine::ModuleObject* module);
void initTimeModule(engine::ModuleObject* module);
void initThreadModule(engine::ModuleObject* module);
void addScheduleToMicropython(engine::ModuleObject* module);
void addStdioToSys(engine::ModuleObject* sys);           // console_stream.cpp
void addOpenToBuiltins(engine::DictObject* builtins);    // file_stream.cpp

}  // namespace pyfw::lib
