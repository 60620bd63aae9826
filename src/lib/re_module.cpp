// ure (also `re`): compile, match, search, sub, split and compiled patterns with the same
// methods (match/search take pos and endpos). Bad patterns raise ValueError naming the problem.
// sub and split step over empty matches as CPython 3.7+ does, and split returns the groups'
// text between the pieces; a negative maxsplit means "no limit" (MicroPython's -1).
// The module functions keep the last compiled patterns in a small per-interpreter cache.
#include <string>

#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"
#include "lib/bound_functions.h"
#include "lib/re_types.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

constexpr uint32_t kCacheSize = 32;

void regexFinalize(Object* self) {
    auto* r = static_cast<RegexObject*>(self);
    delete r->program;
    r->program = nullptr;
}

void regexTrace(Object* self, Tracer& t) { t.visit(static_cast<RegexObject*>(self)->pattern); }

void regexPrint(std::string& out, Value self, PrintKind) {
    out += "re.compile(";
    printValue(out, self.as<RegexObject>()->pattern, PrintKind::Repr);
    out += ')';
}

extern Type regexType;

Value compilePattern(Value pattern) {
    if (isInstance(pattern, &regexType)) return pattern;
    std::vector<uint32_t> codePoints;
    if (isStr(pattern)) {
        std::string_view text = strView(pattern);
        for (const char* p = text.data(); p < text.data() + text.size();) codePoints.push_back(utf8::next(p));
    } else if (isInstance(pattern, &bytesType)) {
        for (char c : bytesView(pattern.as<BytesObject>())) codePoints.push_back(static_cast<uint8_t>(c));
    } else {
        raiseTypeError("first argument must be a string or compiled pattern, not %s", typeName(pattern));
    }
    auto compiled = regex::compile(codePoints);
    if (auto* error = std::get_if<regex::CompileError>(&compiled))
        raiseValueError("error in regex: %s at position %zu", error->message.c_str(), error->offset);
    auto* r = allocateObject<RegexObject>(&regexType);
    r->pattern = pattern;
    r->program = new regex::Program(std::move(std::get<regex::Program>(compiled)));
    return Value(r);
}

// Module functions compile through a small cache kept in a dict bound to them as `self`.
Value cachedPattern(Value cache, Value pattern) {
    if (isInstance(pattern, &regexType)) return pattern;
    DictObject* d = asDict(cache);
    if (Value hit = dictGet(d, pattern)) return hit;
    Value compiled = compilePattern(pattern);
    if (d->used >= kCacheSize) dictClear(d);
    dictSet(d, pattern, compiled);
    return compiled;
}

RegexObject* asRegex(Value v) { return v.as<RegexObject>(); }

// Byte offset of character `index` (clamped to the subject).
size_t offsetOf(const SubjectText& text, Value index, size_t fallback) {
    if (!index) return fallback;
    int64_t i = requireInt64(index);
    int64_t length = text.isStr ? int64_t(asStr(text.value)->length()) : int64_t(text.subject.data.size());
    if (i < 0) i = 0;
    if (i > length) i = length;
    return text.isStr ? strByteOffset(asStr(text.value), size_t(i)) : size_t(i);
}

Value runMatch(RegexObject* r, Value subject, Value pos, Value endpos, bool anchored) {
    SubjectText text = subjectOf(subject);
    size_t begin = offsetOf(text, pos, 0);
    size_t end = offsetOf(text, endpos, text.subject.data.size());
    auto slots = regex::execute(*r->program, text.subject, begin, end, anchored);
    return slots ? newMatch(text, *slots) : None();
}

// Calls `found(slots)` for each match, left to right, stepping past empty matches; stops after
// `limit` matches when limit > 0.
template <typename F>
void forEachMatch(RegexObject* r, const SubjectText& text, int64_t limit, F&& found) {
    size_t pos = 0, size = text.subject.data.size();
    size_t rejectEmptyAt = regex::kNoPosition;
    for (int64_t n = 0; (limit <= 0 || n < limit) && pos <= size; ++n) {
        auto slots = regex::execute(*r->program, text.subject, pos, size, false, rejectEmptyAt);
        if (!slots) break;
        found(*slots);
        pos = (*slots)[1];
        rejectEmptyAt = (*slots)[0] == (*slots)[1] ? pos : regex::kNoPosition;
    }
}

