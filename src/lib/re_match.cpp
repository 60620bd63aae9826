// ure match objects: group(*indexes), groups(default=None), start/end/span(group=0), m[index].
// Positions are character indices of str subjects and byte indices of bytes subjects.
#include <string>

#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "lib/re_types.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

MatchObject* asMatch(Value v) { return v.as<MatchObject>(); }

size_t groupCount(MatchObject* m) { return m->slots->size / 2; }

size_t groupIndex(MatchObject* m, Value g) {
    int64_t i = isInt(g) ? requireInt64(g) : -1;
    if (i < 0 || size_t(i) >= groupCount(m)) raiseError(&exc::IndexError, "no such group");
    return size_t(i);
}

int64_t slot(MatchObject* m, size_t i) { return m->slots->items[i].smallInt(); }

// A byte offset as the index the script sees.
int64_t position(MatchObject* m, int64_t offset) {
    if (offset < 0 || !m->utf8) return offset;
    return int64_t(utf8::countCodePoints(strView(m->subject).substr(0, size_t(offset))));
}

Value group(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("group", nargs, kw, 1, SIZE_MAX);
    MatchObject* m = asMatch(args[0]);
    auto one = [&](Value g) {
        Value v = matchGroup(m, groupIndex(m, g));
        return v ? v : None();
    };
    if (nargs <= 2) return one(nargs == 2 ? args[1] : Value::smallInt(0));
    TupleObject* result = newTuple(nargs - 1);
    for (size_t i = 1; i < nargs; ++i) result->items[i - 1] = one(args[i]);
    return Value(result);
}

Value groups(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("groups", args, nargs, kw, {"self", "default"}, 1, a);
    MatchObject* m = asMatch(a[0]);
    Value fallback = a[1] ? a[1] : None();
    TupleObject* result = newTuple(groupCount(m) - 1);
    for (size_t i = 1; i < groupCount(m); ++i) {
        Value v = matchGroup(m, i);
        result->items[i - 1] = v ? v : fallback;
    }
    return Value(result);
}

size_t optionalGroup(const Value* args, size_t nargs, const char* name) {
    checkArgs(name, nargs, nullptr, 1, 2);
    return nargs > 1 ? groupIndex(asMatch(args[0]), args[1]) : 0;
}

Value start(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("start", nargs, kw, 1, 2);
    MatchObject* m = asMatch(args[0]);
    return makeInt(position(m, slot(m, 2 * optionalGroup(args, nargs, "start"))));
}

Value end(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("end", nargs, kw, 1, 2);
    MatchObject* m = asMatch(args[0]);
    return makeInt(position(m, slot(m, 2 * optionalGroup(args, nargs, "end") + 1)));
}

Value span(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("span", nargs, kw, 1, 2);
    MatchObject* m = asMatch(args[0]);
    size_t g = optionalGroup(args, nargs, "span");
    return Value(newTuple({makeInt(position(m, slot(m, 2 * g))), makeInt(position(m, slot(m, 2 * g + 1)))}));
}

Value matchGetItem(Value self, Value key) {
    MatchObject* m = asMatch(self);
    Value v = matchGroup(m, groupIndex(m, key));
    return v ? v : None();
}

void matchTrace(Object* self, Tracer& t) {
    auto* m = static_cast<MatchObject*>(self);
    t.visit(m->subject);
    t.visitObject(m->slots);
}

void matchPrint(std::string& out, Value self, PrintKind) {
    MatchObject* m = asMatch(self);
    out += "<match num=" + std::to_string(groupCount(m)) + ">";
}

const MethodDef matchMethods[] = {
    {"end", end},     {"group", group}, {"groups", groups},
    {"span", span},   {"start", start},
    {nullptr, nullptr},
};

}  // namespace

Value matchGroup(MatchObject* m, size_t index) {
    int64_t from = slot(m, 2 * index), to = slot(m, 2 * index + 1);
    if (from < 0 || to < from) return Value();
    if (m->utf8 || isStr(m->subject)) return Value(newStr(strView(m->subject).substr(size_t(from), size_t(to - from))));
    return Value(newBytes(m->subject.as<BytesObject>()->data + from, size_t(to - from)));
}

Value newMatch(const SubjectText& text, const std::vector<size_t>& slots) {
    TupleObject* spans = newTuple(slots.size());
    for (size_t i = 0; i < slots.size(); ++i)
        spans->items[i] = Value::smallInt(slots[i] == regex::kNoPosition ? -1 : int64_t(slots[i]));
    auto* m = allocateObject<MatchObject>(&matchType);
    m->subject = text.value;
    m->slots = spans;
    m->utf8 = text.subject.utf8;
    return Value(m);
}

Type matchType{TypeSpec{
    .name = "match",
    .instanceSize = sizeof(MatchObject),
    .flags = kTypeAbstractNew,
    .trace = matchTrace,
    .print = matchPrint,
    .getitem = matchGetItem,
    .methods = matchMethods,
    .module = "ure",
}};

}  // namespace pyfw::lib
