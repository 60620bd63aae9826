// Datagrams from gateways and registry files: the Semtech UDP header parser, the rxpk/txpk JSON
// readers and the device-registry reader must return an error for bad input, never crash.
#include <cstdint>
#include <string>

#include "world/device_registry.h"
#include "world/semtech_udp.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto packet = world::parseSemtechPacket({data, size});
    if (packet.ok()) {
        (void)world::parseRxpkJson(packet->json);
        (void)world::parseTxpkJson(packet->json);
        (void)world::txAckError(packet->json);
    }
    (void)world::parseRegistry(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
