// Boards in the world: clients of the radio link (chip/radio_link_client.h) act as the boards'
// radios, each on its own thread as it would be in its own process, and meet simulated devices,
// a gateway and the network server in one world. On virtual time the run is the same every time,
// whatever order the host runs the threads in.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cstring>

#include "chip/radio_link_client.h"
#include "lorawan/time_on_air.h"
#include "world/simulation.h"
#include "world/world_server.h"

using namespace pyfw;
using namespace pyfw::world;
using formats::RadioParams;

namespace {

std::filesystem::path socketPath(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("pyfw-" + std::to_string(::getpid()) + "-" + name + ".sock");
}

RadioParams raw(uint32_t hz = 869000000, uint8_t sf = 9) {
    RadioParams p;
    p.frequencyHz = hz;
    p.spreadingFactor = sf;
    p.publicSync = false;  // raw LoRa between boards: a private sync word, no gateway hears it
    return p;
}

// A world (of `devices` simulated devices) serving boards on its own thread.
struct WorldUnderTest {
    Simulation sim;
    std::unique_ptr<WorldServer> server;
    std::atomic<bool> stop{false};
    std::thread thread;
    base::Status result = base::okStatus();

    WorldUnderTest(const SimulationConfig& config, const std::string& name, size_t boards, int64_t endUs = 0,
                   formats::RadioLinkTime time = formats::RadioLinkTime::Virtual,
                   const std::function<void(Simulation&)>& setup = {})
        : sim(config) {
        if (setup) setup(sim);
        WorldServerConfig c;
        c.socket = socketPath(name);
        c.waitForBoards = boards;
        c.endUs = endUs;
        c.time = time;
        auto listening = WorldServer::listen(sim.world(), c);
        EXPECT_TRUE(listening.ok()) << listening.error().message;
        server = std::move(listening).value();
        sim.start();
        thread = std::thread([this] { result = server->run(stop); });
    }
    ~WorldUnderTest() {
        stop = true;
        thread.join();
    }
    void finish() {
        thread.join();
        thread = std::thread([] {});
    }
};

// A board's LoRaWAN stack on the radio link: the shape of what the board's SX127x model does.
struct LinkBoard : lorawan::Radio, lorawan::Clock {
    chip::RadioLinkClient link;
    int64_t now = 0;
    world::MemoryStorage storage;
    lorawan::Device device;
    std::vector<std::string> log;  // what happened when, to compare runs

    LinkBoard(chip::RadioLinkClient client, lorawan::DeviceConfig config)
        : link(std::move(client)), now(link.nowUs()), device(config, *this, *this, storage) {}

    int64_t nowUs() const override { return now; }
    void sleepUs(int64_t) override {}  // the board waits in waitUntil only
    void transmit(const lorawan::TxRequest& r) override {
        RadioParams p;
        p.frequencyHz = r.frequencyHz;
        p.spreadingFactor = r.rate.spreadingFactor;
        p.bandwidthKhz = r.rate.bandwidthKhz;
        EXPECT_TRUE(link.transmit(p, r.powerDbm, r.frame).ok());
        log.push_back("tx " + std::to_string(now));
    }
    void receive(const lorawan::RxRequest& r) override {
        RadioParams p;
        p.frequencyHz = r.frequencyHz;
        p.spreadingFactor = r.rate.spreadingFactor;
        p.bandwidthKhz = r.rate.bandwidthKhz;
        p.invertedIq = true;
        p.crc = false;
        EXPECT_TRUE(link.receive(p, r.windowUs, r.openUs).ok());
    }
    void standby() override { EXPECT_TRUE(link.standby().ok()); }

    // Runs the stack until endUs: the only waiting is in waitUntil.
    void runUntil(int64_t endUs, const std::function<void()>& app) {
        int64_t nextApp = now + 30 * lorawan::kSecondUs;
        while (now < endUs) {
            const int64_t until = std::min({device.wakeAt(), nextApp, endUs});
            auto event = link.waitUntil(until);
            ASSERT_TRUE(event.ok()) << event.error().message;
            now = event->timeUs;
            switch (event->kind) {
            case chip::RadioEvent::Kind::TxDone: device.onTxDone(now); break;
            case chip::RadioEvent::Kind::RxDone:
                log.push_back("rx " + std::to_string(now) + " " + base::toHex(event->payload));
                device.onRxDone(event->payload, event->rssiDbm, int8_t(event->snrDb), now);
                break;
            case chip::RadioEvent::Kind::RxTimeout: device.onRxTimeout(now); break;
            case chip::RadioEvent::Kind::Granted:
                if (now >= device.wakeAt()) device.onTimer(now);
                if (now >= nextApp) {
                    app();
                    nextApp = now + 60 * lorawan::kSecondUs;
                }
                break;
            }
        }
    }
};

SimulationConfig worldWith(size_t devices) {
    SimulationConfig c;
    c.devices = devices;
    c.periodUs = 300 * lorawan::kSecondUs;
    return c;
}

// One board joining through the world's gateway among simulated devices; returns its log.
std::vector<std::string> boardAmongDevices(const std::string& name, size_t simulated, uint32_t* uplinks = nullptr) {
    DeviceEntry mine;
    mine.name = "board";
    mine.devEui = 0x0011223344556677ull;
    mine.appEui = 0x70B3D57ED0000000ull;
    mine.appKey.fill(0x5A);
    WorldUnderTest w(worldWith(simulated), name, 1, 20 * 60 * lorawan::kSecondUs, formats::RadioLinkTime::Virtual,
                     [&](Simulation& sim) { sim.server().addDevice(mine); });
    auto client = chip::RadioLinkClient::connect(socketPath(name), "lopy4", 50, 50);
    EXPECT_TRUE(client.ok()) << client.error().message;
    if (!client.ok()) return {};
    lorawan::DeviceConfig dc;
    dc.seed = 42;
    LinkBoard board(std::move(client).value(), dc);
    EXPECT_TRUE(board.device.joinOtaa(mine.devEui, mine.appEui, mine.appKey).ok());
    uint8_t counter = 0;
    board.runUntil(15 * 60 * lorawan::kSecondUs, [&] {
        const uint8_t payload[] = {counter++};
        if (board.device.joined()) (void)board.device.send(2, payload);
    });
    board.link.close();
    w.finish();
    EXPECT_TRUE(board.device.joined());
    if (uplinks) *uplinks = w.sim.server().device(mine.devEui)->uplinks;
    EXPECT_EQ(w.sim.summary().joined, simulated);
    return board.log;
}

}  // namespace

