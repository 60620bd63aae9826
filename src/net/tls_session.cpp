#include "net/tls_session.h"

#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace pyfw::net {

namespace {

struct SslFree {
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
    void operator()(SSL* p) const { SSL_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, SslFree>;

// OpenSSL's own socket BIO writes with write(), which raises SIGPIPE on a connection the peer
// reset; this one sends with MSG_NOSIGNAL, as the board's plain sockets do.
int bioWrite(BIO* bio, const char* data, int size) {
    BIO_clear_retry_flags(bio);
    ssize_t sent = ::send(BIO_get_fd(bio, nullptr), data, size_t(size), MSG_NOSIGNAL);
    if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) BIO_set_retry_write(bio);
    return int(sent);
}

int bioRead(BIO* bio, char* out, int size) {
    BIO_clear_retry_flags(bio);
    ssize_t got = ::recv(BIO_get_fd(bio, nullptr), out, size_t(size), 0);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) BIO_set_retry_read(bio);
    return int(got);
}

int bioPuts(BIO* bio, const char* text) { return bioWrite(bio, text, int(std::strlen(text))); }

// The fd is kept with BIO_set_fd's control codes, as the socket BIO keeps it.
long bioCtrl(BIO* bio, int command, long number, void* pointer) {
    switch (command) {
    case BIO_C_SET_FD:
        BIO_set_data(bio, reinterpret_cast<void*>(intptr_t(*static_cast<int*>(pointer))));
        BIO_set_init(bio, 1);
        (void)number;
        return 1;
    case BIO_C_GET_FD:
        if (pointer) *static_cast<int*>(pointer) = int(intptr_t(BIO_get_data(bio)));
        return long(intptr_t(BIO_get_data(bio)));
    case BIO_CTRL_FLUSH:
        return 1;
    default:
        return 0;
    }
}

BIO_METHOD* socketMethod() {
    static BIO_METHOD* method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR, "pyfw socket");
        BIO_meth_set_write(m, bioWrite);
        BIO_meth_set_read(m, bioRead);
        BIO_meth_set_puts(m, bioPuts);
        BIO_meth_set_ctrl(m, bioCtrl);
        return m;
    }();
    return method;
}

// The reason of OpenSSL's oldest queued error, in its words ("wrong version number"); clears the queue.
std::string takeOpenSslReason(unsigned long* first = nullptr) {
    unsigned long code = ERR_get_error();
    if (first) *first = code;
    ERR_clear_error();
    if (code == 0) return "unknown error";
    const char* reason = ERR_reason_error_string(code);
    return reason ? reason : "error " + std::to_string(ERR_GET_REASON(code));
}

bool isIpLiteral(const std::string& host) {
    in_addr v4;
    in6_addr v6;
    return inet_pton(AF_INET, host.c_str(), &v4) == 1 || inet_pton(AF_INET6, host.c_str(), &v6) == 1;
}

// Every certificate of a PEM text, into `add`; an error names the file.
template <typename Add>
base::Result<int, TlsError> readCertificates(const std::string& pem, const std::string& name, Add add) {
    Owned<BIO> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    int count = 0;
    ERR_clear_error();
    while (Owned<X509> cert{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)}) {
        if (!add(std::move(cert))) return TlsError{tls_code::kBadCertificate, name + ": " + takeOpenSslReason()};
        ++count;
    }
    unsigned long last = ERR_peek_last_error();
    bool cleanEnd = ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE;
    if (last != 0 && !(cleanEnd && count > 0))
        return TlsError{tls_code::kBadCertificate,
                        name + ": not a valid PEM certificate (" + (count == 0 && cleanEnd ? std::string("no BEGIN CERTIFICATE line")
                                                                                           : takeOpenSslReason()) + ")"};
    ERR_clear_error();
    if (count == 0) return TlsError{tls_code::kBadCertificate, name + ": no certificate in it"};
    return count;
}

int refusePassword(char*, int, int, void*) { return -1; }

int acceptAnyCertificate(int, X509_STORE_CTX*) { return 1; }

}  // namespace

struct TlsContext::Impl {
    Owned<SSL_CTX> ctx;
    TlsVerify verify;
    std::string hostname;
};

struct TlsSession::Impl {
    Owned<SSL> ssl;   // holds a reference to its context's SSL_CTX
    TlsVerify verify;
};

