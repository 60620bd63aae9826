// Datagrams from gateways and registry files. Each input is handed to `pyfw ns serve`'s server as a
// datagram from a gateway (header parser, rxpk/txpk/TX_ACK readers, deduplication, the network
// server behind them), and to the device-registry reader. Bad input must be counted, never crash.
//
// The inputs are JSON behind a binary header, so byte mutations rarely make a document that
// parses. With libFuzzer a structured mutator does most of the work: it parses the JSON, then
// changes one value (to another type, an edge number, a known field's plausible value) or adds or
// removes a field the protocol knows, and writes the document back behind its header; anything
// that does not parse is left to libFuzzer's own mutations (and semtech_udp.dict, its dictionary).
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "world/device_registry.h"
#include "world/semtech_udp.h"
#include "world/udp_network_server.h"

using namespace pyfw;

namespace {

world::UdpNetworkServer& server() {
    static world::NetworkServer ns = [] {
        world::NetworkServer s(world::NsConfig{});
        world::DeviceEntry abp;
        abp.devEui = 1;
        abp.otaa = false;
        abp.devAddr = 0x01020304;
        abp.nwkSKey.fill(1);
        abp.appSKey.fill(2);
        s.addDevice(abp);
        return s;
    }();
    static world::UdpNetworkServer udp = [] {
        auto socket = world::UdpSocket::bindLoopback(0);
        if (!socket) std::abort();
        world::UdpServerConfig config;
        config.dedupWindowMs = 0;  // every frame is handled with its datagram
        return world::UdpNetworkServer(ns, std::move(socket).value(), config);
    }();
    return udp;
}

constexpr const char* kFields[] = {"rxpk", "txpk", "stat", "tmst", "time", "freq", "chan", "rfch", "modu", "datr",
                                   "codr", "rssi", "lsnr", "size", "data", "imme", "powe", "ipol", "prea", "ncrc",
                                   "fdev", "txpk_ack", "error"};

nlohmann::json randomValue(std::mt19937& rng) {
    switch (rng() % 14) {
    case 0: return nullptr;
    case 1: return bool(rng() & 1);
    case 2: return int64_t(rng()) - int64_t(rng());
    case 3: return std::numeric_limits<uint64_t>::max() - (rng() % 3);
    case 4: return 4294967295.0 + double(rng() % 3);
    case 5: return 1e308 * ((rng() & 1) ? 1 : -1);
    case 6: return double(rng() % 100000) / 100.0;
    case 7: return "SF" + std::to_string(rng() % 14) + "BW" + std::string(rng() & 1 ? "125" : "500");
    case 8: return std::string(rng() & 1 ? "LORA" : "FSK");
    case 9: return std::string("QAEC") + std::string((rng() % 8) * 4, 'A');  // base64
    case 10: return nlohmann::json::array({randomValue(rng)});
    case 11: return nlohmann::json::object({{kFields[rng() % std::size(kFields)], randomValue(rng)}});
    case 12: return std::string(1 + rng() % 8, char('!' + rng() % 90));
    default: return int64_t(rng() % 3) - 1;
    }
}

// One change somewhere in the document: a value replaced, a known field added, a field removed.
void mutateJson(nlohmann::json& j, std::mt19937& rng, int depth = 0) {
    if (j.is_object() && !j.empty() && depth < 6 && rng() % 3 != 0) {
        auto it = j.begin();
        std::advance(it, rng() % j.size());
        return mutateJson(*it, rng, depth + 1);
    }
    if (j.is_array() && !j.empty() && depth < 6 && rng() % 3 != 0) return mutateJson(j[rng() % j.size()], rng, depth + 1);
    switch (rng() % 4) {
    case 0:
        if (j.is_object()) {
            j[kFields[rng() % std::size(kFields)]] = randomValue(rng);
            return;
        }
        [[fallthrough]];
    case 1:
        if (j.is_object() && !j.empty()) {
            auto it = j.begin();
            std::advance(it, rng() % j.size());
            j.erase(it);
            return;
        }
        [[fallthrough]];
    case 2:
        if (j.is_array()) {
            j.push_back(j.empty() ? randomValue(rng) : j[rng() % j.size()]);
            return;
        }
        [[fallthrough]];
    default: j = randomValue(rng);
    }
}

[[maybe_unused]] size_t headerSize(const uint8_t* data, size_t size) {
    if (size < 4) return size;
    const uint8_t type = data[3];
    return type == 0 || type == 2 || type == 5 ? std::min<size_t>(12, size) : 4;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    world::Datagram d;
    d.bytes.assign(data, data + size);
    d.from = world::UdpSocket::loopback(9);  // the discard port: answers go nowhere
    server().handle(d);
    auto packet = world::parseSemtechPacket({data, size});
    if (packet.ok()) {
        (void)world::parseTxpkJson(packet->json);
        (void)world::txAckError(packet->json);
    }
    (void)world::parseRegistry(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}

#ifdef PYFW_FUZZ_MUTATOR
extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned seed) {
    std::mt19937 rng(seed);
    const size_t header = headerSize(data, size);
    nlohmann::json j = nlohmann::json::parse(data + header, data + size, nullptr, false);
    if (j.is_discarded() || rng() % 5 == 0) return LLVMFuzzerMutate(data, size, maxSize);
    const int changes = 1 + int(rng() % 3);
    for (int i = 0; i < changes; ++i) mutateJson(j, rng);
    const std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (header + text.size() > maxSize) return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data + header, text.data(), text.size());
    return header + text.size();
}
#endif
