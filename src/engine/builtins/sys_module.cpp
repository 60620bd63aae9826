// sys: made with the interpreter because it holds interpreter state (path, argv, modules).
#include <vector>

#include "engine/objects/bytes.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// sys.implementation: MicroPython's attrtuple, a tuple whose items are also named attributes,
// printed as (name='micropython', version=(1, 8, 6)).
constexpr const char* kImplementationFields[] = {"name", "version"};

struct AttrTupleObject : Object {
    TupleObject* values;
};

TupleObject* attrValues(Value self) { return self.as<AttrTupleObject>()->values; }

void attrTupleTrace(Object* self, Tracer& t) { t.visitObject(static_cast<AttrTupleObject*>(self)->values); }

void attrTuplePrint(std::string& out, Value self, PrintKind) {
    TupleObject* values = attrValues(self);
    out += '(';
    for (size_t i = 0; i < values->size; ++i) {
        if (i) out += ", ";
        out += kImplementationFields[i];
        out += '=';
        printValue(out, values->items[i], PrintKind::Repr);
    }
    out += ')';
}

Value attrTupleGetAttr(Value self, StrObject* name) {
    TupleObject* values = attrValues(self);
    for (size_t i = 0; i < values->size; ++i)
        if (name->view() == kImplementationFields[i]) return values->items[i];
    return genericGetAttr(self, name);
}

int64_t attrTupleLen(Value self) { return int64_t(attrValues(self)->size); }
Value attrTupleIter(Value self) { return getIter(Value(attrValues(self))); }
Value attrTupleGetItem(Value self, Value key) { return getItem(Value(attrValues(self)), key); }

Type attrTupleType{TypeSpec{
    .name = "implementation",
    .instanceSize = sizeof(AttrTupleObject),
    .trace = attrTupleTrace,
    .print = attrTuplePrint,
    .getattr = attrTupleGetAttr,
    .len = attrTupleLen,
    .iter = attrTupleIter,
    .getitem = attrTupleGetItem,
}};

// The MicroPython core that Pycom 1.17.2 is built on (its banner reads [v1.8.6-...]).
Value newImplementation() {
    auto* impl = allocateObject<AttrTupleObject>(&attrTupleType);
    impl->values = newTuple({Value(intern("micropython")),
                             Value(newTuple({Value::smallInt(1), Value::smallInt(8), Value::smallInt(6)}))});
    return Value(impl);
}

// sys.stdout / sys.stderr / sys.stdin: thin objects over the host console.
struct HostStreamObject : Object {
    int which;   // 0 stdin, 1 stdout, 2 stderr
};

HostStreamObject* stream(Value v) { return v.as<HostStreamObject>(); }

Value streamWrite(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("write", nargs, kw, 2, 2);
    Host* host = interp().host;
    std::string text;
    if (isStr(args[1])) {
        text = std::string(strView(args[1]));
    } else {
        Buffer b;
        if (!getBuffer(args[1], b)) raiseTypeError("write() argument must be str, not %s", typeName(args[1]));
        text.assign(reinterpret_cast<const char*>(b.data), b.size);
    }
    if (stream(args[0])->which == 2) host->writeErr(text);
    else host->writeOut(text);
    return makeInt(int64_t(isStr(args[1]) ? asStr(args[1])->length() : text.size()));
}

Value streamFlush(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("flush", nargs, kw, 1, 1);
    interp().host->flush();
    return None();
}

Value streamReadline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readline", nargs, kw, 1, 2);
    auto line = interp().host->readLine();
    if (!line) return Value(emptyStr());
    return Value(newStr(*line + "\n"));
}

const MethodDef streamMethods[] = {
    {"flush", streamFlush},
    {"readline", streamReadline},
    {"write", streamWrite},
    {nullptr, nullptr},
};

void streamPrint(std::string& out, Value self, PrintKind) {
    static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    out += "<io.TextIOWrapper name='";
    out += names[stream(self)->which];
    out += "'>";
}

Type hostStreamType{TypeSpec{
    .name = "TextIOWrapper",
    .instanceSize = sizeof(HostStreamObject),
    .print = streamPrint,
    .methods = streamMethods,
}};

Value newStream(int which) {
    auto* s = allocateObject<HostStreamObject>(&hostStreamType);
    s->which = which;
    return Value(s);
}

Value sysExit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("exit", nargs, kw, 0, 1);
    raise(newException(&exc::SystemExit, nargs ? newTuple({args[0]}) : nullptr));
}

Value sysPrintException(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("print_exception", nargs, kw, 1, 2);
    std::string text = formatTraceback(args[0]);
    if (nargs > 1 && args[1] != None()) {
        Value s(newStr(text));
        callMethod(args[1], intern("write"), &s, 1);
    } else {
        writeOut(text);
    }
    return None();
}

Value sysExcInfo(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("exc_info", nargs, kw, 0, 0);
    Value e = thread().handledException;
    if (!e) return Value(newTuple({None(), None(), None()}));
    return Value(newTuple({Value(typeOf(e)), e, None()}));
}

Value sysGetrecursionlimit(const Value*, size_t, TupleObject*) {
    return Value::smallInt(int64_t(ThreadState::kMaxFrames - 2));
}

const MethodDef sysFunctions[] = {
    {"exc_info", sysExcInfo},
    {"exit", sysExit},
    {"getrecursionlimit", sysGetrecursionlimit},
    {"print_exception", sysPrintException},
    {nullptr, nullptr},
};

}  // namespace

void initSysModule(Interpreter& in) {
    ModuleObject* sys = newModule(intern("sys"));
    in.sysModule = sys;
    in.sysPath = newList();
    in.sysArgv = newList();
    moduleAddFunctions(sys, sysFunctions);
    moduleSet(sys, "path", Value(in.sysPath));
    moduleSet(sys, "argv", Value(in.sysArgv));
    moduleSet(sys, "modules", Value(in.modules));
    moduleSet(sys, "stdin", newStream(0));
    moduleSet(sys, "stdout", newStream(1));
    moduleSet(sys, "stderr", newStream(2));
    moduleSet(sys, "byteorder", Value(intern("little")));
    moduleSet(sys, "maxsize", makeInt(INT64_MAX));
    moduleSet(sys, "platform", Value(intern("linux")));
    moduleSet(sys, "version", Value(newStr("3.4.0; pyfw")));
    moduleSet(sys, "version_info", Value(newTuple({Value::smallInt(3), Value::smallInt(4), Value::smallInt(0)})));
    moduleSet(sys, "implementation", newImplementation());
    for (const ModuleLibrary* library : in.libraries)
        for (auto extend : library->sysExtensions) extend(sys);
    dictSetStr(in.modules, sys->name, Value(sys));
    dictSetStr(in.modules, intern("usys"), Value(sys));
}

}  // namespace pyfw::engine
