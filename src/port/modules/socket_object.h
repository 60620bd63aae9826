// The socket object of `usocket` (socket_type.cpp), shared with `uselect` and `ussl`: a host socket
// (non-blocking underneath; the board's timeout rules are applied by the waits of net_wait.h).
// It is a binary stream, so read/readinto/readline/write and `with` are the streams' own.
#pragma once

#include <cstdint>

#include "engine/native.h"
#include "lib/stream.h"

namespace pyfw::port {

struct SocketObject : lib::StreamObject {
    int fd;              // -1 once closed
    int family;
    int sockType;        // SOCK_STREAM or SOCK_DGRAM
    int proto;
    int64_t timeoutUs;   // kBlock, 0 (non-blocking) or the limit
    uint64_t lteSession; // the LTE data session its traffic went over (0: WLAN or none)
};

extern engine::Type socketType;

// Raises TypeError for another object, OSError(EBADF) for a closed socket.
SocketObject* openSocket(engine::Value v);

// A socket of the board over a host socket that is already open (accept, wrap).
SocketObject* newSocket(int fd, int family, int type, int proto);
// The plain socket's fields and stream operations, in an object of socketType or a subtype.
void initSocket(SocketObject* s, int fd, int family, int type, int proto);
// accept(): (client socket, address); connect(address) with the socket's timeout. ussl builds on them.
engine::Value acceptConnection(SocketObject* s);
void connectSocket(SocketObject* s, engine::Value address);
// A TCP socket whose LTE data session has ended (see socket_type.cpp): connectionLost says so (a
// wait's extraReady), requireConnection raises OSError ECONNABORTED and shuts the host socket down.
bool connectionLost(SocketObject* s);
void requireConnection(SocketObject* s);
// usocket.socket(AF_INET, type, proto): a new TCP or UDP socket (proto 0: the type's own).
engine::Value newInetSocket(int64_t type, int64_t proto);

}  // namespace pyfw::port
