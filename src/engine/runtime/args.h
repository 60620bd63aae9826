// Argument checking for native functions: counts, keywords, and common conversions.
#pragma once

#include <initializer_list>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct TupleObject;

// checkArgs when a keyword tuple was passed or the count is out of range: raises, unless the
// tuple is empty and the count fits.
void checkArgsOutOfLine(const char* function, size_t nargs, TupleObject* kwnames, size_t min, size_t max);
// Raises TypeError unless min <= nargs <= max and no keywords were given. In line: every native
// function's call starts with it.
inline void checkArgs(const char* function, size_t nargs, TupleObject* kwnames, size_t min, size_t max) {
    if (kwnames || nargs < min || nargs > max) checkArgsOutOfLine(function, nargs, kwnames, min, max);
}
// Matches positional and keyword arguments to `names`; absent optional ones are left null.
// The first `required` names must be given. Unknown keywords raise TypeError.
void parseArgs(const char* function, const Value* args, size_t nargs, TupleObject* kwnames,
               std::initializer_list<const char*> names, size_t required, Value* out);
inline size_t kwCount(TupleObject* kwnames);

}  // namespace pyfw::engine

#include "engine/objects/tuple.h"

namespace pyfw::engine {
inline size_t kwCount(TupleObject* kwnames) { return kwnames ? kwnames->size : 0; }
}  // namespace pyfw::engine
