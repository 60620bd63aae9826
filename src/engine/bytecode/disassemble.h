// A readable listing of a code object and the code objects in its constants (pyfw run --dis).
#pragma once

#include <string>

namespace pyfw::engine {

struct CodeObject;
std::string disassemble(const CodeObject* code);

}  // namespace pyfw::engine
