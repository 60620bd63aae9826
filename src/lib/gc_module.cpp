// gc: collect, mem_free, mem_alloc, enable, disable, isenabled, threshold.
#include "engine/native.h"
#include "engine/objects/numbers.h"
#include "engine/runtime/args.h"
#include "engine/runtime/module.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

Value collect(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("collect", nargs, kw, 0, 1);
    collectGarbage();
    return None();
}

Value memFree(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("mem_free", nargs, kw, 0, 0);
    return makeInt(int64_t(heapStats().freeBytes));
}

Value memAlloc(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("mem_alloc", nargs, kw, 0, 0);
    return makeInt(int64_t(heapStats().usedBytes));
}

Value enable(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("enable", nargs, kw, 0, 0);
    setGcEnabled(true);
    return None();
}

Value disable(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("disable", nargs, kw, 0, 0);
    setGcEnabled(false);
    return None();
}

Value isenabled(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("isenabled", nargs, kw, 0, 0);
    return boolValue(gcEnabled());
}

// threshold(): the current value (-1 when unset); threshold(n): collect after n bytes.
Value threshold(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("threshold", nargs, kw, 0, 1);
    if (!nargs) return gcThreshold() ? makeInt(int64_t(gcThreshold())) : Value::smallInt(-1);
    int64_t n = requireInt64(args[0]);
    setGcThreshold(n < 0 ? 0 : size_t(n));
    return None();
}

const MethodDef functions[] = {
    {"collect", collect},     {"disable", disable},   {"enable", enable}, {"isenabled", isenabled},
    {"mem_alloc", memAlloc},  {"mem_free", memFree},  {"threshold", threshold},
    {nullptr, nullptr},
};

void init(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace

void initGcModule(ModuleObject* module) { init(module); }

}  // namespace pyfw::lib
