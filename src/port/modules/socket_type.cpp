// usocket.socket (Pycom's modusocket.c + lwipsocket.c) over a host socket bound to the board's own
// loopback address, so host programs see the board as a machine of its own.
//
// Pycom's timeout semantics: settimeout(0) or setblocking(False) never waits (OSError EAGAIN, or
// EINPROGRESS from connect); None, a negative value or setblocking(True) blocks; a positive value
// (seconds) limits every wait, connect() included, and raises socket.timeout (TimeoutError,
// errno ETIMEDOUT) when it passes. Operations that reach the network need a linked interface
// (WLAN up, or an LTE data session), else OSError EHOSTUNREACH.
//
// While LTE carries data it takes new connections (Pycom makes the PPP interface lwIP's default).
// When that data session ends (coverage lost, lte.disconnect()), lwIP aborts the TCP connections
// bound to its address: every later call on such a socket raises OSError ECONNABORTED, and the host
// peer sees the connection shut down. A datagram socket has no connection to lose: its next send
// finds a route again or raises EHOSTUNREACH.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>

#include "port/board_host.h"
#include "port/modules/socket_address.h"
#include "port/modules/socket_object.h"
#include "port/net_wait.h"
#include "port/network_state.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// lwIP's option numbers (what Pycom's usocket constants are) and the host's under them.
struct OptionRow {
    int lwipLevel, lwipName;
    int hostLevel, hostName;
};
constexpr int kLwipSolSocket = 0xfff;
constexpr int kLwipTcpSendBuffer = 5744;
constexpr OptionRow kOptions[] = {
    {kLwipSolSocket, 0x0004, SOL_SOCKET, SO_REUSEADDR},
    {kLwipSolSocket, 0x0008, SOL_SOCKET, SO_KEEPALIVE},
    {kLwipSolSocket, 0x0020, SOL_SOCKET, SO_BROADCAST},
    {IPPROTO_TCP, 0x01, IPPROTO_TCP, TCP_NODELAY},
    {IPPROTO_IP, 3, IPPROTO_IP, IP_ADD_MEMBERSHIP},
    {IPPROTO_IP, 4, IPPROTO_IP, IP_DROP_MEMBERSHIP},
    {IPPROTO_IP, 5, IPPROTO_IP, IP_MULTICAST_TTL},
    {IPPROTO_IP, 7, IPPROTO_IP, IP_MULTICAST_LOOP},
};

NetworkState& network() { return networkState(runningApp()); }

void requireLink() {
    NetworkState& state = network();
    if (!state.linkUp(runningApp().time().nowUs())) raiseSocketError(EHOSTUNREACH);
}

// The LTE session (or none) that a socket's traffic takes from now on.
void takeRoute(SocketObject* s) { s->lteSession = network().lteSession(); }

bool routeLost(SocketObject* s) { return s->lteSession != 0 && network().lteSession() != s->lteSession; }

void requireRoute(SocketObject* s, bool sending) {
    if (!routeLost(s)) return;
    if (s->sockType == SOCK_STREAM) requireConnection(s);
    if (sending) {
        requireLink();
        takeRoute(s);
    }
}

bool isBound(int fd) {
    sockaddr_in address{};
    socklen_t size = sizeof address;
    return getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0 && address.sin_port != 0;
}

