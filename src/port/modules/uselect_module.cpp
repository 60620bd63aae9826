// uselect (MicroPython's moduselect.c as Pycom ships it): poll() objects and select() over the
// board's sockets (usocket and ussl), its console (UART 0, sys.stdin) and UART 1 and 2. One wait
// covers them all: the host polls the fds while the console's queue is looked at between slices.
#include <poll.h>

#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/modules/pollable.h"
#include "port/net_wait.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// MicroPython's event bits (the same numbers as Linux's).
constexpr int kPollIn = 0x0001, kPollOut = 0x0004, kPollErr = 0x0008, kPollHup = 0x0010;
constexpr int kOneShot = 1;   // ipoll flag

// Entries are [object, mask] lists in a Python list, so the GC sees the objects.
struct PollObject : Object {
    ListObject* entries;
};

extern Type pollType;

PollObject* pollOf(Value v) {
    if (!isInstance(v, &pollType)) raiseTypeError("expected a poll object");
    return v.as<PollObject>();
}

bool isConsole(Value object) {
    if (isConsoleUart(object)) return true;
    ModuleObject* sys = importModule("sys");
    return sys && getAttrOrNull(Value(sys), intern("stdin")) == object;
}

ListObject* findEntry(PollObject* p, Value object) {
    for (size_t i = 0; i < p->entries->size; ++i) {
        auto* entry = p->entries->items[i].as<ListObject>();
        if (entry->items[0] == object) return entry;
    }
    return nullptr;
}

Value pollRegister(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("register", nargs, kw, 2, 3);
    PollObject* p = pollOf(args[0]);
    if (!isConsole(args[1])) pollSourceOf(args[1]);   // raises for what cannot be polled
    Value mask = nargs > 2 ? Value::smallInt(requireInt64(args[2], "eventmask")) : Value::smallInt(kPollIn | kPollOut);
    if (ListObject* entry = findEntry(p, args[1])) {
        entry->items[1] = mask;
        return None();
    }
    ListObject* entry = newList(2);
    entry->items[0] = args[1];
    entry->items[1] = mask;
    listAppend(p->entries, Value(entry));
    return None();
}

Value pollModify(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("modify", nargs, kw, 3, 3);
    ListObject* entry = findEntry(pollOf(args[0]), args[1]);
    if (!entry) raise(newException(&exc::OSError, newTuple({Value::smallInt(ENOENT)})));
    entry->items[1] = Value::smallInt(requireInt64(args[2], "eventmask"));
    return None();
}

Value pollUnregister(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("unregister", nargs, kw, 2, 2);
    PollObject* p = pollOf(args[0]);
    ListObject* kept = newList();
    for (size_t i = 0; i < p->entries->size; ++i)
        if (p->entries->items[i].as<ListObject>()->items[0] != args[1]) listAppend(kept, p->entries->items[i]);
    p->entries = kept;
    return None();
}

struct Ready {
    Value object;
    int events;
};

// The events ready now that the host's poll of an fd does not show: the console's (input queued,
// output always taken), bytes a source holds above its fd, a source that always takes output.
int eventsAboveFd(Value object, int mask) {
    bool in, out;
    if (isConsole(object)) {
        in = runningApp().console().in->available() > 0;
        out = true;
    } else {
        PollSource source = pollSourceOf(object);
        in = source.buffered;
        out = source.writable;
    }
    return ((mask & kPollIn) && in ? kPollIn : 0) | ((mask & kPollOut) && out ? kPollOut : 0);
}

// What is ready now or within `timeoutUs`: the events asked for, plus errors and hang-ups.
std::vector<Ready> waitReady(ListObject* entries, int64_t timeoutUs) {
    std::vector<pollfd> fds;
    std::vector<Value> objects;   // the source behind each fd (on the C++ stack: scanned by the GC)
    std::vector<std::pair<Value, int>> others;   // everything else: the console, and all but sockets' fds
    std::vector<Ready> ready;
    for (size_t i = 0; i < entries->size; ++i) {
        auto* entry = entries->items[i].as<ListObject>();
        Value object = entry->items[0];
        int mask = int(entry->items[1].smallInt());
        others.push_back({object, mask});
        if (isConsole(object)) continue;
        PollSource source = pollSourceOf(object);
        if (source.closed) {
            ready.push_back({object, kPollHup});   // closed: as MicroPython reports it
            continue;
        }
        if (source.fd < 0) continue;
        fds.push_back({source.fd, short(mask & (kPollIn | kPollOut)), 0});
        objects.push_back(object);
    }
    auto othersReady = [&] {
        for (Value object : objects) sendWhileWaiting(object);
        bool any = false;
        for (auto& [object, mask] : others) any = any || eventsAboveFd(object, mask) != 0;
        return any;
    };
    if (ready.empty()) waitForFds(fds, timeoutUs, othersReady);
    for (size_t i = 0; i < fds.size(); ++i) {
        int events = fds[i].revents & (kPollIn | kPollOut | kPollErr | kPollHup);
        if (fds[i].revents & POLLNVAL) events |= kPollErr;
        if (events) ready.push_back({objects[i], events});
    }
    for (auto& [object, mask] : others) {
        int events = eventsAboveFd(object, mask);
        if (!events) continue;
        bool listed = false;
        for (Ready& r : ready)
            if (r.object == object) r.events |= events, listed = true;
        if (!listed) ready.push_back({object, events});
    }
    return ready;
}

