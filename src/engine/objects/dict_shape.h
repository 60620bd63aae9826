// Shapes of instance dicts: the sequence of str keys a dict received, in order, with nothing
// deleted. Dicts built the same way (the instances of one class, filled by one __init__) share a
// shape, so an inline cache can prove facts about a dict by comparing one number: "this shape
// lacks `name`" lets a method call skip the probe of the instance dict, and "adding `name` to this
// shape" lets an attribute store append without one.
//
// Shapes form a tree per interpreter (node kNoShape means "not tracked", kEmptyShape is the
// root); a child adds one key. Keys are interned strings, which live as long as the interpreter,
// so a node's key pointer never dangles. The table is capped: past it, dicts stop being tracked,
// which costs speed only.
#pragma once

#include <cstdint>

#include "engine/objects/value.h"

namespace pyfw::engine {

struct StrObject;

constexpr uint32_t kNoShape = 0;
constexpr uint32_t kEmptyShape = 1;
constexpr uint32_t kMaxShapes = 4096;

struct DictShape {
    StrObject* key;        // the key this node adds to its parent's sequence
    uint32_t firstChild;   // kNoShape when none
    uint32_t nextSibling;
};

// The shape of a dict of shape `shape` after `key` is appended; kNoShape when the key is not an
// interned str or the table is full.
uint32_t shapeAfter(uint32_t shape, Value key);

}  // namespace pyfw::engine
