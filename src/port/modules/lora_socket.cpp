// LoRa sockets (Pycom's modusocket.c over modlora.c): socket(AF_LORA, SOCK_RAW) sends and receives
// LoRaWAN application frames (or raw LoRa packets in LORA mode). Pycom packs the socket's state
// into its fd; here it is the object's fields: DR (SO_DR), port (bind, default 2), confirmed
// (SO_CONFIRMED) and the timeout (None blocks, 0 never waits, > 0 seconds).
#include <cerrno>
#include <cmath>

#include "port/board_host.h"
#include "port/modules/lora_objects.h"
#include "port/modules/socket_options.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct LoraSocketObject : Object {
    int64_t dr;         // -1: the region's default when first used
    int64_t port;
    bool confirmed;
    bool closed;
    int64_t timeoutUs;  // -1: block
};

extern Type loraSocketType;

LoraSocketObject* socketOf(Value self) {
    if (!isInstance(self, &loraSocketType)) raiseTypeError("expected a LoRa socket");
    auto* s = self.as<LoraSocketObject>();
    if (s->closed) raiseOsError(EBADF);
    return s;
}

// Pycom: DR5 in EU868 and AS923, DR4 in US915 and AU915 (their fastest 125 kHz rates).
uint8_t defaultDr(lorawan::RegionId region) {
    return region == lorawan::RegionId::US915 || region == lorawan::RegionId::AU915 ? 4 : 5;
}
uint8_t maxSocketDr(lorawan::RegionId region) { return region == lorawan::RegionId::US915 ? 4 : 6; }

int64_t deadlineOf(lora::LoraStack& stack, const LoraSocketObject* s) {
    return s->timeoutUs < 0 ? INT64_MAX : stack.nowUs() + s->timeoutUs;
}

// Waits (unless non-blocking) for `ready`; EAGAIN when it never waits, TimeoutError when the
// timeout passes first.
void waitOrRaise(lora::LoraStack& stack, const LoraSocketObject* s, const std::function<bool()>& ready, int64_t deadline) {
    if (stack.waitUntil(ready, s->timeoutUs == 0 ? stack.nowUs() : deadline)) return;
    if (s->timeoutUs == 0) raiseOsError(EAGAIN);
    raiseError(&exc::TimeoutError, "timed out");
}

void sendLorawan(lora::LoraStack& stack, LoraSocketObject* s, base::ByteView data) {
    const int64_t deadline = deadlineOf(stack, s);
    // The radio may be lent to Sigfox (LoPy4, FiPy): the send waits for it as for the MAC.
    auto idle = [&stack] { return !stack.radioLent() && stack.withDevice([](lorawan::Device& d) { return !d.busy(); }); };
    waitOrRaise(stack, s, idle, deadline);
    const uint8_t dr = s->dr < 0 ? defaultDr(stack.settings().region) : uint8_t(s->dr);
    const lorawan::SendResult sent = stack.withDevice([&](lorawan::Device& d) {
        return d.send(uint8_t(s->port), data, lorawan::SendOptions{s->confirmed, dr});
    });
    switch (sent) {
    case lorawan::SendResult::Ok: break;
    case lorawan::SendResult::NotJoined: raiseOsError(ENETDOWN);
    case lorawan::SendResult::TooLong: raiseOsError(EMSGSIZE);
    case lorawan::SendResult::Busy: raiseOsError(EAGAIN);
    case lorawan::SendResult::InvalidDr: raiseOsError(EOPNOTSUPP);
    case lorawan::SendResult::InvalidPort: raiseOsError(EINVAL);
    }
    // A blocking send returns when the frame's exchange is over (its receive windows closed).
    if (s->timeoutUs != 0) waitOrRaise(stack, s, idle, deadline);
}

void sendRaw(lora::LoraStack& stack, LoraSocketObject* s, base::ByteView data) {
    if (data.size() > 255) raiseOsError(EMSGSIZE);
    const int64_t deadline = deadlineOf(stack, s);
    auto idle = [&stack] { return !stack.rawBusy(); };
    waitOrRaise(stack, s, idle, deadline);
    switch (stack.rawSend(data)) {
    case lora::LoraStack::RawSend::Sent: break;
    case lora::LoraStack::RawSend::Sleeping: raiseOsError(ENETDOWN);
    case lora::LoraStack::RawSend::Busy: raiseOsError(EAGAIN);
    }
    if (s->timeoutUs != 0) waitOrRaise(stack, s, idle, deadline);
}

Value socketSend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("send", nargs, kw, 2, 2);
    LoraSocketObject* s = socketOf(args[0]);
    // MicroPython's send takes a str as its UTF-8 bytes (Pycom's examples send 'Ping').
    base::Bytes data;  // a copy: the buffer may move while the send waits
    if (isStr(args[1])) {
        const StrObject* text = args[1].as<StrObject>();
        data.assign(text->data, text->data + text->size);
    } else {
        Buffer b = requireBuffer(args[1], "send");
        data.assign(b.data, b.data + b.size);
    }
    lora::LoraStack& stack = loraStack();
    if (!stack.initialised()) raiseOsError(ENETDOWN);
    if (stack.lorawan()) sendLorawan(stack, s, data);
    else sendRaw(stack, s, data);
    return makeInt(int64_t(data.size()));
}

