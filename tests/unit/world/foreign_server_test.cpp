// The simulated gateway against servers that behave like the ones we did not write: they
// acknowledge PUSH_DATA first and answer after, and their PULL_RESPs look like those real servers
// send (extra fields, no FSK fields, ncrc or not, RX1 and RX2 join accepts, class C `imme`
// downlinks, tmst past the 32-bit wrap). The frames come from our server in process; only the
// transport and the txpk shapes are the foreign server's.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "base/base64.h"
#include "world/gateway_packets.h"
#include "world/simulation.h"

using namespace pyfw;
using namespace pyfw::world;

namespace {

enum class JoinWindow { Rx1, Rx2 };

// txpk bodies in the shapes real servers send, filled with this frame and time.
std::string chirpstackStyle(uint32_t tmst, double mhz, const std::string& datr, base::ByteView phy) {
    char text[512];
    std::snprintf(text, sizeof text,
                  R"({"txpk":{"imme":false,"rfch":0,"powe":14,"ant":0,"brd":0,"tmst":%u,"freq":%.3f,"modu":"LORA",)"
                  R"("datr":"%s","codr":"4/5","ipol":true,"size":%zu,"data":"%s"}})",
                  tmst, mhz, datr.c_str(), phy.size(), base::toBase64(phy).c_str());
    return text;
}

std::string ttnStyle(uint32_t tmst, double mhz, const std::string& datr, base::ByteView phy) {
    char text[512];
    std::snprintf(text, sizeof text,
                  R"({"txpk":{"imme":false,"tmst":%u,"freq":%g,"rfch":0,"powe":14,"modu":"LORA","datr":"%s",)"
                  R"("codr":"4/5","ipol":true,"size":%zu,"ncrc":true,"data":"%s"}})",
                  tmst, mhz, datr.c_str(), phy.size(), base::toBase64(phy).c_str());
    return text;
}

std::string classCStyle(base::ByteView phy) {
    return R"({"txpk":{"imme":true,"freq":869.525,"rfch":0,"powe":27,"modu":"LORA","datr":"SF12BW125",)"
           R"("codr":"4/5","ipol":true,"size":)" +
           std::to_string(phy.size()) + R"(,"data":")" + base::toBase64(phy) + "\"}}";
}

// A server on its own thread: PUSH_ACK first, then the PULL_RESP; joins in RX1 or RX2.
class ForeignServer {
public:
    ForeignServer(const Registry& registry, JoinWindow window) : window_(window) {
        for (const DeviceEntry& e : registry.devices) ns_.addDevice(e);
        auto socket = UdpSocket::bindLoopback(0);
        EXPECT_TRUE(socket.ok());
        socket_.emplace(std::move(socket).value());
        thread_ = std::thread([this] {
            while (!stop_) serveOne();
        });
    }
    ~ForeignServer() {
        stop_ = true;
        thread_.join();
    }
    uint16_t port() const { return socket_->port(); }
    // A class C downlink the application queues; it goes out with the next datagram.
    void queueClassC(Eui devEui, std::string payload) {
        std::lock_guard lock(mutex_);
        classC_.push_back({devEui, std::move(payload)});
    }
    std::vector<std::string> txAcks() {
        std::lock_guard lock(mutex_);
        return acks_;
    }
    uint64_t joins() {
        std::lock_guard lock(mutex_);
        return ns_.stats().joins;
    }

private:
    void serveOne() {
        auto d = socket_->receive(20);
        if (!d) return;
        auto packet = parseSemtechPacket(d->bytes);
        if (!packet.ok()) return;
        std::lock_guard lock(mutex_);
        if (packet->type == SemtechType::PullData) {
            gateway_ = d->from;
            (void)socket_->sendTo(d->from, encodeSemtechPacket({packet->token, SemtechType::PullAck, 0, {}}));
        } else if (packet->type == SemtechType::TxAck) {
            acks_.push_back(txAckError(packet->json).value_or("?"));
        } else if (packet->type == SemtechType::PushData) {
            (void)socket_->sendTo(d->from, encodeSemtechPacket({packet->token, SemtechType::PushAck, 0, {}}));
            sendClassC();
            auto rxpk = parseRxpkJson(packet->json);
            if (!rxpk.ok()) return;
            for (const RxPacket& rx : *rxpk) answer(rx, packet->gatewayEui);
        }
    }
    void answer(const RxPacket& rx, Eui gateway) {
        auto plan = ns_.onUplink(toUplinkMeta(rx, gateway), rx.data);
        if (!plan) return;
        const base::ByteView phy = plan->frame.view();
        const bool join = lorawan::mtypeOf(phy[0]) == lorawan::MType::JoinAccept;
        const std::string datr = "SF" + std::to_string(rx.spreadingFactor) + "BW" + std::to_string(rx.bandwidthKhz);
        std::string json;
        if (join && window_ == JoinWindow::Rx2)
            json = ttnStyle(uint32_t(rx.tmst + 6000000u), 869.525, "SF12BW125", phy);  // wraps like the counter
        else
            json = chirpstackStyle(uint32_t(rx.tmst + (join ? 5000000u : 1000000u)), rx.frequencyHz / 1e6, datr, phy);
        send(json);
    }
    void sendClassC() {
        for (const auto& [eui, payload] : classC_)
            if (auto plan = ns_.enqueue(eui, 3, base::view(payload), false)) send(classCStyle(plan->frame.view()));
        classC_.clear();
    }
    void send(const std::string& json) {
        if (gateway_) (void)socket_->sendTo(*gateway_, encodeSemtechPacket({++token_, SemtechType::PullResp, 0, json}));
    }

