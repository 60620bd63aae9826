// The types ucollections exports, each defined in the file that implements it.
#pragma once

#include "engine/objects/object.h"

namespace pyfw::lib {

extern engine::Type orderedDictType;   // collections_module.cpp
extern engine::Type dequeType;         // deque.cpp

}  // namespace pyfw::lib