// (data, port): the next frame received, cut to bufsize; port -1 for raw LoRa frames.
std::pair<base::Bytes, int64_t> receive(LoraSocketObject* s, int64_t bufsize) {
    if (bufsize < 0) raiseValueError("negative buffer size");
    lora::LoraStack& stack = loraStack();
    if (!stack.initialised()) raiseOsError(ENETDOWN);
    std::optional<std::pair<base::Bytes, int64_t>> got;
    auto take = [&]() {
        if (stack.lorawan()) {
            auto d = stack.withDevice([](lorawan::Device& dev) { return dev.receive(); });
            if (d) got = std::make_pair(base::Bytes(d->view().begin(), d->view().end()), int64_t(d->port));
        } else if (auto frame = stack.rawReceive()) {
            got = std::make_pair(std::move(*frame), int64_t(-1));
        }
        return got.has_value();
    };
    // Pycom's LoRa recv gives b'' when nothing came in time (non-blocking, or the timeout passed).
    if (!stack.waitUntil(take, s->timeoutUs == 0 ? stack.nowUs() : deadlineOf(stack, s))) return {base::Bytes(), -1};
    if (int64_t(got->first.size()) > bufsize) got->first.resize(size_t(bufsize));
    return *got;
}

Value socketRecv(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("recv", nargs, kw, 2, 2);
    auto [data, port] = receive(socketOf(args[0]), requireInt64(args[1], "bufsize"));
    return Value(newBytes(data.data(), data.size()));
}

Value socketRecvfrom(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("recvfrom", nargs, kw, 2, 2);
    auto [data, port] = receive(socketOf(args[0]), requireInt64(args[1], "bufsize"));
    return Value(newTuple({Value(newBytes(data.data(), data.size())), port < 0 ? None() : makeInt(port)}));
}

Value socketBind(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bind", nargs, kw, 2, 2);
    LoraSocketObject* s = socketOf(args[0]);
    int64_t port = requireInt64(args[1], "port");
    if (port < 1 || port > 223) raiseValueError("invalid LoRaWAN port %lld (1..223)", (long long)port);
    s->port = port;
    return None();
}

Value socketSetsockopt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setsockopt", nargs, kw, 4, 4);
    LoraSocketObject* s = socketOf(args[0]);
    const int64_t level = requireInt64(args[1], "level"), option = requireInt64(args[2], "option");
    if (level != kSolLora) raiseOsError(EOPNOTSUPP);
    if (option == kSoConfirmed) {
        s->confirmed = truthy(args[3]);
    } else if (option == kSoDr) {
        const int64_t dr = requireInt64(args[3], "data rate");
        lora::LoraStack& stack = loraStack();
        const lorawan::RegionId region = stack.settings().region;
        if (dr < 0 || dr > maxSocketDr(region) || !lorawan::validUplinkDr(lorawan::region(region), uint8_t(dr)))
            raiseOsError(EOPNOTSUPP);
        s->dr = dr;
    } else {
        raiseOsError(EOPNOTSUPP);
    }
    return None();
}

Value socketSettimeout(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("settimeout", nargs, kw, 2, 2);
    socketOf(args[0])->timeoutUs = socketTimeoutUs(args[1]);
    return None();
}

Value socketSetblocking(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setblocking", nargs, kw, 2, 2);
    socketOf(args[0])->timeoutUs = truthy(args[1]) ? -1 : 0;
    return None();
}

Value socketClose(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("close", nargs, kw, 1, 1);
    if (!isInstance(args[0], &loraSocketType)) raiseTypeError("expected a LoRa socket");
    args[0].as<LoraSocketObject>()->closed = true;
    return None();
}

Value socketUnsupported(const Value* args, size_t nargs, TupleObject*) {
    if (nargs) socketOf(args[0]);
    raiseOsError(EOPNOTSUPP);
}

void socketPrint(std::string& out, Value self, PrintKind) {
    auto* s = self.as<LoraSocketObject>();
    out += "<socket AF_LORA port=" + std::to_string(s->port) + (s->closed ? " closed>" : ">");
}

void traceNothing(Object*, Tracer&) {}

const MethodDef socketMethods[] = {
    {"accept", socketUnsupported},
    {"bind", socketBind},
    {"close", socketClose},
    {"connect", socketUnsupported},
    {"listen", socketUnsupported},
    {"read", socketRecv},
    {"recv", socketRecv},
    {"recvfrom", socketRecvfrom},
    {"send", socketSend},
    {"sendall", socketSend},
    {"setblocking", socketSetblocking},
    {"setsockopt", socketSetsockopt},
    {"settimeout", socketSettimeout},
    {"write", socketSend},
    {nullptr, nullptr},
};

Type loraSocketType{TypeSpec{
    .name = "socket",
    .instanceSize = sizeof(LoraSocketObject),
    .trace = traceNothing,
    .print = socketPrint,
    .methods = socketMethods,
    .module = "usocket",
}};

}  // namespace

int64_t socketTimeoutUs(Value timeout) {
    if (timeout == None()) return -1;
    double seconds = 0;
    if (!toDouble(timeout, seconds)) raiseTypeError("timeout must be a number or None");
    if (!(seconds >= 0) || seconds > 1e9) raiseValueError("invalid timeout");
    return int64_t(std::llround(seconds * 1e6));
}

Value newLoraSocket() {
    if (runningApp().board().model().loraRadio.empty()) raiseOsError(EAFNOSUPPORT);
    auto* s = allocateObject<LoraSocketObject>(&loraSocketType);
    s->dr = -1;
    s->port = 2;
    s->confirmed = false;
    s->closed = false;
    s->timeoutUs = -1;
    return Value(s);
}

}  // namespace pyfw::port