base::Result<std::shared_ptr<TlsContext>, TlsError> TlsContext::create(const TlsOptions& options) {
    ERR_clear_error();
    Owned<SSL_CTX> ctx(SSL_CTX_new(options.serverSide ? TLS_server_method() : TLS_client_method()));
    if (!ctx) return TlsError{tls_code::kInternal, "cannot create a TLS context: " + takeOpenSslReason()};
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    // One record per SSL_write, retried from the session's own copy (TlsSession::unsent_).
    SSL_CTX_set_mode(ctx.get(), SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_ENABLE_PARTIAL_WRITE);
    SSL_CTX_set_default_passwd_cb(ctx.get(), refusePassword);

    if (!options.caPem.empty()) {
        X509_STORE* store = SSL_CTX_get_cert_store(ctx.get());
        auto added = readCertificates(options.caPem, options.caName,
                                      [&](Owned<X509> cert) { return X509_STORE_add_cert(store, cert.get()) == 1; });
        if (!added) return added.error();
    }
    if (!options.certPem.empty()) {
        bool first = true;
        auto added = readCertificates(options.certPem, options.certName, [&](Owned<X509> cert) {
            if (first) {
                first = false;
                return SSL_CTX_use_certificate(ctx.get(), cert.get()) == 1;
            }
            // add0 takes the certificate only when it succeeds (a chain certificate below the
            // security level is refused): until then it stays ours to free.
            if (SSL_CTX_add0_chain_cert(ctx.get(), cert.get()) != 1) return false;
            cert.release();
            return true;
        });
        if (!added) return added.error();
        Owned<BIO> bio(BIO_new_mem_buf(options.keyPem.data(), int(options.keyPem.size())));
        Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassword, nullptr));
        if (!key) {
            bool encrypted = options.keyPem.find("ENCRYPTED") != std::string::npos;
            std::string why = encrypted ? "the key is encrypted; ussl takes keys without a password"
                                        : "not a valid PEM private key (" + takeOpenSslReason() + ")";
            ERR_clear_error();
            return TlsError{tls_code::kBadKey, options.keyName + ": " + why};
        }
        if (SSL_CTX_use_PrivateKey(ctx.get(), key.get()) != 1 || SSL_CTX_check_private_key(ctx.get()) != 1) {
            ERR_clear_error();
            return TlsError{tls_code::kKeyMismatch,
                            options.keyName + ": the key does not belong to the certificate in " + options.certName};
        }
    }

    switch (options.verify) {
    case TlsVerify::None:
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
        break;
    case TlsVerify::Optional:   // mbedTLS's OPTIONAL: check, report, go on
        SSL_CTX_set_verify(ctx.get(), options.serverSide ? SSL_VERIFY_PEER : SSL_VERIFY_NONE,
                           options.serverSide ? acceptAnyCertificate : nullptr);
        break;
    case TlsVerify::Required:
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER | (options.serverSide ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0), nullptr);
        break;
    }
    auto impl = std::make_unique<Impl>(Impl{std::move(ctx), options.verify, options.serverHostname});
    return std::shared_ptr<TlsContext>(new TlsContext(std::move(impl), options.serverSide));
}

TlsContext::TlsContext(std::unique_ptr<Impl> impl, bool serverSide) : impl_(std::move(impl)), serverSide_(serverSide) {}
TlsContext::~TlsContext() = default;

