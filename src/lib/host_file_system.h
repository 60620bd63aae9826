// The host's files, for `pyfw run` and `pyfw repl`: POSIX calls on the process's own directory
// tree. A board gives its interpreter the board's mount table instead (port/vfs).
#pragma once

#include "engine/runtime/file_system.h"

namespace pyfw::lib {

engine::FileSystem& hostFileSystem();

}  // namespace pyfw::lib
