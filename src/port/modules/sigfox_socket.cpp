// Sigfox sockets (Pycom's modusocket.c over modsigfox): socket(AF_SIGFOX, SOCK_RAW) sends one
// Sigfox message per send(): up to 12 bytes, or with SO_BIT one bit, or with SO_OOB an out-of-band
// keep-alive. SO_RX asks for a downlink: send() then lasts until the downlink window closed and
// recv() gives the 8 bytes that came. SO_TX_REPEAT (0..2) is the number of repeats of each frame
// on other frequencies (2 by default: three frames, as Sigfox's library sends).
//
// Chosen where Pycom was silent: a payload over 12 bytes is OSError(EMSGSIZE) and nothing is sent;
// a downlink request that no downlink answers is OSError(ETIMEDOUT) from send() once the window
// closed (the message itself was sent); recv() with no downlink waiting is OSError(EAGAIN).
//
// In FSK mode (SiPy) send() puts one frame of up to 64 bytes on air and recv() waits for one, as
// Pycom's: blocking by default, b'' at once when non-blocking, OSError(EAGAIN) when a timeout
// (settimeout) passes with nothing heard.
#include <cerrno>
#include <optional>

#include "port/board_host.h"
#include "port/modules/board_library.h"
#include "port/modules/lora_objects.h"
#include "port/modules/socket_options.h"
#include "port/sigfox_radio.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

struct SigfoxSocketObject : Object {
    bool closed;
    bool downlink;             // SO_RX
    bool outOfBand;            // SO_OOB
    std::optional<bool> bit;   // SO_BIT: the next sends are bit messages of this value
    int64_t repeats;           // SO_TX_REPEAT
    int64_t timeoutUs;         // -1: block (FSK mode)
    std::optional<sigfox::DownlinkPayload>* received;   // the last downlink, until recv() takes it
};

extern Type sigfoxSocketType;

SigfoxSocketObject* socketOf(Value self) {
    if (!isInstance(self, &sigfoxSocketType)) raiseTypeError("expected a Sigfox socket");
    auto* s = self.as<SigfoxSocketObject>();
    if (s->closed) raiseOsError(EBADF);
    return s;
}

base::Bytes bytesOf(Value data) {
    if (isStr(data)) {
        const StrObject* text = data.as<StrObject>();
        return base::Bytes(text->data, text->data + text->size);
    }
    Buffer b = requireBuffer(data, "send");
    return base::Bytes(b.data, b.data + b.size);
}

int64_t deadlineOf(const SigfoxSocketObject* s, SigfoxFsk& fsk) {
    return s->timeoutUs < 0 ? INT64_MAX : fsk.nowUs() + s->timeoutUs;
}

Value fskSend(SigfoxSocketObject* s, SigfoxFsk& fsk, const base::Bytes& data) {
    if (data.size() > kFskMaxPayload) raiseOsError(EMSGSIZE);
    if (!fsk.send(data, deadlineOf(s, fsk))) raiseOsError(EAGAIN);
    return makeInt(int64_t(data.size()));
}

Value fskRecv(SigfoxSocketObject* s, SigfoxFsk& fsk, int64_t size) {
    auto frame = fsk.receive(size_t(size), deadlineOf(s, fsk));
    if (!frame) {
        if (s->timeoutUs == 0) return Value(newBytes(nullptr, 0));
        raiseOsError(EAGAIN);
    }
    return Value(newBytes(frame->data(), frame->size()));
}

Value socketSend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("send", nargs, kw, 2, 2);
    SigfoxSocketObject* s = socketOf(args[0]);
    base::Bytes data = bytesOf(args[1]);
    SigfoxRadio& radio = sigfoxRadio();
    if (!radio.initialised) raiseOsError(ENETDOWN);
    if (radio.fsk.active()) return fskSend(s, radio.fsk, data);
    if (data.size() > sigfox::kMaxUplinkPayload) raiseOsError(EMSGSIZE);
    SigfoxRadio::Message message;
    message.payload = data;
    message.repeats = int(s->repeats);
    message.downlinkRequest = s->downlink && !s->outOfBand;
    if (s->outOfBand) message.kind = sigfox::UplinkKind::Control;
    else if (s->bit) message.kind = sigfox::UplinkKind::Bit, message.bit = *s->bit, message.payload.clear();
    auto sent = radio.send(message);
    if (!sent.ok()) raiseError(&exc::OSError, "Sigfox: %s", sent.error().message.c_str());
    if (message.downlinkRequest) {
        if (!sent->downlink) raiseOsError(ETIMEDOUT);
        *s->received = sent->downlink;
    }
    return makeInt(int64_t(s->bit || s->outOfBand ? 0 : data.size()));
}

