// ujson (also `json`): dumps, loads, dump, load.
// loads takes str or bytes and raises ValueError naming the problem and its offset. dumps writes
// compact-but-spaced JSON (", " and ": ", or `separators=`), keeps non-ASCII text as UTF-8 as the
// firmware does, turns int/float/bool/None dict keys into strings, and raises TypeError for values
// JSON cannot hold.
#include <string>
#include <string_view>

#include "engine/native.h"
#include "engine/objects/bytes.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "lib/json_parser.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

// Builds Python values from the parser's events. Open containers and pending keys are GC roots.
class ValueSink : public json::Sink {
public:
    Value result;

    void null() override { add(None()); }
    void boolean(bool value) override { add(boolValue(value)); }
    void number(std::string_view text, bool integer) override {
        if (integer) return add(intFromString(text, 10));
        bool ok;   // the grammar is already checked; too large is inf, as in CPython
        add(newFloat(parseFloat(text, ok)));
    }
    void string(std::string_view utf8) override { add(Value(newStr(utf8))); }
    void beginArray() override { open(Value(newList())); }
    void endArray() override { close(); }
    void beginObject() override { open(Value(newDict())); }
    void key(std::string_view utf8) override { keys_.values.back() = Value(newStr(utf8)); }
    void endObject() override { close(); }

private:
    void add(Value v) {
        if (containers_.values.empty()) {
            result = v;
            return;
        }
        Value top = containers_.values.back();
        if (typeOf(top) == &listType) listAppend(asList(top), v);
        else dictSet(asDict(top), keys_.values.back(), v);
    }
    void open(Value container) {
        add(container);
        containers_.values.push_back(container);
        keys_.values.push_back(Value());
    }
    void close() {
        containers_.values.pop_back();
        keys_.values.pop_back();
    }

    RootedValues containers_;
    RootedValues keys_;
};

Value parseText(std::string_view text) {
    ValueSink sink;
    if (auto error = json::parse(text, sink))
        raiseValueError("syntax error in JSON: %s at offset %zu", error->message.c_str(), error->offset);
    return sink.result;
}

Value loadsValue(Value source) {
    if (isStr(source)) return parseText(strView(source));
    Buffer b;
    if (getBuffer(source, b)) {
        std::string copy(reinterpret_cast<const char*>(b.data), b.size);
        return parseText(copy);
    }
    raiseTypeError("the JSON object must be str or bytes, not %s", typeName(source));
}

struct Separators {
    std::string item = ", ";
    std::string key = ": ";
};

class Writer {
public:
    explicit Writer(const Separators& separators) : separators_(separators) {}
    std::string out;

    void write(Value v) {
        if (v == None()) out += "null";
        else if (v == True()) out += "true";
        else if (v == False()) out += "false";
        else if (isInt(v)) out += intToString(v);
        else if (isFloat(v)) out += floatRepr(floatValue(v));
        else if (isStr(v)) writeString(strView(v));
        else if (typeOf(v) == &bytesType) writeBytes(v);
        else if (isInstance(v, &listType) || isInstance(v, &tupleType)) writeSequence(v);
        else if (isInstance(v, &dictType)) writeDict(asDict(v));
        else raiseTypeError("Object of type %s is not JSON serializable", typeName(v));
        // The text becomes a str in the heap: past the heap's size it is MemoryError now, not
        // after the host string has grown to gigabytes (one big string listed many times).
        if (out.size() > heapCapacityBytes()) raiseMemoryError();
    }

private:
    void writeString(std::string_view s) {
        out += '"';
        for (char c : s) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (static_cast<uint8_t>(c) < 0x20) {
                    static constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }

    // The firmware writes bytes as a JSON string of their characters (json.dumps(b"12") is '"12"',
    // where CPython raises TypeError); a byte above 0x7f is the character of that code (Latin-1),
    // which keeps the text valid UTF-8.
    void writeBytes(Value bytes) {
        Buffer b;
        getBuffer(bytes, b);
        std::string text;
        for (size_t i = 0; i < b.size; ++i) {
            uint8_t c = b.data[i];
            if (c < 0x80) {
                text += char(c);
            } else {
                text += char(0xc0 | (c >> 6));
                text += char(0x80 | (c & 0x3f));
            }
        }
        writeString(text);
    }

    void writeSequence(Value seq) {
        checkRecursion();
        out += '[';
        bool first = true;
        forEach(seq, [&](Value item) {
            if (!first) out += separators_.item;
            first = false;
            write(item);
        });
        out += ']';
    }

    void writeKey(Value key) {
        if (isStr(key)) return writeString(strView(key));
        if (key == None() || key == True() || key == False() || isInt(key) || isFloat(key)) {
            Writer plain(separators_);
            plain.write(key);
            return writeString(plain.out);
        }
        raiseTypeError("keys must be str, int, float, bool or None, not %s", typeName(key));
    }

    void writeDict(DictObject* d) {
        checkRecursion();
        out += '{';
        bool first = true;
        for (uint32_t i = 0; i < d->filled; ++i) {
            DictEntry e = d->entries()[i];
            if (!e.key) continue;
            if (!first) out += separators_.item;
            first = false;
            writeKey(e.key);
            out += separators_.key;
            write(e.value);
        }
        out += '}';
    }

    const Separators& separators_;
};

Separators separatorsFrom(Value arg) {
    Separators s;
    if (!arg || arg == None()) return s;
    TupleObject* pair = toTuple(arg);
    if (pair->size != 2) raiseValueError("separators must be an (item, key) pair");
    s.item = std::string(requireStr(pair->items[0], "separators")->view());
    s.key = std::string(requireStr(pair->items[1], "separators")->view());
    return s;
}

std::string encode(Value obj, Value separators) {
    Separators s = separatorsFrom(separators);
    Writer w(s);
    w.write(obj);
    return std::move(w.out);
}

Value dumps(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("dumps", args, nargs, kw, {"obj", "separators"}, 1, a);
    std::string text = encode(a[0], a[1]);
    return Value(newStr(text));
}

Value dump(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("dump", args, nargs, kw, {"obj", "fp", "separators"}, 2, a);
    std::string text = encode(a[0], a[2]);
    Value s(newStr(text));
    callMethod(a[1], intern("write"), &s, 1);
    return None();
}

Value loads(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("loads", nargs, kw, 1, 1);
    return loadsValue(args[0]);
}

Value load(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("load", nargs, kw, 1, 1);
    return loadsValue(callMethod(args[0], intern("read")));
}

const MethodDef functions[] = {
    {"dump", dump}, {"dumps", dumps}, {"load", load}, {"loads", loads},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace

void initJsonModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
