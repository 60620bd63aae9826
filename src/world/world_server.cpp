#include "world/world_server.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "lorawan/time_on_air.h"

namespace pyfw::world {

using namespace formats;

namespace {
int64_t monotonicUs() {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

RadioSettings settingsOf(const RadioParams& p) {
    return {p.frequencyHz, p.spreadingFactor, p.bandwidthKhz, p.invertedIq, p.publicSync};
}

int64_t timeOnAir(const RadioParams& p, size_t bytes) {
    lorawan::Modulation m;
    m.spreadingFactor = p.spreadingFactor;
    m.bandwidthKhz = p.bandwidthKhz;
    m.codingRate = p.codingRate;
    m.preambleSymbols = p.preambleSymbols;
    m.crc = p.crc;
    return lorawan::timeOnAirUs(m, uint32_t(bytes));
}
}  // namespace

// A board's radio as a station of the world.
struct WorldServer::Board : Station {
    WorldServer& server;
    int fd;
    std::string name = "?";
    uint32_t station = 0;
    bool greeted = false;
    bool closed = false;
    RadioLinkReader reader;
    int64_t acceptedUs = monotonicUs();
    bool running = false;                    // virtual time: it has the time and has not waited yet
    int64_t idleUntil = INT64_MAX;
    int64_t clockUs = 0;                     // the board's clock as its messages last said
    std::deque<RadioLinkMessage> events;     // one is sent per wait

    Board(WorldServer& s, int f) : server(s), fd(f) {}

    void send(const RadioLinkMessage& m) {
        if (closed) return;
        const base::Bytes bytes = encodeRadioLink(m);
        size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                closed = true;
                return;
            }
            sent += size_t(n);
        }
    }
    void deliver(RadioLinkMessage event) {
        if (closed) return;
        ++server.stats_.eventsSent;
        if (server.config_.time == RadioLinkTime::Virtual) {
            if (running) {
                events.push_back(std::move(event));
                return;
            }
            running = true;
        }
        send(event);
    }
    void onTxDone(int64_t t) override { deliver(LinkTxDone{t}); }
    // The board's clock stated in a message: it never goes back.
    bool advanceClock(int64_t atUs) {
        if (atUs < clockUs) return false;
        clockUs = atUs;
        return true;
    }
    void onRxDone(const AirFrame& f, int16_t rssi, int8_t snr, int64_t t) override {
        deliver(LinkRxDone{t, rssi, int16_t(snr * 4), base::Bytes(f.frame.view().begin(), f.frame.view().end())});
    }
    void onRxTimeout(int64_t t) override { deliver(LinkRxTimeout{t}); }
    void onWake(int64_t) override {}
};

base::Result<std::unique_ptr<WorldServer>> WorldServer::listen(World& world, const WorldServerConfig& config) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string path = config.socket.string();
    if (path.empty() || path.size() >= sizeof address.sun_path)
        return base::fail(path + ": a socket path must have 1 to " + std::to_string(sizeof address.sun_path - 1) + " bytes");
    std::memcpy(address.sun_path, path.c_str(), path.size());
    std::error_code ignored;
    if (std::filesystem::is_socket(config.socket, ignored)) std::filesystem::remove(config.socket, ignored);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return base::fail(std::string("cannot open a socket: ") + std::strerror(errno));
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return base::fail(path + ": cannot listen: " + why);
    }
    return std::unique_ptr<WorldServer>(new WorldServer(world, config, fd));
}

WorldServer::WorldServer(World& world, const WorldServerConfig& config, int listenFd)
    : world_(world), config_(config), listenFd_(listenFd) {}

WorldServer::~WorldServer() {
    for (auto& board : boards_)
        if (!board->closed) ::close(board->fd), board->closed = true;
    ::close(listenFd_);
    std::error_code ignored;
    std::filesystem::remove(config_.socket, ignored);
}

void WorldServer::accept() {
    const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) return;
    size_t live = 0;
    for (const auto& b : boards_) live += !b->closed;
    // Each board keeps its station for the rest of the run, so the number ever accepted is bounded.
    if (live >= config_.maxBoards || boards_.size() >= 16 * config_.maxBoards) {
        ++stats_.boardsRefused;
        Board refused(*this, fd);
        refused.send(LinkError{"the world has no room for another board"});
        ::close(fd);
        return;
    }
    boards_.push_back(std::make_unique<Board>(*this, fd));
}

void WorldServer::drop(Board& board, const std::string& why) {
    if (board.closed) return;
    ++stats_.boardsRefused;
    note("board " + board.name + " dropped: " + why);
    board.send(LinkError{why});
    ::close(board.fd);
    board.closed = true;
}

