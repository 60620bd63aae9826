// machine.UART (Pycom's machuart.c). UART 0 is the board's console, the serial line the REPL runs
// on: what a script writes goes out raw, and reads take what has arrived and is not the REPL's.
// UART 1 and 2 (pins of their own) are not modelled yet and raise NotImplementedError.
#include <algorithm>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct UartObject : Object {
    int64_t id;
    int64_t baudrate;
};

extern Type uartType;

UartObject* uartOf(Value self) {
    if (!isInstance(self, &uartType)) raiseTypeError("expected a UART");
    return self.as<UartObject>();
}

Value uartMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[7];
    parseArgs("UART", args, nargs, kw, {"bus", "baudrate", "bits", "parity", "stop", "pins", "timeout_chars"}, 1, a);
    int64_t id = requireInt64(a[0]);
    if (id < 0 || id > 2) raiseValueError("UART(%lld) does not exist", (long long)id);
    if (id != 0) raiseError(&exc::NotImplementedError, "machine.UART(%lld): only UART 0, the console, is modelled", (long long)id);
    int64_t baudrate = a[1] && a[1] != None() ? requireInt64(a[1]) : 9600;
    if (baudrate <= 0 || baudrate > 5'000'000) raiseValueError("invalid baudrate %lld", (long long)baudrate);
    auto* uart = allocateObject<UartObject>(type);
    uart->id = id;
    uart->baudrate = baudrate;
    return Value(uart);
}

void uartPrint(std::string& out, Value self, PrintKind) {
    auto* uart = self.as<UartObject>();
    out += "UART(" + std::to_string(uart->id) + ", baudrate=" + std::to_string(uart->baudrate) +
           ", bits=8, parity=None, stop=1)";
}

engine::repl::ConsoleInput& consoleIn() { return *runningApp().console().in; }

Value uartWrite(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("write", nargs, kw, 2, 2);
    uartOf(args[0]);
    Buffer data = requireBuffer(args[1], "write");
    runningApp().console().out->write(std::string_view(reinterpret_cast<const char*>(data.data), data.size));
    return makeInt(int64_t(data.size));
}

Value uartAny(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("any", nargs, kw, 1, 1);
    uartOf(args[0]);
    return makeInt(int64_t(consoleIn().available()));
}

// read([n]): what has arrived, up to n bytes; None when nothing has.
Value uartRead(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read", nargs, kw, 1, 2);
    uartOf(args[0]);
    size_t limit = SIZE_MAX;
    if (nargs > 1 && args[1] != None()) {
        int64_t n = requireInt64(args[1]);
        limit = n < 0 ? SIZE_MAX : size_t(n);
    }
    std::string bytes;
    if (consoleIn().readAvailable(bytes, std::min<size_t>(limit, heapCapacityBytes())) == 0) return None();
    return Value(newBytes(bytes.data(), bytes.size()));
}

Value uartReadall(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readall", nargs, kw, 1, 1);
    return uartRead(args, 1, nullptr);
}

Value uartReadline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readline", nargs, kw, 1, 1);
    uartOf(args[0]);
    std::string line;
    while (consoleIn().available() && (line.empty() || line.back() != '\n')) consoleIn().readAvailable(line, 1);
    if (line.empty()) return None();
    return Value(newBytes(line.data(), line.size()));
}

Value uartNothing(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("UART method", nargs, kw, 1, 2);
    uartOf(args[0]);
    return None();
}

const MethodDef uartMethods[] = {
    {"any", uartAny},
    {"deinit", uartNothing},
    {"read", uartRead},
    {"readall", uartReadall},
    {"readline", uartReadline},
    {"wait_tx_done", uartNothing},   // the console's output has left when write() returns
    {"write", uartWrite},
    {nullptr, nullptr},
};

void traceNothing(Object*, Tracer&) {}

Type uartType{TypeSpec{
    .name = "UART",
    .instanceSize = sizeof(UartObject),
    .trace = traceNothing,
    .print = uartPrint,
    .make = uartMake,
    .methods = uartMethods,
    .module = "machine",
}};

}  // namespace

bool isConsoleUart(Value object) { return isInstance(object, &uartType) && object.as<UartObject>()->id == 0; }

void addMachineUart(ModuleObject* machine) {
    moduleSet(machine, "UART", Value(&uartType));
    moduleSet(machine, "EVEN", Value::smallInt(0));
    moduleSet(machine, "ODD", Value::smallInt(1));
}

}  // namespace pyfw::port
