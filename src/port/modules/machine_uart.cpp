// machine.UART (Pycom's machuart.c). UART 0 is the board's console, the serial line the REPL runs
// on: what a script writes goes out raw, and reads take what has arrived and is not the REPL's,
// without waiting. UART 1 and 2 talk to what `pyfw board boot --uart1/--uart2` wired to them
// (port/serial_line.h), or to nothing: their writes then go nowhere and their reads time out.
//
// Reads wait as Pycom's do: for the first byte, then between bytes, at most `timeout_chars`
// characters' time at the configured rate (a real-time wait, added to the board's clock), and
// return what came (None when nothing did). The line is a host program, so no rate is imposed on
// its bytes. On the GPy and FiPy, UART 2 is the LTE modem's and is refused.
#include <poll.h>

#include <algorithm>
#include <optional>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/modules/pollable.h"
#include "port/net_wait.h"
#include "port/pins.h"
#include "port/serial_line.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int kNoParity = -1, kEven = 0, kOdd = 1;
constexpr int64_t kMaxBaudrate = 5'000'000;          // the ESP32 UART's limit
constexpr int64_t kMaxTimeoutChars = 1'000'000;
// How long a send waits for room on a line nobody reads before the rest is dropped.
constexpr int64_t kTxStallUs = 100'000;

struct UartObject : Object {
    int64_t id;
    int64_t baudrate;
    int bits;
    int parity;
    int stopHalves;        // stop bits x 2: 2, 3 (1.5) or 4
    int64_t timeoutChars;
    int pins[4];           // TXD, RXD, RTS, CTS as GPIOs; -1: none
    bool enabled;
};

extern Type uartType;

UartObject* uartOf(Value self) {
    if (!isInstance(self, &uartType)) raiseTypeError("expected a UART");
    return self.as<UartObject>();
}

UartObject* enabledUart(Value self) {
    UartObject* uart = uartOf(self);
    if (!uart->enabled) raiseError(&exc::OSError, "UART(%lld) is deinitialised; call init() first", (long long)uart->id);
    return uart;
}

// Pycom's default pins: UART 0 on P1/P0 (the USB bridge), UART 1 on P3/P4, UART 2 on none.
void defaultPins(UartObject* uart) {
    std::fill(std::begin(uart->pins), std::end(uart->pins), -1);
    const char* defaults[3][2] = {{"P1", "P0"}, {"P3", "P4"}, {nullptr, nullptr}};
    for (int i = 0; i < 2; ++i)
        if (const char* name = defaults[uart->id][i]) uart->pins[i] = pinByName(name)->gpio;
}

void parsePins(UartObject* uart, Value pins) {
    std::fill(std::begin(uart->pins), std::end(uart->pins), -1);
    if (pins == None()) return;
    Value items[4];
    size_t count = 0;
    forEach(pins, [&](Value pin) {
        if (count < 4) items[count] = pin;
        ++count;
    });
    if (count != 2 && count != 4) raiseValueError("pins must be (TXD, RXD) or (TXD, RXD, RTS, CTS)");
    for (size_t i = 0; i < count; ++i) {
        if (items[i] == None()) continue;
        int gpio = gpioOfPinArgument(items[i]);
        bool output = i == 0 || i == 2;   // TXD and RTS drive their pin
        if (output && pinByGpio(gpio)->inputOnly)
            raiseValueError("%s is input-only and cannot be a UART output", std::string(pinByGpio(gpio)->name).c_str());
        uart->pins[i] = gpio;
    }
}

int stopHalvesOf(Value stop) {
    if (stop == None()) return 2;
    double bits = 0;
    if (!toDouble(stop, bits)) raiseTypeError("stop must be 1, 1.5 or 2");
    if (bits == 1) return 2;
    if (bits == 1.5) return 3;
    if (bits == 2) return 4;
    raiseValueError("invalid stop bits: 1, 1.5 or 2");
}

// init(baudrate=9600, bits=8, parity=None, stop=1, *, timeout_chars=2, pins=...); `a` holds them
// in the constructor's order (baudrate, bits, parity, stop, pins, timeout_chars).
void uartInit(UartObject* uart, const Value* a) {
    int64_t baudrate = a[0] && a[0] != None() ? requireInt64(a[0], "baudrate") : 9600;
    if (baudrate < 1 || baudrate > kMaxBaudrate) raiseValueError("invalid baudrate %lld (1..5000000)", (long long)baudrate);
    int64_t bits = a[1] && a[1] != None() ? requireInt64(a[1], "bits") : 8;
    if (bits < 5 || bits > 8) raiseValueError("invalid bits %lld (5..8)", (long long)bits);
    int64_t parity = a[2] && a[2] != None() ? requireInt64(a[2], "parity") : kNoParity;
    if (parity != kNoParity && parity != kEven && parity != kOdd) raiseValueError("invalid parity: None, UART.EVEN or UART.ODD");
    int stopHalves = a[3] ? stopHalvesOf(a[3]) : 2;
    int64_t timeoutChars = a[5] && a[5] != None() ? requireInt64(a[5], "timeout_chars") : 2;
    if (timeoutChars < 0 || timeoutChars > kMaxTimeoutChars) raiseValueError("timeout_chars must be 0..1000000");
    if (a[4]) {
        parsePins(uart, a[4]);
    } else {
        defaultPins(uart);
    }
    uart->baudrate = baudrate;
    uart->bits = int(bits);
    uart->parity = int(parity);
    uart->stopHalves = stopHalves;
    uart->timeoutChars = timeoutChars;
    uart->enabled = true;
    if (uart->id != 0)
        if (SerialLine* line = runningApp().uartLines[uart->id]) line->discardInput();
}