// Appends the text of `subject` bytes [from, to).
void appendSlice(std::string& out, const SubjectText& text, size_t from, size_t to) {
    out.append(text.subject.data.substr(from, to - from));
}

Value makeText(const SubjectText& text, const std::string& data) {
    return text.isStr ? Value(newStr(data)) : Value(newBytes(data.data(), data.size()));
}

std::string_view textOf(Value v, bool wantStr) {
    if (wantStr) return requireStr(v, "replacement")->view();
    Buffer b = requireBuffer(v, "replacement");
    return {reinterpret_cast<const char*>(b.data), b.size};
}

// The result of sub() is built in host memory before it becomes a str or bytes: once it is
// longer than the heap could hold it never will, so it stops there (MemoryError) rather than grow
// the process (a long template times many matches asks for gigabytes).
void append(std::string& out, std::string_view text) {
    requireFitsInHeap(int64_t(std::min<size_t>(out.size() + text.size(), INT64_MAX)));
    out += text;
}

// Expands a replacement template: \1..\99 and \g<n> name groups; \n \r \t \\ and escaped
// punctuation mean themselves; other escaped letters are errors, as in CPython.
void expandTemplate(std::string& out, std::string_view tpl, MatchObject* m) {
    auto appendGroup = [&](size_t g) {
        if (g >= m->slots->size / 2) raiseError(&exc::IndexError, "invalid group reference %zu", g);
        if (Value v = matchGroup(m, g)) append(out, isStr(v) ? strView(v) : bytesView(v.as<BytesObject>()));
    };
    for (size_t i = 0; i < tpl.size(); ++i) {
        char c = tpl[i];
        if (c != '\\' || i + 1 == tpl.size()) {
            out += c;
            continue;
        }
        char e = tpl[++i];
        if (e >= '0' && e <= '9') {
            size_t g = size_t(e - '0');
            if (i + 1 < tpl.size() && tpl[i + 1] >= '0' && tpl[i + 1] <= '9') g = g * 10 + size_t(tpl[++i] - '0');
            appendGroup(g);
        } else if (e == 'g' && i + 1 < tpl.size() && tpl[i + 1] == '<') {
            size_t close = tpl.find('>', i);
            std::string digits(tpl.substr(i + 2, close == std::string_view::npos ? 0 : close - i - 2));
            if (close == std::string_view::npos || digits.empty() || digits.size() > 4 ||
                digits.find_first_not_of("0123456789") != std::string::npos)
                raiseValueError("bad group reference in replacement template");
            appendGroup(size_t(std::stoul(digits)));
            i = close;
        } else if (e == 'n' || e == 'r' || e == 't') {
            out += e == 'n' ? '\n' : e == 'r' ? '\r' : '\t';
        } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
            raiseValueError("bad escape \\%c in replacement template", e);
        } else {
            if (e != '\\') out += '\\';
            out += e;
        }
    }
}

Value substitute(RegexObject* r, Value repl, Value subject, int64_t count) {
    SubjectText text = subjectOf(subject);
    bool callable = isCallable(repl);
    std::string out;
    size_t last = 0;
    forEachMatch(r, text, count, [&](const std::vector<size_t>& slots) {
        appendSlice(out, text, last, slots[0]);
        Value match = newMatch(text, slots);
        if (callable) append(out, textOf(call1(repl, match), text.isStr));
        else expandTemplate(out, textOf(repl, text.isStr), match.as<MatchObject>());
        append(out, {});   // the template's own text counts too
        last = slots[1];
    });
    appendSlice(out, text, last, text.subject.data.size());
    return makeText(text, out);
}

