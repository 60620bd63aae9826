#include "port/modules/pollable.h"

#include "port/modules/socket_object.h"
#include "port/modules/ssl_socket.h"

namespace pyfw::port {

using namespace pyfw::engine;

PollSource pollSourceOf(Value object) {
    if (isInstance(object, &socketType)) {
        auto* s = object.as<SocketObject>();
        bool closed = s->closed || s->fd < 0;
        return {.fd = closed ? -1 : s->fd,
                .closed = closed,
                .buffered = !closed && sslHasBuffered(object),
                .writable = !closed && sslTakesWrites(object)};
    }
    if (auto uart = uartPollSource(object)) return *uart;
    raiseTypeError("cannot poll a %s", typeName(object));
}

void sendWhileWaiting(Value object) { sslSendUnsent(object); }

}  // namespace pyfw::port