Value socketRecv(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("recv", nargs, kw, 2, 2);
    SigfoxSocketObject* s = socketOf(args[0]);
    int64_t size = requireInt64(args[1], "bufsize");
    if (size < 0) raiseValueError("negative buffer size");
    SigfoxRadio& radio = sigfoxRadio();
    if (radio.fsk.active()) return fskRecv(s, radio.fsk, size);
    if (!*s->received) raiseOsError(EAGAIN);
    sigfox::DownlinkPayload payload = **s->received;
    s->received->reset();
    return Value(newBytes(payload.data(), size_t(std::min<int64_t>(size, int64_t(payload.size())))));
}

Value socketSetsockopt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setsockopt", nargs, kw, 4, 4);
    SigfoxSocketObject* s = socketOf(args[0]);
    const int64_t level = requireInt64(args[1], "level"), option = requireInt64(args[2], "option");
    if (level != kSolSigfox) raiseOsError(EOPNOTSUPP);
    if (option == kSoRx) {
        s->downlink = truthy(args[3]);
    } else if (option == kSoTxRepeat) {
        int64_t repeats = requireInt64(args[3], "repeat");
        if (repeats < 0 || repeats > 2) raiseValueError("SO_TX_REPEAT takes 0, 1 or 2 repeats");
        s->repeats = repeats;
    } else if (option == kSoOob) {
        s->outOfBand = truthy(args[3]);
    } else if (option == kSoBit) {
        s->bit = truthy(args[3]);
    } else {
        raiseOsError(EOPNOTSUPP);
    }
    return None();
}

// In Sigfox mode a send blocks for its message's time on air whatever the timeout; FSK mode's
// send and recv follow it.
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
    if (!isInstance(args[0], &sigfoxSocketType)) raiseTypeError("expected a Sigfox socket");
    args[0].as<SigfoxSocketObject>()->closed = true;
    return None();
}

Value socketUnsupported(const Value* args, size_t nargs, TupleObject*) {
    if (nargs) socketOf(args[0]);
    raiseOsError(EOPNOTSUPP);
}

void socketPrint(std::string& out, Value self, PrintKind) {
    out += self.as<SigfoxSocketObject>()->closed ? "<socket AF_SIGFOX closed>" : "<socket AF_SIGFOX>";
}

void socketFinalize(Object* self) {
    auto* s = static_cast<SigfoxSocketObject*>(self);
    delete s->received;
    s->received = nullptr;
}

void traceNothing(Object*, Tracer&) {}

const MethodDef socketMethods[] = {
    {"accept", socketUnsupported},
    {"bind", socketUnsupported},
    {"close", socketClose},
    {"connect", socketUnsupported},
    {"listen", socketUnsupported},
    {"read", socketRecv},
    {"recv", socketRecv},
    {"send", socketSend},
    {"sendall", socketSend},
    {"setblocking", socketSetblocking},
    {"setsockopt", socketSetsockopt},
    {"settimeout", socketSettimeout},
    {"write", socketSend},
    {nullptr, nullptr},
};

Type sigfoxSocketType{TypeSpec{
    .name = "socket",
    .instanceSize = sizeof(SigfoxSocketObject),
    .trace = traceNothing,
    .finalize = socketFinalize,
    .print = socketPrint,
    .methods = socketMethods,
    .module = "usocket",
}};

}  // namespace

Value newSigfoxSocket() {
    if (!runningApp().board().model().sigfox) raiseOsError(EAFNOSUPPORT);
    auto* s = allocateObject<SigfoxSocketObject>(&sigfoxSocketType);
    s->closed = false;
    s->downlink = false;
    s->outOfBand = false;
    new (&s->bit) std::optional<bool>();
    s->repeats = 2;
    s->timeoutUs = -1;
    s->received = new std::optional<sigfox::DownlinkPayload>();
    return Value(s);
}

}  // namespace pyfw::port