base::Result<std::unique_ptr<TlsSession>, TlsError> TlsContext::open(int fd) {
    ERR_clear_error();
    Owned<SSL> ssl(SSL_new(impl_->ctx.get()));
    BIO* bio = ssl ? BIO_new(socketMethod()) : nullptr;
    if (!bio) return TlsError{tls_code::kInternal, "cannot start a TLS session: " + takeOpenSslReason()};
    BIO_set_fd(bio, fd, BIO_NOCLOSE);
    SSL_set_bio(ssl.get(), bio, bio);
    const std::string& host = impl_->hostname;
    if (!serverSide_ && !host.empty()) {
        if (!isIpLiteral(host)) SSL_set_tlsext_host_name(ssl.get(), host.c_str());
        SSL_set_hostflags(ssl.get(), X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (SSL_set1_host(ssl.get(), host.c_str()) != 1)
            return TlsError{tls_code::kInternal, "server_hostname '" + host + "' is not a host name"};
    }
    serverSide_ ? SSL_set_accept_state(ssl.get()) : SSL_set_connect_state(ssl.get());
    auto impl = std::make_unique<TlsSession::Impl>();
    impl->ssl = std::move(ssl);
    impl->verify = impl_->verify;
    return std::unique_ptr<TlsSession>(new TlsSession(std::move(impl)));
}

TlsSession::TlsSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TlsSession::~TlsSession() = default;

// What an SSL_* call's result means for the caller; a failure's reason goes into error_.
TlsSession::Step TlsSession::classify(int result) {
    SSL* ssl = impl_->ssl.get();
    int kind = SSL_get_error(ssl, result);
    int savedErrno = errno;
    switch (kind) {
    case SSL_ERROR_NONE:
        return Step::Done;
    case SSL_ERROR_WANT_READ:
        return Step::WantRead;
    case SSL_ERROR_WANT_WRITE:
        return Step::WantWrite;
    case SSL_ERROR_ZERO_RETURN:
        return Step::Closed;
    default:
        break;
    }
    long verified = SSL_get_verify_result(ssl);
    if (!handshakeDone_ && impl_->verify == TlsVerify::Required && verified != X509_V_OK) {
        ERR_clear_error();
        error_ = {tls_code::kVerifyFailed,
                  std::string("certificate verify failed (") + X509_verify_cert_error_string(verified) + ")"};
        return Step::Failed;
    }
    unsigned long first = 0;
    if (kind == SSL_ERROR_SYSCALL && ERR_peek_error() == 0) {
        ERR_clear_error();
        if (savedErrno != 0 && result < 0) {
            error_ = {savedErrno, std::strerror(savedErrno)};   // a socket error: OSError(errno)
            return Step::Failed;
        }
        if (handshakeDone_) return Step::Closed;
        error_ = {tls_code::kPeerClosed, "the peer closed the connection during the TLS handshake"};
        return Step::Failed;
    }
    std::string reason = takeOpenSslReason(&first);
    if (ERR_GET_REASON(first) == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
        if (handshakeDone_) return Step::Closed;   // a peer that just closed, as a plain socket sees it
        error_ = {tls_code::kPeerClosed, "the peer closed the connection during the TLS handshake"};
        return Step::Failed;
    }
    bool alert = reason.find("alert") != std::string::npos;
    error_ = {alert ? tls_code::kPeerAlert : tls_code::kProtocol,
              (handshakeDone_ ? "TLS error: " : "TLS handshake failed: ") + reason};
    return Step::Failed;
}

TlsSession::Step TlsSession::handshake() {
    if (handshakeDone_) return Step::Done;
    ERR_clear_error();
    errno = 0;
    Step step = classify(SSL_do_handshake(impl_->ssl.get()));
    if (step == Step::Done) handshakeDone_ = true;
    if (step == Step::Closed) {
        error_ = {tls_code::kPeerClosed, "the peer closed the connection during the TLS handshake"};
        return Step::Failed;
    }
    return step;
}

TlsSession::Step TlsSession::read(uint8_t* out, size_t size, size_t& got) {
    got = 0;
    ERR_clear_error();
    errno = 0;
    int result = SSL_read(impl_->ssl.get(), out, int(std::min<size_t>(size, INT_MAX)));
    if (result > 0) {
        got = size_t(result);
        return Step::Done;
    }
    return classify(result);
}

// One SSL_write: with partial writes on, up to one record of `data`, or a record OpenSSL holds
// from an earlier call that wanted the fd (then `data` must start with the same bytes).
TlsSession::Step TlsSession::writeSome(const uint8_t* data, size_t size, size_t& written) {
    ERR_clear_error();
    errno = 0;
    written = 0;
    if (SSL_write_ex(impl_->ssl.get(), data, size, &written) == 1) return Step::Done;
    Step step = classify(0);
    if (step == Step::Closed) {
        error_ = {EPIPE, std::strerror(EPIPE)};
        return Step::Failed;
    }
    return step;
}

TlsSession::Step TlsSession::flush() {
    while (!unsent_.empty()) {
        size_t written = 0;
        Step step = writeSome(reinterpret_cast<const uint8_t*>(unsent_.data()), unsent_.size(), written);
        if (step != Step::Done) return step;
        unsent_.erase(0, written);
    }
    return Step::Done;
}

TlsSession::Step TlsSession::write(const uint8_t* data, size_t size) {
    Step step = flush();
    if (step != Step::Done) return step;
    for (size_t offset = 0; offset < size;) {
        size_t written = 0;
        step = writeSome(data + offset, size - offset, written);
        if (step == Step::Failed) return step;
        if (step != Step::Done) {
            // OpenSSL holds a record made from data[offset...]: the retry starts from our copy.
            unsent_.assign(reinterpret_cast<const char*>(data) + offset, size - offset);
            return Step::Done;
        }
        offset += written;
    }
    return Step::Done;
}

size_t TlsSession::pending() const { return size_t(SSL_pending(impl_->ssl.get())); }

void TlsSession::shutdown() {
    if (handshakeDone_) SSL_shutdown(impl_->ssl.get());
    ERR_clear_error();
}

std::string TlsSession::describe() const {
    SSL* ssl = impl_->ssl.get();
    return std::string(SSL_get_version(ssl)) + " " + SSL_CIPHER_get_name(SSL_get_current_cipher(ssl));
}

}  // namespace pyfw::net
