// MicroPython's const(): `NAME = const(expr)` binds NAME to an integer at parse time. Later uses of
// NAME as an expression anywhere in the same source become that integer (no global lookup), and a
// NAME starting with an underscore is not assigned at all, so it costs no memory at run time. As in
// MicroPython, no import is needed; `from micropython import const` only keeps the source valid for
// CPython.
#pragma once

#include <string>
#include <unordered_map>

#include "engine/compile/ast.h"

namespace pyfw::engine {

class ConstTable {
public:
    // Is `value` the right side of a const definition: a call of the bare name `const` with one
    // positional argument?
    static bool isConstCall(const Node* value);

    // Records `name = const(expr)`; returns the statement to keep (an Assign of the folded value,
    // or a Pass for a private name). Throws CompileError when expr is not a constant integer.
    Node* define(Ast& ast, Node* assign);

    // The constant a name stands for at this point of the source (a fresh node), or null.
    Node* lookup(Ast& ast, const std::string& name, int line, int column) const;

private:
    std::unordered_map<std::string, std::string> values_;   // name -> decimal text of the value
};

}  // namespace pyfw::engine