Value uartMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[7];
    parseArgs("UART", args, nargs, kw, {"bus", "baudrate", "bits", "parity", "stop", "pins", "timeout_chars"}, 1, a);
    int64_t id = requireInt64(a[0], "bus");
    if (id < 0 || id > 2) raiseValueError("UART(%lld) does not exist", (long long)id);
    if (id == 2 && runningApp().board().model().lte)
        raiseError(&exc::OSError, "UART(2) is the LTE modem's on the %s", std::string(runningApp().board().model().name).c_str());
    auto* uart = allocateObject<UartObject>(type);
    uart->id = id;
    uartInit(uart, a + 1);
    return Value(uart);
}

Value uartInitMethod(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[7];
    parseArgs("init", args, nargs, kw, {"self", "baudrate", "bits", "parity", "stop", "pins", "timeout_chars"}, 1, a);
    uartInit(uartOf(a[0]), a + 1);
    return None();
}

void uartPrint(std::string& out, Value self, PrintKind) {
    auto* uart = self.as<UartObject>();
    const char* parity = uart->parity == kEven ? "UART.EVEN" : uart->parity == kOdd ? "UART.ODD" : "None";
    const char* stop = uart->stopHalves == 2 ? "1" : uart->stopHalves == 3 ? "1.5" : "2";
    out += "UART(" + std::to_string(uart->id) + ", baudrate=" + std::to_string(uart->baudrate) +
           ", bits=" + std::to_string(uart->bits) + ", parity=" + parity + ", stop=" + stop + ")";
}

// --- the two ends: the console, or a serial line ---------------------------------------------

engine::repl::ConsoleInput& consoleIn() { return *runningApp().console().in; }

SerialLine* lineOf(const UartObject* uart) { return uart->id == 0 ? nullptr : runningApp().uartLines[uart->id]; }

// One character's time on the wire: start bit, data bits, parity, stop bits.
int64_t charTimeUs(const UartObject* uart) {
    int64_t halfBits = 2 * (1 + uart->bits + (uart->parity == kNoParity ? 0 : 1)) + uart->stopHalves;
    return (halfBits * 1'000'000 / 2 + uart->baudrate - 1) / uart->baudrate;
}

size_t available(const UartObject* uart) {
    if (uart->id == 0) return consoleIn().available();
    SerialLine* line = lineOf(uart);
    return line ? line->available() : 0;
}

// True once a byte is there, waiting at most timeout_chars characters' time (not on the console).
bool awaitByte(const UartObject* uart) {
    if (available(uart) > 0) return true;
    if (uart->id == 0 || uart->timeoutChars == 0) return false;
    int64_t timeoutUs = uart->timeoutChars * charTimeUs(uart);
    SerialLine* line = lineOf(uart);
    if (!line || line->rxFd() < 0) {
        host().sleepMicros(uint64_t(timeoutUs));   // nothing is wired to RX: the wait just passes
        return false;
    }
    return waitForFd(line->rxFd(), POLLIN, timeoutUs) && available(uart) > 0;
}

std::string takeBytes(const UartObject* uart, size_t limit, bool untilNewline) {
    if (uart->id != 0) return lineOf(uart)->take(limit, untilNewline);
    std::string bytes;
    while (bytes.size() < limit && consoleIn().readAvailable(bytes, 1) == 1 && !(untilNewline && bytes.back() == '\n')) {
    }
    return bytes;
}

// Up to `limit` bytes as they come, or up to the first newline; nullopt when none came in time.
std::optional<std::string> receive(const UartObject* uart, size_t limit, bool untilNewline) {
    std::string bytes;
    limit = std::min(limit, heapCapacityBytes());
    while (bytes.size() < limit && awaitByte(uart)) {
        bytes += takeBytes(uart, limit - bytes.size(), untilNewline);
        if (untilNewline && !bytes.empty() && bytes.back() == '\n') break;
    }
    if (bytes.empty()) return std::nullopt;
    return bytes;
}

Value bytesOrNone(const std::optional<std::string>& bytes) {
    return bytes ? Value(newBytes(bytes->data(), bytes->size())) : None();
}

// --- methods -----------------------------------------------------------------------------------

Value uartAny(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("any", nargs, kw, 1, 1);
    return makeInt(int64_t(available(enabledUart(args[0]))));
}