TEST(WorldServer, TwoBoardsExchangeRawLoraFrames) {
    WorldUnderTest w(worldWith(0), "raw", 2);
    auto a = chip::RadioLinkClient::connect(socketPath("raw"), "a", 0, 0);
    auto b = chip::RadioLinkClient::connect(socketPath("raw"), "b", 200, 0);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a->virtualTime());
    std::thread receiver([&] {
        ASSERT_TRUE(b->receive(raw()).ok());
        auto event = b->waitUntil(formats::kRadioLinkForever);
        ASSERT_TRUE(event.ok()) << event.error().message;
        EXPECT_EQ(event->kind, chip::RadioEvent::Kind::RxDone);
        EXPECT_EQ(base::toString(event->payload), "ping");
        EXPECT_LT(event->rssiDbm, -80);
        // The answer on another frequency; board a listens there.
        ASSERT_TRUE(b->transmit(raw(869200000), 14, base::view(std::string("pong"))).ok());
        auto sent = b->waitUntil(formats::kRadioLinkForever);
        ASSERT_TRUE(sent.ok());
        EXPECT_EQ(sent->kind, chip::RadioEvent::Kind::TxDone);
        b->close();
    });
    // Board a waits 1 s, then sends; the frame takes its SF9 time on air.
    auto granted = a->waitUntil(1000000);
    ASSERT_TRUE(granted.ok());
    EXPECT_EQ(granted->kind, chip::RadioEvent::Kind::Granted);
    EXPECT_EQ(granted->timeUs, 1000000);
    ASSERT_TRUE(a->transmit(raw(), 14, base::view(std::string("ping"))).ok());
    auto done = a->waitUntil(formats::kRadioLinkForever);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->kind, chip::RadioEvent::Kind::TxDone);
    lorawan::Modulation m;
    m.spreadingFactor = 9;
    EXPECT_EQ(done->timeUs, 1000000 + lorawan::timeOnAirUs(m, 4));
    ASSERT_TRUE(a->receive(raw(869200000)).ok());
    auto pong = a->waitUntil(formats::kRadioLinkForever);
    ASSERT_TRUE(pong.ok());
    EXPECT_EQ(pong->kind, chip::RadioEvent::Kind::RxDone);
    EXPECT_EQ(base::toString(pong->payload), "pong");
    EXPECT_EQ(pong->timeUs, done->timeUs + lorawan::timeOnAirUs(m, 4));
    a->close();
    receiver.join();
    w.finish();
    EXPECT_TRUE(w.result.ok());
    EXPECT_EQ(w.server->stats().boardsConnected, 2u);
}

// A board whose clock ran ahead while it computed: its call takes effect at its own time.
TEST(WorldServer, ARadioCallTakesEffectAtTheBoardsOwnClock) {
    WorldUnderTest w(worldWith(0), "ahead", 2);
    auto a = chip::RadioLinkClient::connect(socketPath("ahead"), "a", 0, 0);
    auto b = chip::RadioLinkClient::connect(socketPath("ahead"), "b", 100, 0);
    ASSERT_TRUE(a.ok() && b.ok());
    std::thread listener([&] {
        ASSERT_TRUE(b->receive(raw()).ok());
        auto heard = b->waitUntil(formats::kRadioLinkForever);
        ASSERT_TRUE(heard.ok());
        lorawan::Modulation m;
        m.spreadingFactor = 9;
        EXPECT_EQ(heard->timeUs, 750000 + lorawan::timeOnAirUs(m, 2));
        b->close();
    });
    // Granted at 0, the board computes for 750 ms of its own clock, then sends.
    ASSERT_TRUE(a->transmit(raw(), 14, base::view(std::string("hi")), 750000).ok());
    auto done = a->waitUntil(formats::kRadioLinkForever);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->kind, chip::RadioEvent::Kind::TxDone);
    lorawan::Modulation sf9;
    sf9.spreadingFactor = 9;
    EXPECT_EQ(done->timeUs, 750000 + lorawan::timeOnAirUs(sf9, 2));
    a->close();
    listener.join();
    w.finish();
}

