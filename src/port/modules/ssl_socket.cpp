#include "port/modules/ssl_socket.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

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

net::TlsSession& session(SslSocketObject* s) {
    requireOpen(s);
    if (!s->session) raiseSocketError(ENOTCONN);
    return *s->session;
}

// A read or write that wants the fd: waits by the socket's timeout.
void waitForSession(SslSocketObject* s, Step step) {
    if (s->timeoutUs == 0) raiseSocketError(EAGAIN);
    if (!waitForFd(s->fd, step == Step::WantRead ? POLLIN : POLLOUT, s->timeoutUs)) raiseSocketError(ETIMEDOUT);
    requireOpen(s);
}

void handshake(SslSocketObject* s) {
    const int64_t deadline = steadyUs() + s->handshakeUs;
    while (true) {
        Step step = session(s).handshake();
        if (step == Step::Done) return;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        int64_t left = deadline - steadyUs();
        if (left <= 0 || !waitForFd(s->fd, step == Step::WantRead ? POLLIN : POLLOUT, left)) {
            raiseTlsError({net::tls_code::kTimeout, "TLS handshake timed out after " +
                                                         std::to_string((s->handshakeUs + 999'999) / 1'000'000) + " s"});
        }
    }
}

void startSession(SslSocketObject* s) {
    auto opened = (*s->context)->open(s->fd);
    if (!opened) raiseTlsError(opened.error());
    s->session = opened->release();
    handshake(s);
}

size_t sslRead(lib::StreamObject* self, uint8_t* out, size_t size) {
    auto* s = static_cast<SslSocketObject*>(self);
    while (true) {
        size_t got = 0;
        Step step = session(s).read(out, size, got);
        if (step == Step::Done) return got;
        if (step == Step::Closed) return 0;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        waitForSession(s, step);
    }
}

void sslWrite(lib::StreamObject* self, const uint8_t* data, size_t size) {
    auto* s = static_cast<SslSocketObject*>(self);
    while (true) {
        Step step = session(s).write(data, size);
        if (step == Step::Done) return;
        if (step == Step::Failed) raiseTlsError(s->session->error());
        waitForSession(s, step);
    }
}

void release(SslSocketObject* s, bool notifyPeer) {
    if (s->session) {
        if (notifyPeer) s->session->shutdown();
        delete s->session;
        s->session = nullptr;
    }
    delete s->context;
    s->context = nullptr;
    if (s->fd >= 0) ::close(s->fd);
    s->fd = -1;
}

void sslClose(lib::StreamObject* self) { release(static_cast<SslSocketObject*>(self), true); }

void sslFinalize(Object* self) { release(static_cast<SslSocketObject*>(self), false); }

const lib::StreamOps kSslOps{
    .read = sslRead,
    .write = sslWrite,
    .seek = nullptr,
    .flush = nullptr,
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

void raiseTlsError(const net::TlsError& error) {
    if (error.code > 0) raiseSocketError(error.code);
    raise(newException(&exc::OSError, newTuple({makeInt(int64_t(error.code)), Value(newStr(error.reason))})));
}

}  // namespace pyfw::port
