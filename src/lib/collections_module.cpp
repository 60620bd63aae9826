// ucollections (also `collections`): namedtuple, OrderedDict, deque (deque.cpp).
//
// namedtuple(name, fields) makes a class over the native base `namedtuple` (a tuple with a
// field-aware repr, _asdict and _replace); fields are read through small getter descriptors and
// __new__/_make are native functions; all find the field names in the class's `_fields`. OrderedDict is a dict (dicts keep insertion order) that
// prints as MicroPython prints it, `OrderedDict({'a': 1})`, and adds move_to_end/popitem(last).
#include <string>
#include <vector>

#include "engine/native.h"
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"
#include "lib/collections_types.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

// ---- namedtuple ----

struct FieldGetterObject : Object {
    int64_t index;
};

void traceNothing(Object*, Tracer&) {}

Value fieldGet(Value descr, Value instance, Type*) {
    if (!instance) return descr;
    if (!isInstance(instance, &tupleType)) raiseTypeError("descriptor for a namedtuple field applied to a non-tuple");
    TupleObject* t = asTuple(instance);
    int64_t i = descr.as<FieldGetterObject>()->index;
    if (i >= int64_t(t->size)) raiseError(&exc::AttributeError, "namedtuple field missing");
    return t->items[i];
}

void fieldSet(Value, Value, Value) { raiseError(&exc::AttributeError, "can't set attribute"); }

Type fieldGetterType{TypeSpec{
    .name = "_tuplegetter",
    .instanceSize = sizeof(FieldGetterObject),
    .flags = kTypeAbstractNew,
    .trace = traceNothing,
    .descrGet = fieldGet,
    .descrSet = fieldSet,
    .module = "ucollections",
}};

TupleObject* fieldsOf(Type* cls) {
    Value fields = lookupType(cls, intern("_fields"));
    if (!fields || !isInstance(fields, &tupleType)) raiseTypeError("'%s' is not a namedtuple class", cls->name->data);
    return asTuple(fields);
}

Value makeInstance(Type* cls, const Value* values, size_t count) {
    Value items(tupleFromArray(values, count));
    return tupleType.make(cls, &items, 1, nullptr);
}

// __new__(cls, *values, **named)
Value namedtupleNew(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs < 1 || !isInstance(args[0], &typeType)) raiseTypeError("namedtuple.__new__ needs a class");
    Type* cls = args[0].as<Type>();
    TupleObject* fields = fieldsOf(cls);
    size_t count = fields->size, given = nargs - 1;
    if (given > count)
        raiseTypeError("%s() takes %zu positional arguments but %zu were given", cls->name->data, count, given);
    std::vector<Value> values(args + 1, args + nargs);
    values.resize(count);
    for (size_t k = 0; kw && k < kw->size; ++k) {
        size_t i = 0;
        while (i < count && !strEquals(asStr(fields->items[i]), asStr(kw->items[k]))) ++i;
        if (i == count)
            raiseTypeError("%s() got an unexpected keyword argument '%s'", cls->name->data, asStr(kw->items[k])->data);
        if (values[i]) raiseTypeError("%s() got multiple values for argument '%s'", cls->name->data, asStr(kw->items[k])->data);
        values[i] = args[nargs + k];
    }
    for (size_t i = 0; i < count; ++i)
        if (!values[i]) raiseTypeError("%s() missing required argument '%s'", cls->name->data, asStr(fields->items[i])->data);
    return makeInstance(cls, values.data(), count);
}

void namedtuplePrint(std::string& out, Value self, PrintKind) {
    Type* cls = typeOf(self);
    TupleObject* fields = fieldsOf(cls);
    TupleObject* t = asTuple(self);
    out += cls->name->view();
    out += '(';
    for (size_t i = 0; i < t->size && i < fields->size; ++i) {
        if (i) out += ", ";
        out += asStr(fields->items[i])->view();
        out += '=';
        printValue(out, t->items[i], PrintKind::Repr);
    }
    out += ')';
}

Value namedtupleAsdict(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("_asdict", nargs, kw, 1, 1);
    TupleObject* fields = fieldsOf(typeOf(args[0]));
    TupleObject* t = asTuple(args[0]);
    DictObject* d = newDict(fields->size);
    for (size_t i = 0; i < t->size && i < fields->size; ++i) dictSet(d, fields->items[i], t->items[i]);
    return Value(d);
}

