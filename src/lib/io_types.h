// The stream types the uio module exports, each defined in the file that implements it.
#pragma once

#include <memory>

#include "engine/objects/object.h"
#include "engine/runtime/file_system.h"

namespace pyfw::lib {

extern engine::Type stringIoType;       // memory_stream.cpp
extern engine::Type bytesIoType;        // memory_stream.cpp
extern engine::Type fileIoType;         // file_stream.cpp (binary files)
extern engine::Type textIoWrapperType;  // file_stream.cpp (text files)

// open(file, mode='r', buffering=-1, encoding=None): the builtin, also uio.open.
engine::Value openFile(const engine::Value* args, size_t nargs, engine::TupleObject* kwnames);

}  // namespace pyfw::lib

namespace pyfw::lib {

// A FileIO (binary) or TextIOWrapper (text) stream that owns `file` (the console streams use it).
engine::Value newFileStream(std::unique_ptr<engine::File> file, bool text, bool writable);

}  // namespace pyfw::lib
