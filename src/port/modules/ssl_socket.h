// ussl's socket (Pycom's modussl.c): a usocket socket whose bytes go through a TLS session
// (net/tls_session.h). It is a subtype of usocket.socket and keeps its timeout rules: reads and
// writes wait by the socket's timeout (0: EAGAIN), the handshake by wrap_socket's `timeout`.
#pragma once

#include <memory>

#include "engine/native.h"
#include "net/tls_session.h"
#include "port/modules/socket_object.h"

namespace pyfw::port {

struct SslSocketObject : SocketObject {
    net::TlsSession* session;                    // null until connected (owned)
    std::shared_ptr<net::TlsContext>* context;   // the certificates (owned holder)
    int64_t handshakeUs;                         // the handshake's time limit
};

extern engine::Type sslSocketType;

// Wraps `plain` (which gives up its host socket): a connected socket shakes hands at once, one not
// yet connected does so in connect(), a listening one in each accept().
engine::Value wrapSocket(SocketObject* plain, std::shared_ptr<net::TlsContext> context, int64_t handshakeUs);

// Decrypted bytes waiting above the fd (uselect counts them as readable).
bool sslHasBuffered(engine::Value socket);

// Sends what the fd can take of the bytes an earlier non-blocking write left in the session.
void sslSendUnsent(engine::Value socket);
// A write would take its bytes now (none are left unsent), however full the host socket is.
bool sslTakesWrites(engine::Value socket);

// OSError(code, reason) for a TLS failure (code: Pycom's mbedTLS number, or an errno value).
[[noreturn]] void raiseTlsError(const net::TlsError& error);

}  // namespace pyfw::port