    NetworkServer ns_{NsConfig{}};
    JoinWindow window_;
    std::optional<UdpSocket> socket_;
    std::optional<UdpPeer> gateway_;
    uint16_t token_ = 0;
    std::mutex mutex_;
    std::vector<std::pair<Eui, std::string>> classC_;
    std::vector<std::string> acks_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

SimulationConfig network(size_t devices, lorawan::DeviceClass cls = lorawan::DeviceClass::A) {
    SimulationConfig c;
    c.devices = devices;
    c.deviceClass = cls;
    c.periodUs = 60 * lorawan::kSecondUs;
    c.startSpreadUs = 2 * lorawan::kSecondUs;
    c.confirmedEvery = 2;
    return c;
}

}  // namespace

TEST(ForeignServer, JoinAcceptsInRx1AcrossTheTmstWrap) {
    SimulationConfig c = network(3);
    c.confirmedEvery = 0;  // devices that joined together send together: their ACKs could clash
    Simulation sim(c);
    ForeignServer server(sim.registry(), JoinWindow::Rx1);
    // The gateway's counter is 2.5 s short of wrapping when the devices start: every first
    // accept's tmst (request + 5 s) is past 2^32 and comes back small.
    sim.world().setTmstOffset(0, uint32_t(0x100000000ull - 2500000));
    ASSERT_TRUE(sim.connectGateway(server.port()).ok());
    sim.start();
    sim.runUntil(30 * 60 * lorawan::kSecondUs);
    const SimulationSummary s = sim.summary();
    EXPECT_EQ(s.joined, 3u);
    EXPECT_EQ(server.joins(), 3u);
    EXPECT_GT(s.uplinksQueued, 80u);
    EXPECT_EQ(s.downlinksTooLate, 0u);
    for (const std::string& ack : server.txAcks()) EXPECT_EQ(ack, "NONE");
}

TEST(ForeignServer, JoinAcceptsInRx2) {
    Simulation sim(network(2));
    ForeignServer server(sim.registry(), JoinWindow::Rx2);
    ASSERT_TRUE(sim.connectGateway(server.port()).ok());
    sim.start();
    sim.runUntil(10 * 60 * lorawan::kSecondUs);
    EXPECT_EQ(sim.summary().joined, 2u);
    EXPECT_EQ(sim.summary().deviceDrops, 0u);
}

