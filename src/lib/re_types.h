// The Python side of ure: compiled patterns and match objects, shared by re_module.cpp (the
// module, patterns, sub/split) and re_match.cpp (match objects).
#pragma once

#include <string_view>
#include <vector>

#include "engine/objects/object.h"
#include "lib/regex.h"

namespace pyfw::lib {

struct RegexObject : engine::Object {
    regex::Program* program;   // owned (freed by the finaliser)
    engine::Value pattern;     // the str or bytes it was compiled from
};

// A subject string as the VM reads it. str subjects keep UTF-8 (ASCII ones are read as bytes,
// which is the same and faster); bytes-like subjects are copied into an immutable bytes object
// first, so Python code run between matches (a sub() callback) cannot change them.
struct SubjectText {
    engine::Value value;   // str or bytes
    regex::Subject subject;
    bool isStr;
};

SubjectText subjectOf(engine::Value v);

struct MatchObject : engine::Object {
    engine::Value subject;       // str or bytes
    engine::TupleObject* slots;  // capture byte offsets as ints, -1 where a group did not match
    bool utf8;                   // offsets must be converted to character indices
};

extern engine::Type matchType;

engine::Value newMatch(const SubjectText& text, const std::vector<size_t>& slots);
// Group `index` of a match as str/bytes, or null when the group did not take part.
engine::Value matchGroup(MatchObject* m, size_t index);

}  // namespace pyfw::lib