// Binds to the board's address (port 0: any) unless the socket is bound already.
void bindToBoard(SocketObject* s, uint16_t port = 0) {
    if (port == 0 && isBound(s->fd)) return;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(network().address());
    if (::bind(s->fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) raiseSocketError(errno);
}

// Runs `attempt` (a non-blocking system call) until it stops saying EAGAIN, waiting for `events`
// by the socket's timeout in between.
template <typename Attempt>
auto retrying(SocketObject* s, short events, Attempt attempt) {
    while (true) {
        requireRoute(s, events == POLLOUT);
        auto result = attempt();
        if (result >= 0) return result;
        int error = errno;
        if (error == EINTR) continue;
        if (error != EAGAIN && error != EWOULDBLOCK) raiseSocketError(error);
        if (s->timeoutUs == 0) raiseSocketError(EAGAIN);
        std::vector<pollfd> fds{{s->fd, events, 0}};
        if (waitForFds(fds, s->timeoutUs, [s] { return connectionLost(s); }) > 0) continue;
        if (!connectionLost(s)) raiseSocketError(ETIMEDOUT);
    }
}

size_t streamRead(lib::StreamObject* self, uint8_t* out, size_t size) {
    auto* s = static_cast<SocketObject*>(self);
    if (s->fd < 0) raiseSocketError(EBADF);
    return size_t(retrying(s, POLLIN, [&] { return ::recv(s->fd, out, size, 0); }));
}

void streamWrite(lib::StreamObject* self, const uint8_t* data, size_t size) {
    auto* s = static_cast<SocketObject*>(self);
    for (size_t sent = 0; sent < size;) {
        if (s->fd < 0) raiseSocketError(EBADF);
        sent += size_t(retrying(s, POLLOUT, [&] { return ::send(s->fd, data + sent, size - sent, MSG_NOSIGNAL); }));
    }
}

void streamClose(lib::StreamObject* self) {
    auto* s = static_cast<SocketObject*>(self);
    if (s->fd >= 0) ::close(s->fd);
    s->fd = -1;
}

const lib::StreamOps kSocketOps{
    .read = streamRead,
    .write = streamWrite,
    .seek = nullptr,
    .flush = nullptr,
    .close = streamClose,
};

void socketFinalize(Object* self) {
    auto* s = static_cast<SocketObject*>(self);
    if (s->fd >= 0) ::close(s->fd);
    s->fd = -1;
}

Value socketClose(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("close", nargs, kw, 1, 1);
    if (!isInstance(args[0], &socketType)) raiseTypeError("expected a socket");
    lib::closeStream(args[0].as<SocketObject>());
    return None();
}

Value socketBind(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("bind", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    sockaddr_in address = requireAddress(args[1]);
    if (!network().linkUp(runningApp().time().nowUs())) raiseSocketError(EADDRNOTAVAIL);
    // Any address, or the board's own as the script knows it (a static ifconfig), is the board's
    // address on the host; another loopback address is taken as given.
    uint32_t ip = ntohl(address.sin_addr.s_addr);
    bool own = ip == INADDR_ANY || ip == network().address() ||
               (network().wlan.staticConfig && ip == network().wlan.staticConfig->address);
    if (own) {
        bindToBoard(s, ntohs(address.sin_port));
    } else if (::bind(s->fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        raiseSocketError(errno);
    }
    return None();
}

Value socketListen(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("listen", nargs, kw, 1, 2);
    SocketObject* s = openSocket(args[0]);
    int64_t backlog = nargs > 1 ? requireInt64(args[1], "backlog") : 2;
    if (!isBound(s->fd)) bindToBoard(s);
    if (::listen(s->fd, int(std::clamp<int64_t>(backlog, 0, 128))) != 0) raiseSocketError(errno);
    return None();
}

}  // namespace

bool connectionLost(SocketObject* s) { return s->sockType == SOCK_STREAM && routeLost(s); }

void requireConnection(SocketObject* s) {
    if (!connectionLost(s)) return;
    ::shutdown(s->fd, SHUT_RDWR);   // the host peer sees the connection end
    raiseSocketError(ECONNABORTED);
}

Value acceptConnection(SocketObject* s) {
    sockaddr_in peer{};
    socklen_t size = sizeof peer;
    int fd = retrying(s, POLLIN, [&] {
        size = sizeof peer;
        return ::accept4(s->fd, reinterpret_cast<sockaddr*>(&peer), &size, SOCK_NONBLOCK | SOCK_CLOEXEC);
    });
    SocketObject* client = newSocket(fd, s->family, s->sockType, s->proto);
    return Value(newTuple({Value(client), addressTuple(peer)}));
}

void connectSocket(SocketObject* s, Value addressTuple) {
    sockaddr_in address = requireAddress(addressTuple);
    requireLink();
    bindToBoard(s);
    takeRoute(s);
    if (::connect(s->fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return;
    int error = errno;
    if (error != EINPROGRESS) raiseSocketError(error);
    if (s->sockType == SOCK_DGRAM) return;
    if (s->timeoutUs == 0) raiseSocketError(EINPROGRESS);
    if (!waitForFd(s->fd, POLLOUT, s->timeoutUs)) raiseSocketError(ETIMEDOUT);
    socklen_t size = sizeof error;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0) error = errno;
    if (error) raiseSocketError(error);
}

namespace {

Value socketAccept(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("accept", nargs, kw, 1, 1);
    return acceptConnection(openSocket(args[0]));
}

// connect() honours the timeout: the SYN goes out at once and the wait is the socket's.
Value socketConnect(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("connect", nargs, kw, 2, 2);
    connectSocket(openSocket(args[0]), args[1]);
    return None();
}

Value socketSend(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("send", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    Buffer data = requireBuffer(args[1], "send");
    return makeInt(int64_t(retrying(s, POLLOUT, [&] { return ::send(s->fd, data.data, data.size, MSG_NOSIGNAL); })));
}

Value socketSendall(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sendall", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    Buffer data = requireBuffer(args[1], "sendall");
    s->ops->write(s, data.data, data.size);
    return None();
}

size_t requireSize(Value v) {
    int64_t size = requireInt64(v, "bufsize");
    if (size < 0) raiseValueError("negative buffersize in recv");
    return size_t(std::min<int64_t>(size, int64_t(heapStats().totalBytes)));
}

Value socketRecv(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("recv", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    std::string data(requireSize(args[1]), '\0');
    if (data.empty()) return Value(newBytes("", 0));
    size_t got = s->ops->read(s, reinterpret_cast<uint8_t*>(data.data()), data.size());
    return Value(newBytes(data.data(), got));
}

Value socketRecvfrom(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("recvfrom", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    std::string data(std::max<size_t>(requireSize(args[1]), 1), '\0');
    sockaddr_in peer{};
    socklen_t size = sizeof peer;
    ssize_t got = retrying(s, POLLIN, [&] {
        size = sizeof peer;
        return ::recvfrom(s->fd, data.data(), data.size(), 0, reinterpret_cast<sockaddr*>(&peer), &size);
    });
    return Value(newTuple({Value(newBytes(data.data(), size_t(got))), addressTuple(peer)}));
}

Value socketSendto(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("sendto", nargs, kw, 3, 3);
    SocketObject* s = openSocket(args[0]);
    Buffer data = requireBuffer(args[1], "sendto");
    sockaddr_in address = requireAddress(args[2]);
    requireLink();
    bindToBoard(s);
    takeRoute(s);
    return makeInt(int64_t(retrying(s, POLLOUT, [&] {
        return ::sendto(s->fd, data.data, data.size, MSG_NOSIGNAL, reinterpret_cast<sockaddr*>(&address), sizeof address);
    })));
}

Value socketSetsockopt(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setsockopt", nargs, kw, 4, 4);
    SocketObject* s = openSocket(args[0]);
    int64_t level = requireInt64(args[1], "level"), name = requireInt64(args[2], "option");
    const OptionRow* row = nullptr;
    for (const OptionRow& r : kOptions)
        if (r.lwipLevel == level && r.lwipName == name) row = &r;
    if (!row) raiseSocketError(ENOPROTOOPT);
    int rc;
    if (isInt(args[3])) {
        int value = int(requireInt64(args[3]));
        rc = ::setsockopt(s->fd, row->hostLevel, row->hostName, &value, sizeof value);
    } else {
        Buffer value = requireBuffer(args[3], "value");
        rc = ::setsockopt(s->fd, row->hostLevel, row->hostName, value.data, socklen_t(value.size));
    }
    if (rc != 0) raiseSocketError(errno);
    return None();
}

// settimeout(None | seconds): negative blocks, as Pycom's lwipsocket does.
Value socketSettimeout(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("settimeout", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    if (args[1] == None()) {
        s->timeoutUs = kBlock;
        return None();
    }
    double seconds = 0;
    if (!toDouble(args[1], seconds) || std::isnan(seconds)) raiseTypeError("timeout must be a number or None");
    if (seconds < 0) s->timeoutUs = kBlock;
    else s->timeoutUs = seconds > 1e12 ? kBlock : int64_t(std::ceil(seconds * 1e6));
    return None();
}

Value socketSetblocking(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("setblocking", nargs, kw, 2, 2);
    SocketObject* s = openSocket(args[0]);
    s->timeoutUs = truthy(args[1]) ? kBlock : 0;
    return None();
}

Value socketFileno(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("fileno", nargs, kw, 1, 1);
    return Value::smallInt(openSocket(args[0])->fd);
}

// makefile(mode='rb', buffering=0): the socket is its own stream, as in MicroPython.
Value socketMakefile(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("makefile", nargs, kw, 1, 3);
    openSocket(args[0]);
    return args[0];
}

Value socketReadall(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("readall", nargs, kw, 1, 1);
    SocketObject* s = openSocket(args[0]);
    std::string data;
    uint8_t chunk[4096];
    while (size_t got = s->ops->read(s, chunk, sizeof chunk)) {
        if (data.size() + got > heapStats().totalBytes) raiseError(&exc::MemoryError, "readall: more data than the heap holds");
        data.append(reinterpret_cast<const char*>(chunk), got);
    }
    return Value(newBytes(data.data(), data.size()));
}

void socketPrint(std::string& out, Value self, PrintKind) {
    auto* s = self.as<SocketObject>();
    out += "<socket fd=" + std::to_string(s->fd) + " family=" + std::to_string(s->family) + " type=" +
           std::to_string(s->sockType) + " proto=" + std::to_string(s->proto) + ">";
}

void traceNothing(Object*, Tracer&) {}

const MethodDef socketMethods[] = {
    {"close", socketClose},
    {"bind", socketBind},
    {"listen", socketListen},
    {"accept", socketAccept},
    {"connect", socketConnect},
    {"send", socketSend},
    {"sendall", socketSendall},
    {"recv", socketRecv},
    {"recvfrom", socketRecvfrom},
    {"sendto", socketSendto},
    {"setsockopt", socketSetsockopt},
    {"settimeout", socketSettimeout},
    {"setblocking", socketSetblocking},
    {"fileno", socketFileno},
    {"makefile", socketMakefile},
    {"readall", socketReadall},
    {nullptr, nullptr},
};

}  // namespace

Type socketType{TypeSpec{
    .name = "socket",
    .base = &lib::streamBaseType,
    .instanceSize = sizeof(SocketObject),
    .trace = traceNothing,
    .finalize = socketFinalize,
    .print = socketPrint,
    .methods = socketMethods,
    .module = "usocket",
}};

SocketObject* openSocket(Value v) {
    if (!isInstance(v, &socketType)) raiseTypeError("expected a socket, got %s", typeName(v));
    auto* s = v.as<SocketObject>();
    if (s->fd < 0 || s->closed) raiseSocketError(EBADF);
    return s;
}

SocketObject* newSocket(int fd, int family, int type, int proto) {
    SocketObject* s;
    try {
        s = allocateObject<SocketObject>(&socketType);
    } catch (...) {
        ::close(fd);   // the heap is full: the host socket must not leak
        throw;
    }
    initSocket(s, fd, family, type, proto);
    return s;
}

void initSocket(SocketObject* s, int fd, int family, int type, int proto) {
    s->ops = &kSocketOps;
    s->text = false;
    s->closed = false;
    s->fd = fd;
    s->family = family;
    s->sockType = type;
    s->proto = proto;
    s->timeoutUs = kBlock;
    s->lteSession = 0;
}

}  // namespace pyfw::port

namespace pyfw::port {

Value newInetSocket(int64_t type, int64_t proto) {
    if (type != SOCK_STREAM && type != SOCK_DGRAM) raiseSocketError(EPROTONOSUPPORT);
    if (proto == 0) proto = type == SOCK_STREAM ? int64_t(IPPROTO_TCP) : int64_t(IPPROTO_UDP);
    if ((type == SOCK_STREAM && proto != IPPROTO_TCP) || (type == SOCK_DGRAM && proto != IPPROTO_UDP))
        raiseSocketError(EPROTONOSUPPORT);
    int fd = ::socket(AF_INET, int(type) | SOCK_NONBLOCK | SOCK_CLOEXEC, int(proto));
    if (fd < 0) raiseSocketError(errno);
    // A server socket rebinds its port at once after a soft reset (its old one closed a moment ago).
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    // lwIP's TCP send buffer on the ESP32 (TCP_SND_BUF, 4 x 1436-byte segments), so a script that
    // writes faster than its peer reads meets EAGAIN as soon as on the board, not after the host's
    // megabytes. Accepted connections inherit it from their listening socket.
    if (type == SOCK_STREAM) ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &kLwipTcpSendBuffer, sizeof kLwipTcpSendBuffer);
    return Value(newSocket(fd, AF_INET, int(type), int(proto)));
}

}  // namespace pyfw::port
