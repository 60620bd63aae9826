// The builtins module: the functions in this file, the iteration helpers in builtins_iter.cpp,
// eval/exec/compile and class building in builtins_eval.cpp, and every built-in type and
// exception. To add a built-in function: write a NativeFn and add a row to kBuiltinFunctions.
#include <cmath>
#include <cstring>

#include "engine/objects/bytes.h"
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/format.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/objects/unicode.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

extern const MethodDef kIterBuiltins[];
extern const MethodDef kEvalBuiltins[];
extern const MethodDef kHelpBuiltins[];
extern Type enumerateType, zipType, mapType, filterType, reversedType;

namespace {

Value builtinAbs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("abs", nargs, kw, 1, 1);
    return unaryOp(UnaryOp::Abs, args[0]);
}

std::string prefixedInt(Value v, int base, const char* prefix) {
    Value n = indexOrNull(v);
    if (!n) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
    bool negative = intIsNegative(n);
    std::string digits = intToString(negative ? unaryOp(UnaryOp::Neg, n) : n, base);
    return (negative ? "-" : "") + std::string(prefix) + digits;
}

Value builtinBin(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bin", nargs, kw, 1, 1);
    return Value(newStr(prefixedInt(args[0], 2, "0b")));
}
Value builtinOct(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("oct", nargs, kw, 1, 1);
    return Value(newStr(prefixedInt(args[0], 8, "0o")));
}
Value builtinHex(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hex", nargs, kw, 1, 1);
    return Value(newStr(prefixedInt(args[0], 16, "0x")));
}

Value builtinCallable(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("callable", nargs, kw, 1, 1);
    return boolValue(isCallable(args[0]));
}

Value builtinChr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("chr", nargs, kw, 1, 1);
    int64_t cp = requireInt64(args[0]);
    if (cp < 0 || cp > 0x10FFFF) raiseValueError("chr() arg not in range(0x110000)");
    return Value(charStr(uint32_t(cp)));
}

Value builtinOrd(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ord", nargs, kw, 1, 1);
    Value v = args[0];
    if (isStr(v)) {
        StrObject* s = asStr(v);
        if (s->length() != 1)
            raiseTypeError("ord() expected a character, but string of length %u found", s->length());
        const char* p = s->data;
        return Value::smallInt(utf8::next(p));
    }
    Buffer b;
    if ((isInstance(v, &bytesType) || isInstance(v, &bytearrayType)) && getBuffer(v, b)) {
        if (b.size != 1) raiseTypeError("ord() expected a character, but string of length %zu found", b.size);
        return Value::smallInt(b.data[0]);
    }
    raiseTypeError("ord() expected string of length 1, but %s found", typeName(v));
}

Value builtinDivmod(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("divmod", nargs, kw, 2, 2);
    Value q = binaryOp(BinaryOp::FloorDiv, args[0], args[1]);
    Value r = binaryOp(BinaryOp::Mod, args[0], args[1]);
    return Value(newTuple({q, r}));
}

Value builtinGetattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getattr", nargs, kw, 2, 3);
    StrObject* name = requireStr(args[1], "attribute name");
    if (nargs == 3) {
        Value v = getAttrOrNull(args[0], intern(name));
        return v ? v : args[2];
    }
    return getAttr(args[0], intern(name));
}

Value builtinSetattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setattr", nargs, kw, 3, 3);
    setAttr(args[0], intern(requireStr(args[1], "attribute name")), args[2]);
    return None();
}

Value builtinDelattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("delattr", nargs, kw, 2, 2);
    delAttr(args[0], intern(requireStr(args[1], "attribute name")));
    return None();
}

Value builtinHasattr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hasattr", nargs, kw, 2, 2);
    return boolValue(bool(getAttrOrNull(args[0], intern(requireStr(args[1], "attribute name")))));
}

Value builtinHash(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("hash", nargs, kw, 1, 1);
    return makeInt(hashOf(args[0]));
}

Value builtinId(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("id", nargs, kw, 1, 1);
    return makeIntU64(args[0].bits());
}