size_t sizeLimit(Value n) {
    if (!n || n == None()) return SIZE_MAX;
    int64_t limit = requireInt64(n, "nbytes");
    return limit < 0 ? SIZE_MAX : size_t(limit);
}

// read([nbytes]): what comes, up to nbytes; None when nothing does.
Value uartRead(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("read", nargs, kw, 1, 2);
    UartObject* uart = enabledUart(args[0]);
    size_t limit = sizeLimit(nargs > 1 ? args[1] : Value());
    if (limit == 0) return Value(newBytes("", 0));
    return bytesOrNone(receive(uart, limit, false));
}

Value uartReadall(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readall", nargs, kw, 1, 1);
    return bytesOrNone(receive(enabledUart(args[0]), SIZE_MAX, false));
}

Value uartReadline(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readline", nargs, kw, 1, 1);
    return bytesOrNone(receive(enabledUart(args[0]), SIZE_MAX, true));
}

// readinto(buf[, nbytes]): the count stored, None when nothing came.
Value uartReadinto(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readinto", nargs, kw, 2, 3);
    UartObject* uart = enabledUart(args[0]);
    Buffer buffer = requireBuffer(args[1], "readinto");
    if (!buffer.writable) raiseTypeError("readinto: the buffer must be writable (a bytearray)");
    size_t limit = std::min(buffer.size, sizeLimit(nargs > 2 ? args[2] : Value()));
    if (limit == 0) return makeInt(0);
    auto bytes = receive(uart, limit, false);
    if (!bytes) return None();
    std::copy(bytes->begin(), bytes->end(), buffer.data);
    return makeInt(int64_t(bytes->size()));
}

// write(buf): bytes or str; the count sent. A line nobody reads takes what fits, then drops.
Value uartWrite(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("write", nargs, kw, 2, 2);
    UartObject* uart = enabledUart(args[0]);
    std::string_view bytes;
    if (isStr(args[1])) {
        bytes = args[1].as<StrObject>()->view();
    } else {
        Buffer data = requireBuffer(args[1], "write");
        bytes = std::string_view(reinterpret_cast<const char*>(data.data), data.size);
    }
    if (uart->id == 0) {
        runningApp().console().out->write(bytes);
        return makeInt(int64_t(bytes.size()));
    }
    SerialLine* line = lineOf(uart);
    if (!line) return makeInt(int64_t(bytes.size()));   // out on a wire nobody listens to
    size_t sent = 0;
    while (sent < bytes.size()) {
        sent += line->writeSome(bytes.substr(sent));
        if (sent < bytes.size() && !waitForFd(line->txFd(), POLLOUT, kTxStallUs)) break;
    }
    return makeInt(int64_t(sent));
}

// wait_tx_done(timeout_ms): True once the bytes have left; ours leave as write() returns.
Value uartWaitTxDone(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("wait_tx_done", nargs, kw, 2, 2);
    enabledUart(args[0]);
    if (requireInt64(args[1], "timeout_ms") < 0) raiseValueError("timeout_ms must not be negative");
    return True();
}

// sendbreak(): the line low for 13 bits' time.
Value uartSendbreak(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sendbreak", nargs, kw, 1, 1);
    UartObject* uart = enabledUart(args[0]);
    if (uart->id == 0) {
        runningApp().console().out->write(std::string_view("\0", 1));
    } else if (SerialLine* line = lineOf(uart)) {
        line->sendBreak();
    }
    host().sleepMicros(uint64_t((13 * 1'000'000 + uart->baudrate - 1) / uart->baudrate));
    return None();
}

Value uartDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    uartOf(args[0])->enabled = false;
    return None();
}

const MethodDef uartMethods[] = {
    {"init", uartInitMethod},   {"deinit", uartDeinit},     {"any", uartAny},
    {"read", uartRead},         {"readall", uartReadall},   {"readline", uartReadline},
    {"readinto", uartReadinto}, {"write", uartWrite},       {"wait_tx_done", uartWaitTxDone},
    {"sendbreak", uartSendbreak}, {nullptr, nullptr},
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

const ConstantDef uartConstants[] = {{"EVEN", kEven}, {"ODD", kOdd}, {nullptr, 0}};
const TypeConstants uartConstantsOf{&uartType, uartConstants};

}  // namespace

std::optional<PollSource> uartPollSource(Value object) {
    if (!isInstance(object, &uartType)) return std::nullopt;
    auto* uart = object.as<UartObject>();
    if (!uart->enabled) return PollSource{.closed = true};
    SerialLine* line = lineOf(uart);
    return PollSource{.fd = line ? line->rxFd() : -1, .buffered = available(uart) > 0, .writable = true};
}

bool isConsoleUart(Value object) { return isInstance(object, &uartType) && object.as<UartObject>()->id == 0; }

void addMachineUart(ModuleObject* machine) {
    moduleSet(machine, "UART", Value(&uartType));
    moduleSet(machine, "EVEN", Value::smallInt(kEven));
    moduleSet(machine, "ODD", Value::smallInt(kOdd));
}

}  // namespace pyfw::port
