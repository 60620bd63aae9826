// What ussl reads from outside: the PEM files a user puts in /flash/cert (CA certificates, our
// certificate chain, our key) and the bytes a TLS peer sends during the handshake and after it.
// Input: the first byte picks the verify mode and side; the rest is split at "\n--8<--\n" into the
// CA, certificate and key texts, and what follows the third cut is the peer's bytes. Each must be
// loaded or refused with a reason, and a session over them must end Done, Want*, Closed or Failed.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "net/tls_session.h"

using namespace pyfw;

namespace {

std::vector<std::string> split(std::string_view text, std::string_view cut, size_t parts) {
    std::vector<std::string> out;
    while (out.size() + 1 < parts) {
        size_t at = text.find(cut);
        if (at == std::string_view::npos) break;
        out.emplace_back(text.substr(0, at));
        text.remove_prefix(at + cut.size());
    }
    out.emplace_back(text);
    out.resize(parts);
    return out;
}

void runSession(net::TlsContext& context, const std::string& peerBytes) {
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) != 0) return;
    auto session = context.open(fds[0]);
    if (session) {
        size_t offered = 0;
        for (int round = 0; round < 64; ++round) {
            if (offered < peerBytes.size()) {
                ssize_t sent = ::send(fds[1], peerBytes.data() + offered, peerBytes.size() - offered, MSG_NOSIGNAL);
                if (sent > 0) offered += size_t(sent);
                if (offered == peerBytes.size()) ::shutdown(fds[1], SHUT_WR);
            }
            char drain[4096];
            while (::recv(fds[1], drain, sizeof drain, 0) > 0) {
            }
            using Step = net::TlsSession::Step;
            Step step = (*session)->handshakeDone() ? Step::Done : (*session)->handshake();
            if (step == Step::Done) {
                uint8_t out[512];
                size_t got = 0;
                step = (*session)->read(out, sizeof out, got);
                (*session)->pending();
            }
            if (step == Step::Failed) {
                if ((*session)->error().reason.empty()) __builtin_trap();   // a failure always says why
                break;
            }
            if (step == Step::Closed) break;
        }
        (*session)->shutdown();
    }
    ::close(fds[0]);
    ::close(fds[1]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto parts = split(text, "\n--8<--\n", 4);
    net::TlsOptions options;
    options.serverSide = data[0] & 1;
    options.verify = static_cast<net::TlsVerify>((data[0] >> 1) % 3);
    options.caPem = parts[0];
    options.certPem = parts[1];
    options.keyPem = parts[2];
    options.serverHostname = (data[0] & 8) ? "localhost" : "";
    auto context = net::TlsContext::create(options);
    if (!context) {
        if (context.error().reason.empty()) __builtin_trap();
        // Without the files the session still meets the peer's bytes.
        options.caPem = options.certPem = options.keyPem = "";
        options.serverSide = false;
        context = net::TlsContext::create(options);
        if (!context) __builtin_trap();
    }
    runSession(**context, parts[3]);
    return 0;
}