void WorldServer::read(Board& board) {
    uint8_t buffer[4096];
    const ssize_t n = ::recv(board.fd, buffer, sizeof buffer, 0);
    if (n < 0 && errno == EINTR) return;
    if (n <= 0) {
        if (!board.closed) note("board " + board.name + " left");
        ::close(board.fd);
        board.closed = true;
        return;
    }
    board.reader.feed({buffer, size_t(n)});
    while (!board.closed) {
        auto message = board.reader.next();
        if (!message) break;
        if (!message->ok()) return drop(board, message->error().message);
        handle(board, std::move(message->value()));
    }
}

void WorldServer::handle(Board& board, RadioLinkMessage message) {
    const bool virtualTime = config_.time == RadioLinkTime::Virtual;
    if (auto* hello = std::get_if<LinkHello>(&message)) {
        if (board.greeted) return drop(board, "a second hello");
        if (hello->version != kRadioLinkVersion)
            return drop(board, "radio link version " + std::to_string(hello->version) + " is not " +
                                   std::to_string(kRadioLinkVersion));
        board.name = hello->name;
        board.greeted = true;
        everConnected_ = true;
        ++stats_.boardsConnected;
        if (!virtualTime) world_.runUntil(monotonicUs() - realStartUs_);
        board.station = world_.addStation(board, Position{hello->x, hello->y});
        board.running = virtualTime;
        board.clockUs = world_.nowUs();
        board.send(LinkWelcome{kRadioLinkVersion, config_.time, world_.nowUs(), board.station});
        note("board " + board.name + " joined as station " + std::to_string(board.station));
        return;
    }
    if (!board.greeted) return drop(board, "a message before the hello");
    if (std::holds_alternative<LinkBye>(message)) {
        note("board " + board.name + " left");
        ::close(board.fd);
        board.closed = true;
        return;
    }
    if (auto* idle = std::get_if<LinkIdle>(&message)) {
        if (!virtualTime) return;  // real time passes by itself
        if (!board.running) return drop(board, "a wait while already waiting");
        if (!board.advanceClock(idle->atUs)) return drop(board, "a time before the board's last");
        board.running = false;
        board.idleUntil = std::max(idle->untilUs, idle->atUs);
        if (!board.events.empty()) {
            board.running = true;
            board.send(board.events.front());
            board.events.pop_front();
        }
        return;
    }
    int64_t atUs;
    if (auto* t = std::get_if<LinkTransmit>(&message)) atUs = t->atUs;
    else if (auto* r = std::get_if<LinkReceive>(&message)) atUs = r->atUs;
    else if (auto* sb = std::get_if<LinkStandby>(&message)) atUs = sb->atUs;
    else return drop(board, "a message only the world sends");
    ++stats_.commands;
    if (!virtualTime) {
        world_.runUntil(monotonicUs() - realStartUs_);
        apply(board, message);
        return;
    }
    if (!board.running) return drop(board, "a radio call while waiting");
    if (!board.advanceClock(atUs)) return drop(board, "a time before the board's last");
    held_.push_back({atUs, board.station, heldSequence_++, &board, std::move(message)});
}

namespace {
constexpr int64_t kLateCallUs = 200000;
}

void WorldServer::apply(Board& board, const RadioLinkMessage& command) {
    if (board.closed) return;
    if (auto* tx = std::get_if<LinkTransmit>(&command)) {
        world_.transmit(board.station, settingsOf(tx->params), tx->powerDbm, tx->payload,
                        timeOnAir(tx->params, tx->payload.size()));
    } else if (auto* rx = std::get_if<LinkReceive>(&command)) {
        // On real time a window's call may reach the world a little after the time the board
        // opened it (the host ran the board's timer or this process late); the board's radio opened
        // on time, so the window starts where the board said, up to kLateCallUs back. A frame that
        // started since is still caught.
        const bool late = config_.time == RadioLinkTime::Real && rx->openUs > 0;
        const int64_t earliest = world_.nowUs() - (late ? kLateCallUs : 0);
        world_.receive(board.station, settingsOf(rx->params), std::max(rx->openUs, earliest), rx->windowUs);
    } else if (std::holds_alternative<LinkStandby>(command)) {
        world_.standby(board.station);
    }
}

