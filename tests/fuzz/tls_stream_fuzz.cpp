// A TLS session's byte stream when the peer reads as it likes: net::TlsSession (the board's side,
// a client) writes, flushes and reads over a non-blocking socketpair with small buffers, against an
// OpenSSL server in the same process that reads and writes when the input says so. The input is a
// script, one step per byte (and the bytes after it for sizes). Whatever the order:
// - a write either takes all its bytes (Done) or none (WantRead/WantWrite), so the next write may
//   bring other bytes from another buffer, as a script retrying after EAGAIN does;
// - every byte taken reaches the peer once, in order, and every byte the peer sends arrives so.
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "net/tls_session.h"

using namespace pyfw;
using Step = net::TlsSession::Step;

namespace {

// The peer's certificate: a P-256 key and a self-signed certificate, made once.
SSL_CTX* serverContext() {
    static SSL_CTX* ctx = [] {
        EVP_PKEY* key = EVP_EC_gen("P-256");
        X509* cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert), 86400L * 365);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("peer"), -1, -1, 0);
        X509_set_issuer_name(cert, X509_get_subject_name(cert));
        X509_set_pubkey(cert, key);
        X509_sign(cert, key, EVP_sha256());
        SSL_CTX* c = SSL_CTX_new(TLS_server_method());
        SSL_CTX_use_certificate(c, cert);
        SSL_CTX_use_PrivateKey(c, key);
        SSL_CTX_set_mode(c, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        X509_free(cert);
        EVP_PKEY_free(key);
        return c;
    }();
    return ctx;
}

// The byte at stream position `at` of a direction: a pattern that shows a repeat or a gap.
uint8_t patternByte(uint64_t at, uint8_t salt) { return uint8_t((at * 131 + (at >> 8) * 7 + salt) & 0xFF); }

struct Script {
    const uint8_t* data;
    size_t size, at = 0;
    bool done() const { return at >= size; }
    uint8_t byte() { return at < size ? data[at++] : 0; }
    size_t amount() {   // 0 .. 16383
        size_t high = byte();
        return high << 6 | byte() >> 2;
    }
};

struct Stream {
    uint64_t sent = 0, received = 0;   // bytes taken by the sender, bytes checked at the receiver
};

void check(bool ok) {
    if (!ok) __builtin_trap();
}

// The receiver's bytes must continue the sender's pattern exactly.
void receive(Stream& stream, const uint8_t* bytes, size_t size, uint8_t salt) {
    for (size_t i = 0; i < size; ++i) check(bytes[i] == patternByte(stream.received + i, salt));
    stream.received += size;
    check(stream.received <= stream.sent);
}

struct Pair {
    int fds[2] = {-1, -1};
    std::unique_ptr<net::TlsSession> board;
    SSL* peer = nullptr;
    Stream up, down;   // board → peer, peer → board
    std::string peerUnsent;   // the peer's own retry copy (OpenSSL wants the same bytes again)

    ~Pair() {
        if (peer) SSL_free(peer);
        board.reset();
        for (int fd : fds)
            if (fd >= 0) ::close(fd);
    }

    bool open(net::TlsContext& context) {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) != 0) return false;
        int small = 4096;   // the kernel's buffers fill after a few records
        for (int fd : fds) {
            setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        }
        auto session = context.open(fds[0]);
        if (!session) return false;
        board = std::move(*session);
        peer = SSL_new(serverContext());
        SSL_set_fd(peer, fds[1]);
        SSL_set_accept_state(peer);
        for (int round = 0; round < 100; ++round) {
            Step step = board->handshake();
            if (step == Step::Failed) return false;
            int accepted = SSL_do_handshake(peer);
            if (step == Step::Done && accepted == 1) return true;
        }
        return false;
    }

    void boardWrite(size_t size) {
        // A new buffer each time, as a script's retry makes a new bytes object.
        std::vector<uint8_t> bytes(size);
        for (size_t i = 0; i < size; ++i) bytes[i] = patternByte(up.sent + i, 1);
        size_t before = board->unsent();
        Step step = board->write(bytes.data(), bytes.size());
        check(step != Step::Failed && step != Step::Closed);
        if (step == Step::Done) up.sent += size;
        else check(board->unsent() == before);   // nothing taken
    }

    void peerRead(size_t size) {
        std::vector<uint8_t> out(size + 1);
        size_t got = 0;
        if (SSL_read_ex(peer, out.data(), out.size(), &got) == 1) receive(up, out.data(), got, 1);
    }

    void peerWrite(size_t size) {
        if (peerUnsent.empty()) {
            for (size_t i = 0; i < size; ++i) peerUnsent += char(patternByte(down.sent + i, 2));
            down.sent += size;
        }
        size_t written = 0;
        while (!peerUnsent.empty() && SSL_write_ex(peer, peerUnsent.data(), peerUnsent.size(), &written) == 1)
            peerUnsent.erase(0, written);
    }

    void boardRead(size_t size) {
        std::vector<uint8_t> out(size + 1);
        size_t got = 0;
        Step step = board->read(out.data(), out.size(), got);
        check(step != Step::Failed && step != Step::Closed);
        if (step == Step::Done) receive(down, out.data(), got, 2);
    }

    // Both sides read and send until everything has arrived.
    void drain() {
        for (int round = 0; round < 10000; ++round) {
            check(board->flush() != Step::Failed);
            peerWrite(0);
            peerRead(16384);
            boardRead(16384);
            if (board->unsent() == 0 && peerUnsent.empty() && up.received == up.sent && down.received == down.sent) return;
        }
        check(false);   // a byte taken never arrived
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static std::shared_ptr<net::TlsContext> context = [] {
        net::TlsOptions options;
        auto made = net::TlsContext::create(options);
        check(made.ok());
        return *made;
    }();
    Pair pair;
    if (!pair.open(*context)) return 0;
    Script script{data, size};
    while (!script.done()) {
        switch (script.byte() % 6) {
        case 0: pair.boardWrite(script.amount() + 1); break;
        case 1: check(pair.board->flush() != Step::Failed); break;
        case 2: pair.peerRead(script.amount()); break;
        case 3: pair.peerWrite(script.amount() + 1); break;
        case 4: pair.boardRead(script.amount()); break;
        case 5: pair.boardWrite(size_t(script.byte()) * 997 + 1); break;   // up to 254 KB
        }
    }
    pair.drain();
    return 0;
}
