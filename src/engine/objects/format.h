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
// int.__format__, float.__format__, str.__format__ and complex.__format__ (args: value, spec): the
// built-in rules, which a subclass's own __format__ reaches through super().
Value builtinFormatMethod(const Value* args, size_t nargs, TupleObject* kwnames);
// format % args
Value strPercentFormat(StrObject* format, Value args);
// The text of format % args; forBytes: bytes formatting (PEP 461: %b, bytes-like %s, ASCII %r/%a)
std::string percentFormat(std::string_view format, Value args, bool forBytes);
// str.format(*args, **kwargs) as a method (args[0] is the format string)
Value strFormatMethod(const Value* args, size_t nargs, TupleObject* kwnames);
// ascii(v): repr with non-ASCII characters escaped
Value asciiOf(Value v);

}  // namespace pyfw::engine