// The radio calls due at the world's time, board by board in station order (each board's in the
// order it made them): the outcome does not depend on which process the host happened to run first.
bool WorldServer::applyDue() {
    std::vector<HeldCall> due;
    for (auto it = held_.begin(); it != held_.end();) {
        if (it->atUs <= world_.nowUs()) {
            due.push_back(std::move(*it));
            it = held_.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(due.begin(), due.end(), [](const HeldCall& a, const HeldCall& b) {
        return a.station != b.station ? a.station < b.station : a.sequence < b.sequence;
    });
    for (const HeldCall& call : due) apply(*call.board, call.message);
    return !due.empty();
}

void WorldServer::removeClosed() {
    for (auto& b : boards_) {
        if (!b->closed || !b->greeted || b->idleUntil == INT64_MIN) continue;
        world_.standby(b->station);  // a board that left hears nothing more
        b->running = false;
        std::erase_if(held_, [&](const HeldCall& call) { return call.board == b.get(); });
        b->idleUntil = INT64_MIN;    // marks it as put away
    }
}

bool WorldServer::anyRunning() const {
    for (const auto& b : boards_)
        if (!b->closed && (b->running || !b->greeted)) return true;
    return false;
}

bool WorldServer::waitForMessages(int timeoutMs) {
    std::vector<pollfd> fds{{listenFd_, POLLIN, 0}};
    std::vector<Board*> who{nullptr};
    for (auto& b : boards_)
        if (!b->closed) {
            fds.push_back({b->fd, POLLIN, 0});
            who.push_back(b.get());
        }
    const int ready = ::poll(fds.data(), fds.size(), timeoutMs);
    if (ready <= 0) return false;
    if (fds[0].revents & POLLIN) accept();
    for (size_t i = 1; i < fds.size(); ++i)
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) read(*who[i]);
    return true;
}

base::Status WorldServer::run(const std::atomic<bool>& stop) {
    realStartUs_ = monotonicUs() - world_.nowUs();
    return config_.time == RadioLinkTime::Virtual ? runVirtual(stop) : runReal(stop);
}

base::Status WorldServer::runVirtual(const std::atomic<bool>& stop) {
    auto greeted = [&] {
        size_t n = 0;
        for (const auto& b : boards_) n += b->greeted;
        return n;
    };
    while (greeted() < config_.waitForBoards) {
        if (stop) return base::okStatus();
        waitForMessages(100);
    }
    for (;;) {
        while (anyRunning()) {
            if (stop) return base::okStatus();
            waitForMessages(100);
            // A connection that never says hello must not hold time still.
            for (auto& b : boards_)
                if (!b->closed && !b->greeted && monotonicUs() - b->acceptedUs > 5'000'000) drop(*b, "no hello in 5 s");
        }
        removeClosed();
        if (stop) return base::okStatus();
        // Calls of this instant first: they may start frames whose events come at this instant too.
        if (applyDue()) continue;
        size_t live = 0;
        int64_t next = world_.nextEventUs();
        for (const HeldCall& call : held_) next = std::min(next, call.atUs);
        for (const auto& b : boards_)
            if (!b->closed && b->greeted) {
                ++live;
                next = std::min(next, std::max(b->idleUntil, world_.nowUs()));
            }
        if (config_.endUs == 0 && everConnected_ && live == 0) return base::okStatus();
        if (config_.endUs > 0 && next > config_.endUs) {
            world_.runUntil(config_.endUs);
            return base::okStatus();
        }
        if (next == INT64_MAX) {
            // Every board waits for a radio event and nothing is on its way: only a new board
            // (or a board leaving) can change that.
            waitForMessages(100);
            continue;
        }
        world_.runUntil(next);
        if (anyRunning()) continue;  // an event woke a board: it runs before anything else moves
        if (applyDue()) continue;
        for (auto& b : boards_)
            if (!b->closed && b->greeted && !b->running && b->idleUntil <= next) {
                b->running = true;
                b->idleUntil = INT64_MAX;
                b->clockUs = std::max(b->clockUs, next);
                ++stats_.grants;
                b->send(LinkGrant{next});
            }
    }
}

base::Status WorldServer::runReal(const std::atomic<bool>& stop) {
    int64_t lastPoll = 0;
    for (;;) {
        if (stop) return base::okStatus();
        const int64_t now = monotonicUs() - realStartUs_;
        if (config_.endUs > 0 && now >= config_.endUs) {
            world_.runUntil(config_.endUs);
            return base::okStatus();
        }
        world_.runUntil(now);
        removeClosed();
        size_t live = 0;
        for (const auto& b : boards_) live += !b->closed && b->greeted;
        if (config_.endUs == 0 && everConnected_ && live == 0) return base::okStatus();
        if (now - lastPoll > 50000) {
            world_.pollServer();  // class C downlinks a server sends on its own
            lastPoll = now;
        }
        const int64_t next = world_.nextEventUs();
        const int64_t waitUs = std::clamp<int64_t>(next == INT64_MAX ? 50000 : next - now, 0, 50000);
        waitForMessages(int((waitUs + 999) / 1000));
    }
}

}  // namespace pyfw::world
