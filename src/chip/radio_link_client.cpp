#include "chip/radio_link_client.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace pyfw::chip {

using namespace formats;

namespace {
int64_t monotonicUs() {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
}  // namespace

base::Result<RadioLinkClient> RadioLinkClient::connect(const std::filesystem::path& socket, const std::string& name,
                                                       double x, double y, int timeoutMs) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socket.native().size() >= sizeof address.sun_path)
        return base::fail(socket.string() + ": the socket path is longer than " +
                          std::to_string(sizeof address.sun_path - 1) + " bytes");
    std::memcpy(address.sun_path, socket.c_str(), socket.native().size());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return base::fail(std::string("cannot open a socket: ") + std::strerror(errno));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return base::fail(socket.string() + ": cannot reach the world: " + why + " (is `pyfw world serve` running?)");
    }
    RadioLinkClient client(fd, RadioLinkTime::Virtual, 0, 0);
    PYFW_TRY(client.send(LinkHello{kRadioLinkVersion, name, x, y}));
    PYFW_ASSIGN(std::optional<RadioLinkMessage> answer, client.readMessage(timeoutMs));
    if (!answer) return base::fail(socket.string() + ": the world did not answer");
    if (auto* error = std::get_if<LinkError>(&*answer)) return base::fail(socket.string() + ": " + error->message);
    auto* welcome = std::get_if<LinkWelcome>(&*answer);
    if (!welcome) return base::fail(socket.string() + ": the world answered with something else than a welcome");
    if (welcome->version != kRadioLinkVersion)
        return base::fail(socket.string() + ": the world speaks radio link version " + std::to_string(welcome->version));
    client.time_ = welcome->time;
    client.station_ = welcome->station;
    client.nowUs_ = welcome->nowUs;
    client.realOffsetUs_ = monotonicUs() - welcome->nowUs;
    return client;
}

RadioLinkClient::RadioLinkClient(int fd, RadioLinkTime time, uint32_t station, int64_t worldNowUs)
    : fd_(fd), time_(time), station_(station), nowUs_(worldNowUs) {}

RadioLinkClient::RadioLinkClient(RadioLinkClient&& other) noexcept
    : fd_(other.fd_), time_(other.time_), station_(other.station_), nowUs_(other.nowUs_),
      realOffsetUs_(other.realOffsetUs_), reader_(std::move(other.reader_)) {
    other.fd_ = -1;
}

RadioLinkClient::~RadioLinkClient() { close(); }

void RadioLinkClient::close() {
    if (fd_ < 0) return;
    (void)send(LinkBye{});
    ::close(fd_);
    fd_ = -1;
}

int64_t RadioLinkClient::nowUs() const { return virtualTime() ? nowUs_ : monotonicUs() - realOffsetUs_; }

base::Status RadioLinkClient::send(const RadioLinkMessage& message) {
    if (fd_ < 0) return base::fail("the radio link is closed");
    const base::Bytes bytes = encodeRadioLink(message);
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return base::fail(std::string("the world closed the radio link: ") + std::strerror(errno));
        sent += size_t(n);
    }
    return base::okStatus();
}

base::Result<std::optional<RadioLinkMessage>> RadioLinkClient::readMessage(int timeoutMs) {
    const int64_t deadline = timeoutMs < 0 ? INT64_MAX : monotonicUs() + int64_t(timeoutMs) * 1000;
    for (;;) {
        if (auto message = reader_.next()) {
            if (!message->ok()) return message->error();
            return std::optional<RadioLinkMessage>(std::move(message->value()));
        }
        if (fd_ < 0) return base::fail("the radio link is closed");
        const int64_t left = deadline == INT64_MAX ? -1 : std::max<int64_t>(0, (deadline - monotonicUs() + 999) / 1000);
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, left > INT32_MAX ? INT32_MAX : int(left));
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) return std::optional<RadioLinkMessage>{};
        uint8_t buffer[2048];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return base::fail("the world closed the radio link");
        reader_.feed({buffer, size_t(n)});
    }
}

std::optional<RadioEvent> RadioLinkClient::eventOf(const RadioLinkMessage& m) {
    RadioEvent e;
    if (auto* d = std::get_if<LinkTxDone>(&m)) {
        e.kind = RadioEvent::Kind::TxDone;
        e.timeUs = d->timeUs;
    } else if (auto* r = std::get_if<LinkRxDone>(&m)) {
        e.kind = RadioEvent::Kind::RxDone;
        e.timeUs = r->timeUs;
        e.rssiDbm = r->rssiDbm;
        e.snrDb = r->snrQuarterDb / 4.0;
        e.payload = r->payload;
    } else if (auto* t = std::get_if<LinkRxTimeout>(&m)) {
        e.kind = RadioEvent::Kind::RxTimeout;
        e.timeUs = t->timeUs;
    } else if (auto* g = std::get_if<LinkGrant>(&m)) {
        e.kind = RadioEvent::Kind::Granted;
        e.timeUs = g->timeUs;
    } else {
        return std::nullopt;
    }
    return e;
}

int64_t RadioLinkClient::callTime(int64_t atUs) {
    if (atUs >= 0) nowUs_ = std::max(nowUs_, atUs);
    return nowUs_;
}

base::Status RadioLinkClient::transmit(const RadioParams& params, int8_t powerDbm, base::ByteView payload, int64_t atUs) {
    if (payload.size() > kRadioLinkMaxPayload) return base::fail("a radio frame holds at most 255 bytes");
    return send(LinkTransmit{callTime(atUs), params, powerDbm, base::Bytes(payload.begin(), payload.end())});
}

base::Status RadioLinkClient::receive(const RadioParams& params, uint32_t windowUs, int64_t openUs, int64_t atUs) {
    return send(LinkReceive{callTime(atUs), params, std::max<int64_t>(openUs, 0), windowUs});
}

base::Status RadioLinkClient::standby(int64_t atUs) { return send(LinkStandby{callTime(atUs)}); }

base::Result<RadioEvent> RadioLinkClient::waitUntil(int64_t untilUs, int64_t atUs) {
    if (virtualTime()) {
        const int64_t now = callTime(atUs);
        PYFW_TRY(send(LinkIdle{now, std::max(untilUs, now)}));
    }
    for (;;) {
        int timeoutMs = -1;
        if (!virtualTime() && untilUs != kRadioLinkForever) {
            const int64_t left = untilUs - nowUs();
            if (left <= 0) return RadioEvent{RadioEvent::Kind::Granted, nowUs(), 0, 0, {}};
            timeoutMs = int(std::min<int64_t>((left + 999) / 1000, INT32_MAX));
        }
        PYFW_ASSIGN(std::optional<RadioLinkMessage> message, readMessage(timeoutMs));
        if (!message) continue;  // real time: loop to return Granted once the time has passed
        if (auto* error = std::get_if<LinkError>(&*message)) return base::fail("the world: " + error->message);
        if (auto event = eventOf(*message)) {
            if (virtualTime()) nowUs_ = std::max(nowUs_, event->timeUs);
            return *event;
        }
    }
}

}  // namespace pyfw::chip
