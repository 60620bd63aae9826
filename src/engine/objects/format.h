// Text formatting: format(value, spec) with the format-spec mini-language, str.format, %-formatting
// and ascii().
#pragma once

#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject;
struct TupleObject;

// format(value, spec): __format__ of user classes, else the built-in rules for int/float/str.
Value formatObject(Value v, StrObject* spec);
// format % args
Value strPercentFormat(StrObject* format, Value args);
// The text of format % args; forBytes: bytes formatting (PEP 461: %b, bytes-like %s, ASCII %r/%a)
std::string percentFormat(std::string_view format, Value args, bool forBytes);
// str.format(*args, **kwargs) as a method (args[0] is the format string)
Value strFormatMethod(const Value* args, size_t nargs, TupleObject* kwnames);
// ascii(v): repr with non-ASCII characters escaped
Value asciiOf(Value v);

}  // namespace pyfw::engine
