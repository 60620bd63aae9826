#include "port/modules/ssl_socket.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <vector>

#include "port/net_wait.h"

namespace pyfw::port {

using namespace pyfw::engine;
using Step = net::TlsSession::Step;

namespace {

int64_t steadyUs() {
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

SslSocketObject* openSsl(Value v) {
    SocketObject* s = openSocket(v);
    if (!isInstance(v, &sslSocketType)) raiseTypeError("expected an SSL socket");
    return static_cast<SslSocketObject*>(s);
}

// The socket must still be open after a wait: another thread may have closed it meanwhile.
void requireOpen(SslSocketObject* s) {
    if (s->fd < 0 || s->closed) raiseSocketError(EBADF);
}

// The session of a connected socket whose connection still has its route: over LTE, a data
// session that ended took the connection with it (ECONNABORTED), as for a plain socket.
net::TlsSession& session(SslSocketObject* s) {
    requireOpen(s);
    if (!s->session) raiseSocketError(ENOTCONN);
    requireConnection(s);
    return *s->session;
}

short eventsFor(Step step) { return step == Step::WantRead ? POLLIN : POLLOUT; }

// Waits up to `timeoutUs` for `events`, or for the LTE route to go (the next session() call
// raises then). False on a timeout.
bool waitForFdOrLostRoute(SslSocketObject* s, short events, int64_t timeoutUs) {
    std::vector<pollfd> fds{{s->fd, events, 0}};
    bool ready = waitForFds(fds, timeoutUs, [s] { return connectionLost(s); }) > 0 || connectionLost(s);
    requireOpen(s);
    return ready;
}

// A read or write that wants the fd: waits by the socket's timeout.
void waitForSession(SslSocketObject* s, short events) {
    if (s->timeoutUs == 0) raiseSocketError(EAGAIN);
    if (!waitForFdOrLostRoute(s, events, s->timeoutUs)) raiseSocketError(ETIMEDOUT);
}

void handshake(SslSocketObject* s) {
    const int64_t deadline = steadyUs() + s->handshakeUs;
    while (true) {
        Step step = session(s).handshake();
        if (step == Step::Done) return;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        int64_t left = deadline - steadyUs();
        if (left <= 0 || !waitForFdOrLostRoute(s, eventsFor(step), left)) {
            raiseTlsError({net::tls_code::kTimeout, "TLS handshake timed out after " +
                                                         std::to_string((s->handshakeUs + 999'999) / 1'000'000) + " s"});
        }
    }
}

// Sends what earlier writes left in the session, waiting by the socket's timeout.
void flushWaiting(SslSocketObject* s) {
    while (true) {
        Step step = session(s).flush();
        if (step == Step::Done) return;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        waitForSession(s, eventsFor(step));
    }
}

void startSession(SslSocketObject* s) {
    auto opened = (*s->context)->open(s->fd);
    if (!opened) raiseTlsError(opened.error());
    s->session = opened->release();
    handshake(s);
}

// Bytes an earlier write left in the session go out while a read waits: the peer may be waiting
// for the end of a request before it answers. (A failure to send is the next write's to report.)
size_t sslRead(lib::StreamObject* self, uint8_t* out, size_t size) {
    auto* s = static_cast<SslSocketObject*>(self);
    while (true) {
        net::TlsSession& tls = session(s);
        bool sending = tls.flush() == Step::WantWrite;
        size_t got = 0;
        Step step = tls.read(out, size, got);
        if (step == Step::Done) return got;
        if (step == Step::Closed) return 0;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        waitForSession(s, short(eventsFor(step) | (sending ? POLLOUT : 0)));
    }
}

// Non-blocking: all the bytes are taken or none (EAGAIN), so a retry with the same bytes from
// any buffer sends them once; what the fd cannot take yet leaves with later calls. Otherwise the
// write returns once every byte has gone to the host socket.
void sslWrite(lib::StreamObject* self, const uint8_t* data, size_t size) {
    auto* s = static_cast<SslSocketObject*>(self);
    while (true) {
        Step step = session(s).write(data, size);
        if (step == Step::Done) break;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        waitForSession(s, eventsFor(step));
    }
    if (s->timeoutUs != 0) flushWaiting(s);
}

void sslFlush(lib::StreamObject* self) {
    auto* s = static_cast<SslSocketObject*>(self);
    requireOpen(s);
    if (s->session) flushWaiting(s);
}

// Closing gives bytes still in the session a few seconds to leave, as the host's close leaves a
// plain socket's unsent bytes to the kernel.
constexpr int64_t kCloseFlushUs = 5'000'000;

void flushBeforeClose(SslSocketObject* s) {
    const int64_t deadline = steadyUs() + kCloseFlushUs;
    while (s->session->unsent() > 0 && !connectionLost(s)) {
        Step step = s->session->flush();
        int64_t left = deadline - steadyUs();
        if (step == Step::Done || step == Step::Failed || left <= 0) return;
        std::vector<pollfd> fds{{s->fd, eventsFor(step), 0}};
        if (waitForFds(fds, left, [s] { return connectionLost(s); }) == 0) return;
    }
}

void release(SslSocketObject* s, bool notifyPeer) {
    if (s->session) {
        if (notifyPeer && !connectionLost(s)) s->session->shutdown();
        delete s->session;
        s->session = nullptr;
    }
    delete s->context;
    s->context = nullptr;
    if (s->fd >= 0) ::close(s->fd);
    s->fd = -1;
}

void sslClose(lib::StreamObject* self) {
    auto* s = static_cast<SslSocketObject*>(self);
    if (s->session && s->fd >= 0) flushBeforeClose(s);
    release(s, true);
}

void sslFinalize(Object* self) { release(static_cast<SslSocketObject*>(self), false); }

const lib::StreamOps kSslOps{
    .read = sslRead,
    .write = sslWrite,
    .seek = nullptr,
    .flush = sslFlush,
    .close = sslClose,
};

Value sslConnect(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("connect", nargs, kw, 2, 2);
    SslSocketObject* s = openSsl(args[0]);
    if (s->session) raiseSocketError(EISCONN);
    if ((*s->context)->serverSide()) raiseValueError("a server_side SSL socket cannot connect");
    connectSocket(s, args[1]);
    startSession(s);
    return None();
}

// accept() on a wrapped listening socket: the connection, with its handshake done.
Value sslAccept(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("accept", nargs, kw, 1, 1);
    SslSocketObject* s = openSsl(args[0]);
    Value pair = acceptConnection(s);
    TupleObject* tuple = pair.as<TupleObject>();
    Value wrapped = wrapSocket(tuple->items[0].as<SocketObject>(), *s->context, s->handshakeUs);
    return Value(newTuple({wrapped, tuple->items[1]}));
}

Value sslSend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("send", nargs, kw, 2, 2);
    SslSocketObject* s = openSsl(args[0]);
    Buffer data = requireBuffer(args[1], "send");
    sslWrite(s, data.data, data.size);
    return makeInt(int64_t(data.size));
}

Value notOnSsl(const Value*, size_t, TupleObject*) { raiseSocketError(EOPNOTSUPP); }

void sslPrint(std::string& out, Value self, PrintKind) {
    auto* s = self.as<SslSocketObject>();
    out += "<SSLSocket fd=" + std::to_string(s->fd);
    if (s->session && s->session->handshakeDone()) out += " " + s->session->describe();
    out += ">";
}

void traceNothing(Object*, Tracer&) {}

const MethodDef sslMethods[] = {
    {"connect", sslConnect},
    {"accept", sslAccept},
    {"send", sslSend},
    {"recvfrom", notOnSsl},
    {"sendto", notOnSsl},
    {nullptr, nullptr},
};

}  // namespace

Type sslSocketType{TypeSpec{
    .name = "SSLSocket",
    .base = &socketType,
    .instanceSize = sizeof(SslSocketObject),
    .trace = traceNothing,
    .finalize = sslFinalize,
    .print = sslPrint,
    .methods = sslMethods,
    .module = "ussl",
}};

Value wrapSocket(SocketObject* plain, std::shared_ptr<net::TlsContext> context, int64_t handshakeUs) {
    if (plain->sockType != SOCK_STREAM) raiseSocketError(EOPNOTSUPP);
    auto* s = allocateObject<SslSocketObject>(&sslSocketType);
    initSocket(s, plain->fd, plain->family, plain->sockType, plain->proto);
    s->ops = &kSslOps;
    s->timeoutUs = plain->timeoutUs;
    s->lteSession = plain->lteSession;
    s->session = nullptr;
    s->context = new std::shared_ptr<net::TlsContext>(std::move(context));
    s->handshakeUs = handshakeUs;
    plain->fd = -1;   // the host socket is the SSL socket's now
    plain->closed = true;

    sockaddr_storage peer{};
    socklen_t size = sizeof peer;
    int listening = 0;
    socklen_t optionSize = sizeof listening;
    getsockopt(s->fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &optionSize);
    bool connected = getpeername(s->fd, reinterpret_cast<sockaddr*>(&peer), &size) == 0;
    if (connected) {
        try {
            startSession(s);
        } catch (...) {
            release(s, false);   // nobody holds the wrapped socket: its host socket must not leak
            s->closed = true;
            throw;
        }
    } else if (!listening && (*s->context)->serverSide()) {
        raiseValueError("server_side needs a connected or listening socket");
    }
    return Value(s);
}

bool sslHasBuffered(Value socket) {
    if (!isInstance(socket, &sslSocketType)) return false;
    auto* s = socket.as<SslSocketObject>();
    return s->session && s->fd >= 0 && s->session->pending() > 0;
}

void sslSendUnsent(Value socket) {
    if (!isInstance(socket, &sslSocketType)) return;
    auto* s = socket.as<SslSocketObject>();
    if (s->session && s->fd >= 0 && s->session->unsent() > 0 && !connectionLost(s)) s->session->flush();
}

bool sslTakesWrites(Value socket) {
    if (!isInstance(socket, &sslSocketType)) return false;
    auto* s = socket.as<SslSocketObject>();
    return s->session && s->fd >= 0 && s->session->handshakeDone() && s->session->unsent() == 0;
}

void raiseTlsError(const net::TlsError& error) {
    if (error.code > 0) raiseSocketError(error.code);
    raise(newException(&exc::OSError, newTuple({makeInt(int64_t(error.code)), Value(newStr(error.reason))})));
}

}  // namespace pyfw::port