bool isInstanceOf(Value v, Value classinfo, const char* function) {
    if (isInstance(classinfo, &tupleType)) {
        checkRecursion();   // tuples may nest, as deep as the program makes them
        TupleObject* t = asTuple(classinfo);
        for (size_t i = 0; i < t->size; ++i)
            if (isInstanceOf(v, t->items[i], function)) return true;
        return false;
    }
    if (!isInstance(classinfo, &typeType))
        raiseTypeError("%s() arg 2 must be a type, a tuple of types, or a union", function);
    if (std::strcmp(function, "issubclass") == 0) {
        if (!isInstance(v, &typeType)) raiseTypeError("issubclass() arg 1 must be a class");
        return isSubtype(v.as<Type>(), classinfo.as<Type>());
    }
    return isInstance(v, classinfo.as<Type>());
}

Value builtinIsinstance(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("isinstance", nargs, kw, 2, 2);
    return boolValue(isInstanceOf(args[0], args[1], "isinstance"));
}

Value builtinIssubclass(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("issubclass", nargs, kw, 2, 2);
    return boolValue(isInstanceOf(args[0], args[1], "issubclass"));
}

Value builtinLen(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("len", nargs, kw, 1, 1);
    return makeInt(length(args[0]));
}

Value builtinRepr(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("repr", nargs, kw, 1, 1);
    return Value(repr(args[0]));
}

Value builtinAscii(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ascii", nargs, kw, 1, 1);
    return asciiOf(args[0]);
}

Value builtinFormat(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("format", nargs, kw, 1, 2);
    return formatObject(args[0], nargs > 1 ? requireStr(args[1], "format spec") : emptyStr());
}

Value builtinPrint(const Value* args, size_t nargs, TupleObject* kw) {
    Value sep, end, file, flush;
    for (size_t k = 0; kw && k < kw->size; ++k) {
        std::string_view name = asStr(kw->items[k])->view();
        Value v = args[nargs + k];
        if (name == "sep") sep = v;
        else if (name == "end") end = v;
        else if (name == "file") file = v;
        else if (name == "flush") flush = v;
        else raiseTypeError("'%.*s' is an invalid keyword argument for print()", int(name.size()), name.data());
    }
    std::string_view separator = sep && sep != None() ? requireStr(sep, "sep")->view() : " ";
    std::string_view ending = end && end != None() ? requireStr(end, "end")->view() : "\n";
    if (file && file != None()) {
        // A file object gets one write() per value, separator and ending, as in CPython.
        auto write = [&](Value text) { callMethod(file, names::write, &text, 1); };
        for (size_t i = 0; i < nargs; ++i) {
            if (i) write(Value(newStr(separator)));
            std::string piece;
            printValue(piece, args[i], PrintKind::Str);
            write(Value(newStr(piece)));
        }
        write(Value(newStr(ending)));
        if (flush && truthy(flush)) {
            if (Value f = getAttrOrNull(file, names::flush)) call0(f);
        }
        return None();
    }
    std::string out;
    {
        StreamingPrint streaming(out);
        for (size_t i = 0; i < nargs; ++i) {
            if (i) out += separator;
            printValue(out, args[i], PrintKind::Str);
        }
    }
    out += ending;
    writeOut(out);
    if (flush && truthy(flush)) interp().host->flush();
    return None();
}

Value builtinInput(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("input", nargs, kw, 0, 1);
    Host* host = interp().host;
    if (nargs) host->writeOut(strString(args[0]));
    host->flush();
    auto line = host->readLine();
    if (!line) raiseError(&exc::EOFError, "EOF when reading a line");
    return Value(newStr(*line));
}

