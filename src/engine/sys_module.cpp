// sys: made with the interpreter because it holds interpreter state (path, argv, modules).
#include "engine/args.h"
#include "engine/dict.h"
#include "engine/errors.h"
#include "engine/interpreter.h"
#include "engine/list.h"
#include "engine/module.h"
#include "engine/numbers.h"
#include "engine/runtime.h"
#include "engine/str.h"
#include "engine/tuple.h"

namespace pyfw::engine {

namespace {

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
    moduleSet(sys, "byteorder", Value(intern("little")));
    moduleSet(sys, "maxsize", makeInt(INT64_MAX));
    moduleSet(sys, "platform", Value(intern("linux")));
    moduleSet(sys, "version", Value(newStr("3.4.0; pyfw")));
    moduleSet(sys, "version_info", Value(newTuple({Value::smallInt(3), Value::smallInt(4), Value::smallInt(0)})));
    ModuleObject* impl = newModule(intern("implementation"));
    moduleSet(impl, "name", Value(intern("micropython")));
    moduleSet(impl, "version", Value(newTuple({Value::smallInt(1), Value::smallInt(17), Value::smallInt(2)})));
    moduleSet(sys, "implementation", Value(impl));
    dictSetStr(in.modules, sys->name, Value(sys));
    dictSetStr(in.modules, intern("usys"), Value(sys));
}

}  // namespace pyfw::engine
