// TLS over a host socket with OpenSSL (libssl), for the board's `ussl`: a context made from PEM
// texts (the CA certificates to trust, our own certificate chain and key) and sessions over
// non-blocking file descriptors, stepped by the caller, who waits for the fd between steps with the
// board's timeout rules. Pure of the engine; the port reads the PEM files from /flash.
//
// Errors carry the reason in words and the number Pycom's firmware (mbedTLS) gave for the same
// failure, so scripts written for the real board that compare e.args[0] keep working.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace pyfw::net {

// mbedTLS's error numbers for the failures ussl reports (Pycom raised OSError(number)).
namespace tls_code {
inline constexpr int kVerifyFailed = -0x2700;      // MBEDTLS_ERR_X509_CERT_VERIFY_FAILED
inline constexpr int kBadCertificate = -0x2180;    // MBEDTLS_ERR_X509_INVALID_FORMAT
inline constexpr int kBadKey = -0x3D00;            // MBEDTLS_ERR_PK_KEY_INVALID_FORMAT
inline constexpr int kKeyMismatch = -0x3F00;       // MBEDTLS_ERR_PK_TYPE_MISMATCH
inline constexpr int kPeerAlert = -0x7780;         // MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE
inline constexpr int kPeerClosed = -0x7280;        // MBEDTLS_ERR_SSL_CONN_EOF
inline constexpr int kProtocol = -0x7200;          // MBEDTLS_ERR_SSL_INVALID_RECORD
inline constexpr int kTimeout = -0x6800;           // MBEDTLS_ERR_SSL_TIMEOUT (ussl.SSL_TIMEOUT)
inline constexpr int kInternal = -0x7F00;          // MBEDTLS_ERR_SSL_ALLOC_FAILED
}  // namespace tls_code

struct TlsError {
    int code;             // one of tls_code
    std::string reason;   // e.g. "certificate verify failed (hostname mismatch)"
};

enum class TlsVerify { None, Optional, Required };   // ussl.CERT_NONE / CERT_OPTIONAL / CERT_REQUIRED

struct TlsOptions {
    bool serverSide = false;
    TlsVerify verify = TlsVerify::None;
    std::string caPem;            // trusted CA certificates (PEM, one or more); empty: none
    std::string certPem;          // our certificate chain (PEM), leaf first; empty: none
    std::string keyPem;           // its private key (PEM, not encrypted)
    std::string serverHostname;   // client: SNI and the name the certificate must carry
    // Names for the messages ("/flash/cert/ca.pem").
    std::string caName = "ca_certs", certName = "certfile", keyName = "keyfile";
};

class TlsSession;

// The certificates and settings that sessions share (one wrap_socket call, and a server socket's
// accepted connections).
class TlsContext {
public:
    static base::Result<std::shared_ptr<TlsContext>, TlsError> create(const TlsOptions& options);
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    bool serverSide() const { return serverSide_; }
    // A session over the connected, non-blocking `fd` (not owned).
    base::Result<std::unique_ptr<TlsSession>, TlsError> open(int fd);

private:
    struct Impl;
    explicit TlsContext(std::unique_ptr<Impl> impl, bool serverSide);
    std::unique_ptr<Impl> impl_;
    bool serverSide_;
    friend class TlsSession;
};

// One TLS connection. Every call makes what progress it can without blocking.
class TlsSession {
public:
    enum class Step { Done, WantRead, WantWrite, Closed, Failed };

    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    Step handshake();
    // Up to `size` decrypted bytes; Closed once the peer has closed (got is 0).
    Step read(uint8_t* out, size_t size, size_t& got);
    // Takes all of `data` (Done) or none of it (WantRead/WantWrite: the caller may come back with
    // any bytes). What the fd could not take yet stays in the session, in order, and leaves with
    // the next write or flush.
    Step write(const uint8_t* data, size_t size);
    // Sends the bytes taken earlier that are still here: Done once none are left.
    Step flush();
    size_t unsent() const { return unsent_.size(); }
    // Decrypted bytes waiting, which the fd does not show as readable.
    size_t pending() const;
    // Sends close_notify if it can without waiting.
    void shutdown();
    // What the last Failed step was.
    const TlsError& error() const { return error_; }
    bool handshakeDone() const { return handshakeDone_; }
    // The negotiated protocol and cipher, e.g. "TLSv1.3 TLS_AES_256_GCM_SHA384".
    std::string describe() const;

private:
    struct Impl;
    explicit TlsSession(std::unique_ptr<Impl> impl);
    Step classify(int result);
    Step writeSome(const uint8_t* data, size_t size, size_t& written);
    std::unique_ptr<Impl> impl_;
    // Bytes taken by write() that OpenSSL has not handed to the fd yet. A write that wanted the fd
    // must be repeated with the same bytes; keeping them here lets the caller move on.
    std::string unsent_;
    TlsError error_{0, {}};
    bool handshakeDone_ = false;
    friend class TlsContext;
};

}  // namespace pyfw::net
