#include "port/modules/pollable.h"

#include "port/modules/socket_object.h"
#include "port/modules/ssl_socket.h"

namespace pyfw::port {

using namespace pyfw::engine;

PollSource pollSourceOf(Value object) {
    if (isInstance(object, &socketType)) {
        auto* s = object.as<SocketObject>();
        return {s->closed ? -1 : s->fd, sslHasBuffered(object)};
    }
    raiseTypeError("cannot poll a %s", typeName(object));
}

}  // namespace pyfw::port