// poll(timeout=-1) in ms: negative waits for ever.
int64_t timeoutFromMs(const Value* args, size_t nargs, size_t index) {
    if (nargs <= index || args[index] == None()) return kBlock;
    int64_t ms = requireInt64(args[index], "timeout");
    return ms < 0 ? kBlock : std::min<int64_t>(ms, INT64_MAX / 1000) * 1000;
}

Value readyList(PollObject* p, const std::vector<Ready>& ready, bool oneShot) {
    ListObject* list = newList();
    for (const Ready& r : ready) {
        listAppend(list, Value(newTuple({r.object, Value::smallInt(r.events)})));
        if (oneShot)
            if (ListObject* entry = findEntry(p, r.object)) entry->items[1] = Value::smallInt(0);
    }
    return Value(list);
}

Value pollPoll(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("poll", nargs, kw, 1, 2);
    PollObject* p = pollOf(args[0]);
    return readyList(p, waitReady(p->entries, timeoutFromMs(args, nargs, 1)), false);
}

// ipoll(timeout=-1, flags=0): an iterator of (object, events); flags=1 is one-shot (the entry's
// mask drops to 0 once it is reported, until modify()).
Value pollIpoll(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ipoll", nargs, kw, 1, 3);
    PollObject* p = pollOf(args[0]);
    bool oneShot = nargs > 2 && (requireInt64(args[2], "flags") & kOneShot);
    return getIter(readyList(p, waitReady(p->entries, timeoutFromMs(args, nargs, 1)), oneShot));
}

void pollTrace(Object* self, Tracer& tracer) { tracer.visitObject(static_cast<PollObject*>(self)->entries); }

const MethodDef pollMethods[] = {
    {"register", pollRegister},
    {"modify", pollModify},
    {"unregister", pollUnregister},
    {"poll", pollPoll},
    {"ipoll", pollIpoll},
    {nullptr, nullptr},
};

Type pollType{TypeSpec{
    .name = "poll",
    .instanceSize = sizeof(PollObject),
    .trace = pollTrace,
    .methods = pollMethods,
    .module = "uselect",
}};

Value newPoll(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("poll", nargs, kw, 0, 0);
    auto* p = allocateObject<PollObject>(&pollType);
    p->entries = newList();
    return Value(p);
}

// select(rlist, wlist, xlist[, timeout seconds]) -> (readable, writable, in error)
Value selectFn(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("select", nargs, kw, 3, 4);
    auto* p = allocateObject<PollObject>(&pollType);
    p->entries = newList();
    const int masks[3] = {kPollIn, kPollOut, kPollErr};
    for (int k = 0; k < 3; ++k) {
        forEach(args[k], [&](Value object) {
            if (!isConsole(object)) pollSourceOf(object);
            ListObject* entry = findEntry(p, object);
            if (!entry) {
                entry = newList(2);
                entry->items[0] = object;
                entry->items[1] = Value::smallInt(0);
                listAppend(p->entries, Value(entry));
            }
            entry->items[1] = Value::smallInt(entry->items[1].smallInt() | masks[k]);
        });
    }
    int64_t timeoutUs = kBlock;
    if (nargs > 3 && args[3] != None()) {
        double seconds = 0;
        if (!toDouble(args[3], seconds)) raiseTypeError("timeout must be a number or None");
        timeoutUs = seconds < 0 ? kBlock : int64_t(std::min(seconds, 1e12) * 1e6);
    }
    ListObject* lists[3] = {newList(), newList(), newList()};
    for (const Ready& r : waitReady(p->entries, timeoutUs)) {
        if (r.events & (kPollIn | kPollHup)) listAppend(lists[0], r.object);
        if (r.events & kPollOut) listAppend(lists[1], r.object);
        if (r.events & kPollErr) listAppend(lists[2], r.object);
    }
    return Value(newTuple({Value(lists[0]), Value(lists[1]), Value(lists[2])}));
}

const MethodDef functions[] = {
    {"poll", newPoll},
    {"select", selectFn},
    {nullptr, nullptr},
};

}  // namespace

void initSelectModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "POLLIN", Value::smallInt(kPollIn));
    moduleSet(module, "POLLOUT", Value::smallInt(kPollOut));
    moduleSet(module, "POLLERR", Value::smallInt(kPollErr));
    moduleSet(module, "POLLHUP", Value::smallInt(kPollHup));
}

}  // namespace pyfw::port