Value namedtupleReplace(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("_replace", nargs, nullptr, 1, 1);
    Type* cls = typeOf(args[0]);
    TupleObject* fields = fieldsOf(cls);
    TupleObject* t = asTuple(args[0]);
    std::vector<Value> values(t->items, t->items + t->size);
    for (size_t k = 0; kw && k < kw->size; ++k) {
        size_t i = 0;
        while (i < fields->size && !strEquals(asStr(fields->items[i]), asStr(kw->items[k]))) ++i;
        if (i == fields->size || i >= values.size())
            raiseValueError("got an unexpected field name: '%s'", asStr(kw->items[k])->data);
        values[i] = args[nargs + k];
    }
    return makeInstance(cls, values.data(), values.size());
}

Value namedtupleMake(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("_make", nargs, kw, 2, 2);
    Type* cls = args[0].as<Type>();
    TupleObject* values = toTuple(args[1]);
    if (values->size != fieldsOf(cls)->size)
        raiseTypeError("expected %zu arguments, got %zu", fieldsOf(cls)->size, size_t(values->size));
    return makeInstance(cls, values->items, values->size);
}

const MethodDef namedtupleMethods[] = {
    {"_asdict", namedtupleAsdict}, {"_replace", namedtupleReplace},
    {nullptr, nullptr},
};

// The native base of every namedtuple class: tuple's layout, the field-aware repr and methods.
Type namedtupleBaseType{TypeSpec{
    .name = "namedtuple",
    .base = &tupleType,
    .instanceSize = sizeof(TupleObject),
    .flags = kTypeBaseType | kTypeVarSize | kTypeAbstractNew,
    .print = namedtuplePrint,
    .methods = namedtupleMethods,
    .module = "ucollections",
}};

Value wrapped(Type* wrapper, const char* name, NativeFn fn) {
    auto* w = allocateObject<WrapperObject>(wrapper);
    w->function = Value(newBuiltinFunction(name, fn));
    return Value(w);
}

bool isIdentifier(std::string_view name) {
    if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
    for (char c : name)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80)))
            return false;
    return true;
}

// Field names from a list/tuple of str, or one str separated by spaces and/or commas.
TupleObject* fieldNames(Value spec) {
    std::vector<std::string> names;
    if (isStr(spec)) {
        std::string current;
        for (char c : strView(spec)) {
            if (c == ' ' || c == ',' || c == '\t' || c == '\n') {
                if (!current.empty()) names.push_back(std::move(current));
                current.clear();
            } else {
                current += c;
            }
        }
        if (!current.empty()) names.push_back(std::move(current));
    } else {
        forEach(spec, [&](Value v) { names.emplace_back(requireStr(v, "namedtuple field name")->view()); });
    }
    TupleObject* fields = newTuple(names.size());
    for (size_t i = 0; i < names.size(); ++i) {
        if (!isIdentifier(names[i]) || names[i][0] == '_')
            raiseValueError("invalid namedtuple field name: '%s'", names[i].c_str());
        for (size_t j = 0; j < i; ++j)
            if (names[j] == names[i]) raiseValueError("duplicate namedtuple field name: '%s'", names[i].c_str());
        fields->items[i] = Value(intern(names[i]));
    }
    return fields;
}

// A class over the native base: the field names, the constructors and one getter per field.
Type* newNamedTupleClass(StrObject* name, TupleObject* fields) {
    DictObject* ns = newDict(fields->size + 6);
    dictSetStr(ns, intern("_fields"), Value(fields));
    dictSetStr(ns, intern("__new__"), wrapped(&staticmethodType, "__new__", namedtupleNew));
    dictSetStr(ns, intern("_make"), wrapped(&classmethodType, "_make", namedtupleMake));
    for (size_t i = 0; i < fields->size; ++i) {
        auto* getter = allocateObject<FieldGetterObject>(&fieldGetterType);
        getter->index = int64_t(i);
        dictSetStr(ns, asStr(fields->items[i]), Value(getter));
    }
    return newClass(name, newTuple({Value(&namedtupleBaseType)}), ns);
}

