// ussl / ssl (Pycom's modussl.c) over OpenSSL:
//   wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
//               ssl_version=0, ca_certs=None, server_hostname=None, timeout=10)
// Certificates are PEM files on the board's file system. Where Pycom's firmware refused a missing
// name with "invalid arguments", the board takes the files of Pycom's documented place, /flash/cert:
// ca.pem for the CAs to trust (cert_reqs other than CERT_NONE), cert.pem and private.key for a
// server's own certificate. A certificate that does not verify, a host name it does not carry, a
// file that is missing or not PEM: OSError(number, reason), the number being mbedTLS's as Pycom
// raised it (ussl.SSL_TIMEOUT for a handshake that did not finish within `timeout` seconds).
#include <cerrno>
#include <cmath>
#include <string>

#include "port/modules/board_library.h"
#include "port/modules/ssl_socket.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kCertNone = 0, kCertOptional = 1, kCertRequired = 2;   // mbedTLS's verify modes
constexpr double kDefaultHandshakeSeconds = 10;                          // Pycom's default
constexpr size_t kMaxPemBytes = 512 * 1024;                             // larger than any /flash

struct DefaultFile {
    const char* argument;
    const char* path;
};
constexpr DefaultFile kCaFile{"ca_certs", "/flash/cert/ca.pem"};
constexpr DefaultFile kCertFile{"certfile", "/flash/cert/cert.pem"};
constexpr DefaultFile kKeyFile{"keyfile", "/flash/cert/private.key"};

[[noreturn]] void raiseFileError(int error, const std::string& path, const char* argument) {
    std::string reason = path + ": " + (error == ENOENT ? "no such file" : std::string("cannot read it (errno ") +
                                                                             std::to_string(error) + ")") +
                         " (" + argument + ")";
    raise(newException(&exc::OSError, newTuple({Value::smallInt(error), Value(newStr(reason))})));
}

// A whole PEM file of the board (/flash, /sd).
std::string readBoardFile(const std::string& path, const char* argument) {
    FileSystem* files = fileSystem();
    if (!files) raiseFileError(ENODEV, path, argument);
    int error = 0;
    OpenMode mode;
    mode.read = true;
    auto file = files->open(path, mode, error);
    if (!file) raiseFileError(error, path, argument);
    std::string text;
    uint8_t chunk[4096];
    while (true) {
        int64_t got = file->read(chunk, sizeof chunk);
        if (got < 0) raiseFileError(int(-got), path, argument);
        if (got == 0) break;
        text.append(reinterpret_cast<const char*>(chunk), size_t(got));
        if (text.size() > kMaxPemBytes) raiseValueError("%s: more than 512 KiB, not a certificate file", path.c_str());
    }
    return text;
}

// The path given, or the default one when the argument is None.
std::string pathOf(Value given, const DefaultFile& file) {
    if (!given || given == None()) return file.path;
    return std::string(requireStr(given, file.argument)->view());
}

int64_t handshakeLimitUs(Value given) {
    if (!given || given == None()) return int64_t(kDefaultHandshakeSeconds * 1e6);
    double seconds = 0;
    if (!toDouble(given, seconds) || std::isnan(seconds)) raiseTypeError("timeout must be a number of seconds");
    if (seconds <= 0) raiseValueError("timeout must be more than 0 seconds");
    return int64_t(std::min(seconds, 1e9) * 1e6);
}

Value wrapSocketFn(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[9];
    parseArgs("wrap_socket", args, nargs, kw,
              {"sock", "keyfile", "certfile", "server_side", "cert_reqs", "ssl_version", "ca_certs", "server_hostname",
               "timeout"},
              1, a);
    if (!isInstance(a[0], &socketType)) raiseTypeError("wrap_socket needs a usocket socket, not %s", typeName(a[0]));
    if (isInstance(a[0], &sslSocketType)) raiseValueError("the socket is an SSL socket already");
    SocketObject* plain = openSocket(a[0]);

    net::TlsOptions options;
    options.serverSide = a[3] && truthy(a[3]);
    int64_t certReqs = a[4] && a[4] != None() ? requireInt64(a[4], "cert_reqs") : kCertNone;
    if (certReqs < kCertNone || certReqs > kCertRequired)
        raiseValueError("cert_reqs must be CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED");
    options.verify = certReqs == kCertNone       ? net::TlsVerify::None
                     : certReqs == kCertOptional ? net::TlsVerify::Optional
                                                 : net::TlsVerify::Required;
    if (a[5] && a[5] != None() && requireInt64(a[5], "ssl_version") != 0)
        raiseNotImplemented("ussl ssl_version other than 0 (TLS 1.2 and 1.3 are negotiated)");
    if (a[7] && a[7] != None()) options.serverHostname = std::string(requireStr(a[7], "server_hostname")->view());
    int64_t handshakeUs = handshakeLimitUs(a[8]);

    if (options.verify != net::TlsVerify::None) {
        options.caName = pathOf(a[6], kCaFile);
        options.caPem = readBoardFile(options.caName, kCaFile.argument);
    }
    bool haveKey = a[1] && a[1] != None(), haveCert = a[2] && a[2] != None();
    if (haveKey != haveCert) raiseValueError("keyfile and certfile go together: give both or neither");
    if (haveCert || options.serverSide) {
        options.certName = pathOf(a[2], kCertFile);
        options.keyName = pathOf(a[1], kKeyFile);
        options.certPem = readBoardFile(options.certName, kCertFile.argument);
        options.keyPem = readBoardFile(options.keyName, kKeyFile.argument);
    }
    auto context = net::TlsContext::create(options);
    if (!context) raiseTlsError(context.error());
    return wrapSocket(plain, std::move(*context), handshakeUs);
}

const MethodDef functions[] = {
    {"wrap_socket", wrapSocketFn},
    {nullptr, nullptr},
};

}  // namespace

void initSslModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "SSLSocket", Value(&sslSocketType));
    moduleSet(module, "SSLError", Value(&exc::OSError));   // as Pycom's: OSError itself
    moduleSet(module, "CERT_NONE", Value::smallInt(kCertNone));
    moduleSet(module, "CERT_OPTIONAL", Value::smallInt(kCertOptional));
    moduleSet(module, "CERT_REQUIRED", Value::smallInt(kCertRequired));
    moduleSet(module, "SSL_TIMEOUT", Value::smallInt(net::tls_code::kTimeout));
}

}  // namespace pyfw::port