// The inverse of a modulo m (m > 0), or null when a and m share a factor: the extended Euclidean
// algorithm, keeping s * a == r (mod m) for each remainder r.
Value modularInverse(Value a, Value m) {
    Value r0 = m, r1 = binaryOp(BinaryOp::Mod, a, m), s0 = Value::smallInt(0), s1 = Value::smallInt(1);
    while (intSign(r1) != 0) {
        Value q = binaryOp(BinaryOp::FloorDiv, r0, r1);
        Value r2 = binaryOp(BinaryOp::Sub, r0, binaryOp(BinaryOp::Mul, q, r1));
        Value s2 = binaryOp(BinaryOp::Sub, s0, binaryOp(BinaryOp::Mul, q, s1));
        r0 = r1, r1 = r2, s0 = s1, s1 = s2;
    }
    if (r0 != Value::smallInt(1)) return Value();
    return binaryOp(BinaryOp::Mod, s0, m);
}

Value builtinPow(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("pow", nargs, kw, 2, 3);
    if (nargs == 2 || args[2] == None()) return binaryOp(BinaryOp::Pow, args[0], args[1]);
    if (!isInt(args[0]) || !isInt(args[1]) || !isInt(args[2]))
        raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
    Value mod = args[2];
    if (intSign(mod) == 0) raiseValueError("pow() 3rd argument cannot be 0");
    Value result = Value::smallInt(1);
    Value base = binaryOp(BinaryOp::Mod, args[0], mod);
    Value exp = args[1];
    if (intIsNegative(exp)) {
        // As CPython 3.8: a negative power of the base's inverse modulo |mod|.
        base = modularInverse(base, unaryOp(UnaryOp::Abs, mod));
        if (!base) raiseValueError("base is not invertible for the given modulus");
        exp = unaryOp(UnaryOp::Neg, exp);
    }
    while (intSign(exp) > 0) {
        if (truthy(binaryOp(BinaryOp::And, exp, Value::smallInt(1))))
            result = binaryOp(BinaryOp::Mod, binaryOp(BinaryOp::Mul, result, base), mod);
        exp = binaryOp(BinaryOp::RShift, exp, Value::smallInt(1));
        if (intSign(exp) > 0) base = binaryOp(BinaryOp::Mod, binaryOp(BinaryOp::Mul, base, base), mod);
    }
    return binaryOp(BinaryOp::Mod, result, mod);
}

Value roundInt(Value v, int64_t digits) {
    if (digits >= 0) return v;
    // Once 10**-digits is more than twice |v| (|v| < 2**bits <= 10**(bits / 3 + 1)) the result is 0:
    // said without computing that power, which may not fit the heap (or negating -2**63).
    if (digits < -int64_t(intBitLength(v) / 3 + 2)) return Value::smallInt(0);
    Value scale = binaryOp(BinaryOp::Pow, Value::smallInt(10), makeInt(-digits));
    Value q = binaryOp(BinaryOp::FloorDiv, v, scale);
    Value r = binaryOp(BinaryOp::Mod, v, scale);
    Value twice = binaryOp(BinaryOp::Mul, r, Value::smallInt(2));
    int c = intCompare(twice, scale);
    if (c > 0 || (c == 0 && truthy(binaryOp(BinaryOp::And, q, Value::smallInt(1)))))
        q = binaryOp(BinaryOp::Add, q, Value::smallInt(1));
    return binaryOp(BinaryOp::Mul, q, scale);
}

Value builtinRound(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[2];
    parseArgs("round", args, nargs, kw, {"number", "ndigits"}, 1, a);
    Value x = a[0];
    bool hasDigits = a[1] && a[1] != None();
    if (typeOf(x) == &boolType) x = Value::smallInt(x == True());   // round(True, n) is the int 1
    if (isInt(x)) return hasDigits ? roundInt(x, roundDigits(a[1])) : x;
    if (isExactFloat(x)) {
        if (hasDigits) return roundFloat(floatValue(x), roundDigits(a[1]));
        return intFromDouble(std::nearbyint(floatValue(x)));
    }
    // Float subclasses too: they may override __round__, else reach float's.
    if (Value r = callSpecialOrNull(x, names::__round__, a + 1, hasDigits ? 1 : 0)) return r;
    raiseTypeError("type %s doesn't define __round__ method", typeName(x));
}