Value splitText(RegexObject* r, Value subject, int64_t maxsplit) {
    SubjectText text = subjectOf(subject);
    ListObject* pieces = newList();
    size_t last = 0;
    std::string piece;
    forEachMatch(r, text, maxsplit < 0 ? 0 : maxsplit, [&](const std::vector<size_t>& slots) {
        piece.clear();
        appendSlice(piece, text, last, slots[0]);
        listAppend(pieces, makeText(text, piece));
        Value match = newMatch(text, slots);
        for (size_t g = 1; g < slots.size() / 2; ++g) {
            Value v = matchGroup(match.as<MatchObject>(), g);
            listAppend(pieces, v ? v : None());
        }
        last = slots[1];
    });
    piece.clear();
    appendSlice(piece, text, last, text.subject.data.size());
    listAppend(pieces, makeText(text, piece));
    return Value(pieces);
}

// ---- pattern methods ----

Value regexMatch(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("match", args, nargs, kw, {"self", "string", "pos", "endpos"}, 2, a);
    return runMatch(asRegex(a[0]), a[1], a[2], a[3], true);
}

Value regexSearch(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("search", args, nargs, kw, {"self", "string", "pos", "endpos"}, 2, a);
    return runMatch(asRegex(a[0]), a[1], a[2], a[3], false);
}

Value regexSub(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("sub", args, nargs, kw, {"self", "repl", "string", "count"}, 3, a);
    return substitute(asRegex(a[0]), a[1], a[2], a[3] ? requireInt64(a[3]) : 0);
}

Value regexSplit(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("split", args, nargs, kw, {"self", "string", "maxsplit"}, 2, a);
    return splitText(asRegex(a[0]), a[1], a[2] ? requireInt64(a[2]) : 0);
}

Value groupsAttr(Value self) { return makeInt(int64_t(asRegex(self)->program->groups)); }
Value patternAttr(Value self) { return asRegex(self)->pattern; }

const MethodDef regexMethods[] = {
    {"match", regexMatch}, {"search", regexSearch}, {"split", regexSplit}, {"sub", regexSub},
    {nullptr, nullptr},
};

const AttrDef regexAttrs[] = {
    {"groups", groupsAttr}, {"pattern", patternAttr},
    {nullptr, nullptr},
};

Type regexType{TypeSpec{
    .name = "re",
    .instanceSize = sizeof(RegexObject),
    .flags = kTypeAbstractNew,
    .trace = regexTrace,
    .finalize = regexFinalize,
    .print = regexPrint,
    .methods = regexMethods,
    .attrs = regexAttrs,
    .module = "ure",
}};

// ---- module functions (args[0] is the pattern cache) ----

Value compileFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("compile", args, nargs, kw, {"cache", "pattern", "flags"}, 2, a);
    return compilePattern(a[1]);
}

Value matchFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("match", args, nargs, kw, {"cache", "pattern", "string", "flags"}, 3, a);
    return runMatch(asRegex(cachedPattern(a[0], a[1])), a[2], Value(), Value(), true);
}

Value searchFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("search", args, nargs, kw, {"cache", "pattern", "string", "flags"}, 3, a);
    return runMatch(asRegex(cachedPattern(a[0], a[1])), a[2], Value(), Value(), false);
}

Value subFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[6];
    parseArgs("sub", args, nargs, kw, {"cache", "pattern", "repl", "string", "count", "flags"}, 4, a);
    return substitute(asRegex(cachedPattern(a[0], a[1])), a[2], a[3], a[4] ? requireInt64(a[4]) : 0);
}

Value splitFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("split", args, nargs, kw, {"cache", "pattern", "string", "maxsplit", "flags"}, 3, a);
    return splitText(asRegex(cachedPattern(a[0], a[1])), a[2], a[3] ? requireInt64(a[3]) : 0);
}

const MethodDef functions[] = {
    {"compile", compileFn}, {"match", matchFn}, {"search", searchFn}, {"split", splitFn}, {"sub", subFn},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { addBoundFunctions(module, functions, Value(newDict())); }

}  // namespace

void initReModule(ModuleObject* module) { init(module); }

SubjectText subjectOf(Value v) {
    if (isStr(v)) {
        StrObject* s = asStr(v);
        return {v, {s->view(), !s->isAscii()}, true};
    }
    Value bytes = v;
    if (!isInstance(v, &bytesType)) {
        Buffer b = requireBuffer(v, "re subject");
        bytes = Value(newBytes(b.data, b.size));
    }
    return {bytes, {bytesView(bytes.as<BytesObject>()), false}, false};
}

}  // namespace pyfw::lib
