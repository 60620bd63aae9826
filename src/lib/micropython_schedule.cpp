// micropython.schedule(function, arg): calls function(arg) soon, between two instructions of
// whichever thread runs then (or in a sleep or wait), as MicroPython's scheduler does. At most
// four calls wait (MicroPython's MICROPY_SCHEDULER_DEPTH); one more is RuntimeError("schedule
// queue full"). An exception the function raises is raised where it ran.
//
// The waiting calls are (function, arg) pairs in a list of the module itself, where the GC sees
// them; each schedule() posts one task that takes the oldest pair.
#include <cstring>

#include "engine/native.h"
#include "lib/standard_library.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

constexpr size_t kQueueDepth = 4;
constexpr const char* kQueueName = "_scheduled";

ListObject* queueOf(ModuleObject* module) {
    Value queue = dictGetStr(module->dict, intern(kQueueName));
    if (!queue || !isInstance(queue, &listType)) return nullptr;
    return asList(queue);
}

// The task: the oldest waiting call, run now.
void runOldest() {
    ListObject* queue = queueOf(importModule("micropython"));
    if (!queue || queue->size < 2) return;
    Value function = queue->items[0];
    Value arg = queue->items[1];
    std::memmove(queue->items, queue->items + 2, (queue->size - 2) * sizeof(Value));
    listResize(queue, queue->size - 2);
    call1(function, arg);
}

Value schedule(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("schedule", nargs, kw, 2, 2);
    if (!isCallable(args[0])) raiseTypeError("'%s' object is not callable", typeName(args[0]));
    ListObject* queue = queueOf(importModule("micropython"));
    if (!queue) raiseError(&exc::RuntimeError, "the schedule queue is gone");
    if (queue->size / 2 >= kQueueDepth) raiseError(&exc::RuntimeError, "schedule queue full");
    listAppend(queue, args[0]);
    listAppend(queue, args[1]);
    postTask(runningInterpreter(), runOldest);
    return None();
}

const MethodDef functions[] = {
    {"schedule", schedule},
    {nullptr, nullptr},
};

}  // namespace

void addScheduleToMicropython(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, kQueueName, Value(newList()));
}

}  // namespace pyfw::lib