Value builtinDir(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("dir", nargs, kw, 0, 1);
    ListObject* out = newList();
    auto addKeys = [&](DictObject* d) {
        if (!d) return;
        for (uint32_t i = 0; i < d->filled; ++i)
            if (d->entries()[i].key && !contains(Value(out), d->entries()[i].key)) listAppend(out, d->entries()[i].key);
    };
    if (!nargs) {
        Frame* f = thread().frame;
        addKeys(f && f->locals ? f->locals : f ? f->globals : nullptr);
    } else {
        Value v = args[0];
        if (typeOf(v) == &moduleType) {
            addKeys(v.as<ModuleObject>()->dict);
        } else if (isInstance(v, &typeType)) {
            TupleObject* mro = v.as<Type>()->mro;
            for (size_t i = 0; i < mro->size; ++i) addKeys(typeDict(mro->items[i].as<Type>()));
        } else {
            addKeys(instanceDict(v, false));
            TupleObject* mro = typeOf(v)->mro;
            for (size_t i = 0; i < mro->size; ++i) addKeys(typeDict(mro->items[i].as<Type>()));
        }
    }
    listSort(out, Value(), false);
    return Value(out);
}

Value builtinVars(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("vars", nargs, kw, 0, 1);
    if (!nargs) {
        Frame* f = thread().frame;
        return Value(f->locals ? f->locals : f->globals);
    }
    return getAttr(args[0], names::__dict__);
}

const MethodDef kBuiltinFunctions[] = {
    {"abs", builtinAbs},
    {"ascii", builtinAscii},
    {"bin", builtinBin},
    {"callable", builtinCallable},
    {"chr", builtinChr},
    {"delattr", builtinDelattr},
    {"dir", builtinDir},
    {"divmod", builtinDivmod},
    {"format", builtinFormat},
    {"getattr", builtinGetattr},
    {"hasattr", builtinHasattr},
    {"hash", builtinHash},
    {"hex", builtinHex},
    {"id", builtinId},
    {"input", builtinInput},
    {"isinstance", builtinIsinstance},
    {"issubclass", builtinIssubclass},
    {"len", builtinLen},
    {"oct", builtinOct},
    {"ord", builtinOrd},
    {"pow", builtinPow},
    {"print", builtinPrint},
    {"repr", builtinRepr},
    {"round", builtinRound},
    {"setattr", builtinSetattr},
    {"vars", builtinVars},
    {nullptr, nullptr},
};

}  // namespace

void initBuiltinsModule(Interpreter& in) {
    ModuleObject* module = newModule(intern("builtins"));
    in.builtins = module->dict;
    moduleAddFunctions(module, kBuiltinFunctions);
    moduleAddFunctions(module, kIterBuiltins);
    moduleAddFunctions(module, kEvalBuiltins);
    moduleAddFunctions(module, kHelpBuiltins);
    Type* types[] = {&objectType, &typeType, &boolType, &intType, &floatType, &complexType, &strType, &bytesType,
                     &bytearrayType, &tupleType, &listType, &dictType, &setType, &frozensetType, &rangeType,
                     &sliceType, &classmethodType, &staticmethodType, &propertyType, &superType,
                     &enumerateType, &zipType, &mapType, &filterType, &reversedType, &memoryviewType};
    for (Type* t : types) dictSetStr(module->dict, t->name, Value(t));
    Type* exceptions[] = {&exc::BaseException,
#define EXCEPTION(name, base) &exc::name,
#include "engine/objects/exceptions.def"
#undef EXCEPTION
    };
    for (Type* t : exceptions) dictSetStr(module->dict, t->name, Value(t));
    dictSetStr(module->dict, intern("NotImplemented"), NotImplemented());
    dictSetStr(module->dict, intern("Ellipsis"), Ellipsis());
    dictSetStr(module->dict, names::__debug__, True());
    dictSetStr(module->dict, intern("IOError"), Value(&exc::OSError));
    dictSetStr(module->dict, intern("EnvironmentError"), Value(&exc::OSError));
    for (const ModuleLibrary* library : in.libraries)
        for (auto extend : library->builtinsExtensions) extend(module->dict);
    dictSetStr(in.modules, module->name, Value(module));
}

}  // namespace pyfw::engine