// A continuous receiver that opens as a frame starts catches it, and listens on for the next one
// (two SiPys in FSK mode: one answers, the other sends again at once).
TEST(WorldServer, AContinuousReceiverThatCaughtAFrameHearsTheNextOne) {
    WorldUnderTest w(worldWith(0), "catch", 2);
    auto a = chip::RadioLinkClient::connect(socketPath("catch"), "a", 0, 0);
    auto b = chip::RadioLinkClient::connect(socketPath("catch"), "b", 100, 0);
    ASSERT_TRUE(a.ok() && b.ok());
    RadioParams fsk = raw();
    fsk.spreadingFactor = 0xFF;
    fsk.bandwidthKhz = 0;
    std::thread listener([&] {
        ASSERT_TRUE(b->receive(fsk, 0, 0, 500000).ok());   // at the instant a's first frame starts
        for (const char* expected : {"one", "two"}) {
            auto heard = b->waitUntil(2000000);
            ASSERT_TRUE(heard.ok());
            EXPECT_EQ(heard->kind, chip::RadioEvent::Kind::RxDone) << expected;
            EXPECT_EQ(base::toString(heard->payload), expected);
        }
        b->close();
    });
    for (const char* frame : {"one", "two"}) {
        ASSERT_TRUE(a->transmit(fsk, 14, base::view(std::string(frame)), std::string(frame) == "one" ? 500000 : -1).ok());
        auto done = a->waitUntil(formats::kRadioLinkForever);
        ASSERT_TRUE(done.ok());
        EXPECT_EQ(done->kind, chip::RadioEvent::Kind::TxDone);
    }
    a->close();
    listener.join();
    w.finish();
}

TEST(WorldServer, ABoardJoinsThroughTheGatewayAmongSimulatedDevicesTheSameWayEveryTime) {
    uint32_t uplinks = 0;
    const std::vector<std::string> first = boardAmongDevices("lorawan1", 200, &uplinks);
    EXPECT_GE(uplinks, 10u);
    const std::vector<std::string> second = boardAmongDevices("lorawan2", 200);
    EXPECT_EQ(first, second);
    EXPECT_GT(first.size(), 15u);
}

TEST(WorldServer, ABoardThatBreaksTheProtocolIsDroppedAndTheWorldGoesOn) {
    WorldUnderTest w(worldWith(0), "rude", 1);
    auto good = chip::RadioLinkClient::connect(socketPath("rude"), "good");
    ASSERT_TRUE(good.ok());
    // Another process connects and sends bytes that are no radio link message.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strcpy(address.sun_path, socketPath("rude").c_str());
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    const uint8_t junk[] = {3, 0, 0x7F, 1, 2};
    ASSERT_EQ(::send(fd, junk, sizeof junk, 0), ssize_t(sizeof junk));
    // The world goes on for the good board.
    auto granted = good->waitUntil(2000000);
    ASSERT_TRUE(granted.ok()) << granted.error().message;
    EXPECT_EQ(granted->kind, chip::RadioEvent::Kind::Granted);
    EXPECT_EQ(granted->timeUs, 2000000);
    // The rude connection got an error message and was closed.
    uint8_t answer[256];
    const ssize_t n = ::recv(fd, answer, sizeof answer, 0);
    ASSERT_GT(n, 2);
    auto error = formats::decodeRadioLink(base::ByteView(answer, size_t(n)).subspan(2));
    ASSERT_TRUE(error.ok());
    EXPECT_NE(std::get<formats::LinkError>(*error).message.find("unknown message type"), std::string::npos);
    EXPECT_EQ(::recv(fd, answer, sizeof answer, 0), 0);
    ::close(fd);
    // A board that makes a radio call while it waits breaks the virtual time rules.
    EXPECT_TRUE(good->waitUntil(3000000).ok());
    good->close();
    w.finish();
    EXPECT_EQ(w.server->stats().boardsRefused, 1u);
}

TEST(WorldServer, RealTimeBoardsSeeTimePass) {
    WorldUnderTest w(worldWith(0), "real", 0, 0, formats::RadioLinkTime::Real);
    auto a = chip::RadioLinkClient::connect(socketPath("real"), "a");
    ASSERT_TRUE(a.ok());
    EXPECT_FALSE(a->virtualTime());
    const int64_t start = a->nowUs();
    ASSERT_TRUE(a->transmit(raw(869000000, 7), 14, base::view(std::string("hi"))).ok());
    auto done = a->waitUntil(start + 2000000);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->kind, chip::RadioEvent::Kind::TxDone);
    EXPECT_GE(a->nowUs() - start, 20000);  // an SF7 frame of 2 bytes is 26 ms on air
    a->close();
    w.finish();
}