Value namedtuple(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("namedtuple", args, nargs, kw, {"typename", "field_names"}, 2, a);
    StrObject* name = requireStr(a[0], "namedtuple name");
    if (!isIdentifier(name->view())) raiseValueError("invalid namedtuple name: '%s'", name->data);
    return Value(newNamedTupleClass(name, fieldNames(a[1])));
}

}  // namespace

Value newAttrTuple(const std::vector<const char*>& fields, const std::vector<Value>& values) {
    TupleObject* names = newTuple(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) names->items[i] = Value(intern(fields[i]));
    Type* cls = newNamedTupleClass(intern(""), names);
    return makeInstance(cls, values.data(), values.size());
}

namespace {

// ---- OrderedDict ----

void orderedDictPrint(std::string& out, Value self, PrintKind kind) {
    out += typeOf(self)->name->view();
    out += '(';
    dictType.print(out, self, kind);
    out += ')';
}

// Two OrderedDicts are equal only with the same items in the same order; against a plain dict,
// order does not count (as in CPython).
Value orderedDictBinary(BinaryOp op, Value self, Value other, bool reflected) {
    bool bothOrdered = isInstance(self, &orderedDictType) && isInstance(other, &orderedDictType);
    if (!bothOrdered || (op != BinaryOp::Eq && op != BinaryOp::Ne)) return dictType.binary(op, self, other, reflected);
    Value same = dictType.binary(BinaryOp::Eq, self, other, reflected);
    bool equal = same == True();
    if (equal) {
        DictObject* a = asDict(self);
        DictObject* b = asDict(other);
        uint32_t j = 0;
        for (uint32_t i = 0; i < a->filled && equal; ++i) {
            if (!a->entries()[i].key) continue;
            while (j < b->filled && !b->entries()[j].key) ++j;
            if (j >= b->filled) {   // a key's __eq__ emptied b
                equal = false;
                break;
            }
            Value ka = a->entries()[i].key, kb = b->entries()[j].key;
            equal = ka == kb || equals(ka, kb);
            ++j;
        }
    }
    return boolValue(op == BinaryOp::Eq ? equal : !equal);
}

// Moves `key` to the end (or the front) by rebuilding the entry order.
Value moveToEnd(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("move_to_end", args, nargs, kw, {"self", "key", "last"}, 2, a);
    DictObject* d = asDict(a[0]);
    Value value = dictGet(d, a[1]);
    if (!value) raiseWithValue(&exc::KeyError, a[1]);
    bool last = !a[2] || truthy(a[2]);
    dictDelete(d, a[1]);
    if (last) {
        dictSet(d, a[1], value);
        return None();
    }
    DictObject* rest = dictCopy(d);
    dictClear(d);
    dictSet(d, a[1], value);
    dictUpdate(d, Value(rest));
    return None();
}

Value popitem(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("popitem", args, nargs, kw, {"self", "last"}, 1, a);
    DictObject* d = asDict(a[0]);
    bool last = !a[1] || truthy(a[1]);
    for (uint32_t n = 0; n < d->filled; ++n) {
        DictEntry e = d->entries()[last ? d->filled - 1 - n : n];
        if (!e.key) continue;
        dictDelete(d, e.key);
        return Value(newTuple({e.key, e.value}));
    }
    raiseError(&exc::KeyError, "dictionary is empty");
}

const MethodDef orderedDictMethods[] = {
    {"move_to_end", moveToEnd}, {"popitem", popitem},
    {nullptr, nullptr},
};

const MethodDef functions[] = {
    {"namedtuple", namedtuple},
    {nullptr, nullptr},
};

void init(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "OrderedDict", Value(&orderedDictType));
    moduleSet(module, "deque", Value(&dequeType));
}

}  // namespace

void initCollectionsModule(ModuleObject* module) { init(module); }

Type orderedDictType{TypeSpec{
    .name = "OrderedDict",
    .base = &dictType,
    .instanceSize = sizeof(DictObject),
    .flags = kTypeBaseType | kTypeInitFills,
    .print = orderedDictPrint,
    .binary = orderedDictBinary,
    .methods = orderedDictMethods,
    .module = "ucollections",
    .binaryMethods = operators(BinaryOp::Or),
    .reflectedMethods = operators(BinaryOp::Or),
}};

}  // namespace pyfw::lib
