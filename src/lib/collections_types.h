// The types ucollections exports, each defined in the file that implements it.
#pragma once

#include <vector>

#include "engine/objects/object.h"

namespace pyfw::lib {

extern engine::Type orderedDictType;   // collections_module.cpp
extern engine::Type dequeType;         // deque.cpp

// MicroPython's attrtuple: a tuple whose items are also attributes, printed as
// (name=value, ...) without a type name — what os.uname() and sys.implementation return.
engine::Value newAttrTuple(const std::vector<const char*>& fields, const std::vector<engine::Value>& values);

}  // namespace pyfw::lib