TEST(ForeignServer, ClassCDownlinksSentAtOnce) {
    SimulationConfig c = network(2, lorawan::DeviceClass::C);
    c.startSpreadUs = 30 * lorawan::kSecondUs;  // the devices' uplinks seconds apart
    c.seed = 3;
    Simulation sim(c);
    ForeignServer server(sim.registry(), JoinWindow::Rx1);
    ASSERT_TRUE(sim.connectGateway(server.port()).ok());
    int64_t lastUplinkOf1 = -1;
    sim.observe = [&](const FrameRecord& f) {
        if (f.deviceIndex == 1 && std::string(f.kind) == "uplink") lastUplinkOf1 = sim.nowUs();
    };
    sim.start();
    sim.runUntil(2 * 60 * lorawan::kSecondUs);
    ASSERT_EQ(sim.summary().joined, 2u);
    for (int i = 0; i < 5; ++i) {
        // Queued when device 1 is past its receive windows; it goes out as device 0's uplink
        // comes in. A class C frame lasts 1.2 s at SF12: sent while the device itself transmits
        // or opens a receive window, it would be lost, as on a real radio.
        const int64_t seen = lastUplinkOf1;
        while (lastUplinkOf1 == seen) sim.runUntil(sim.nowUs() + lorawan::kSecondUs);
        sim.runUntil(sim.nowUs() + 3 * lorawan::kSecondUs);
        server.queueClassC(sim.entry(1).devEui, "down" + std::to_string(i));
        sim.runUntil(sim.nowUs() + 40 * lorawan::kSecondUs);
    }
    int received = 0;
    while (auto d = sim.device(1).receive()) received += d->port == 3;
    EXPECT_EQ(received, 3);  // Pycom's receive queue holds three frames
    EXPECT_EQ(sim.device(1).stats().drops[size_t(lorawan::DropReason::Replay)], 0u);
    EXPECT_FALSE(sim.device(0).receive().has_value());
}

// A PULL_RESP in the past, one on a frequency outside the region and a malformed one: the
// gateway answers TOO_LATE and TX_FREQ, and drops the last without a TX_ACK.
TEST(ForeignServer, TheGatewayRefusesWhatItCannotSend) {
    SimulationConfig c = network(1);
    Simulation sim(c);
    auto socket = UdpSocket::bindLoopback(0);
    ASSERT_TRUE(socket.ok());
    std::atomic<bool> stop{false};
    std::vector<std::string> acks;
    std::thread server([&] {
        std::optional<UdpPeer> gateway;
        while (!stop) {
            auto d = socket->receive(20);
            if (!d) continue;
            auto p = parseSemtechPacket(d->bytes);
            if (!p.ok()) continue;
            if (p->type == SemtechType::PullData) {
                gateway = d->from;
                (void)socket->sendTo(d->from, encodeSemtechPacket({p->token, SemtechType::PullAck, 0, {}}));
            } else if (p->type == SemtechType::PushData) {
                auto rx = parseRxpkJson(p->json);
                const uint32_t tmst = rx.ok() && !rx->empty() ? (*rx)[0].tmst : 0;
                const uint8_t phy[] = {0x60, 1, 2, 3, 4, 0, 0, 0, 1, 2, 3, 4};
                (void)socket->sendTo(*gateway, encodeSemtechPacket({1, SemtechType::PullResp, 0,
                                                                    chirpstackStyle(tmst - 1000, 868.1, "SF7BW125", phy)}));
                (void)socket->sendTo(*gateway, encodeSemtechPacket({2, SemtechType::PullResp, 0,
                                                                    chirpstackStyle(tmst + 1000000, 915.2, "SF7BW125", phy)}));
                (void)socket->sendTo(*gateway, encodeSemtechPacket({3, SemtechType::PullResp, 0, R"({"txpk":{"imme":"now"}})"}));
                (void)socket->sendTo(d->from, encodeSemtechPacket({p->token, SemtechType::PushAck, 0, {}}));
            } else if (p->type == SemtechType::TxAck) {
                acks.push_back(txAckError(p->json).value_or("?"));
            }
        }
    });
    ASSERT_TRUE(sim.connectGateway(socket->port()).ok());
    sim.start();
    sim.runUntil(20 * lorawan::kSecondUs);
    stop = true;
    server.join();
    ASSERT_GE(acks.size(), 2u);
    EXPECT_EQ(acks[0], "TOO_LATE");
    EXPECT_EQ(acks[1], "TX_FREQ");
    EXPECT_GE(sim.world().counters().badPullResp, 1u);
}
