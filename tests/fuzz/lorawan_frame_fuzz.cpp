// Frames from the air, at both ends: the codec, the join accept opener, the network server's
// uplink path and the device's downlink path must count a drop reason for bad bytes, never crash.
#include <cstdint>

#include "lorawan/device.h"
#include "world/memory_storage.h"
#include "world/network_server.h"
#include "base/clock.h"

using namespace pyfw;

namespace {
struct QuietRadio : lorawan::Radio {
    void transmit(const lorawan::TxRequest&) override {}
    void receive(const lorawan::RxRequest&) override {}
    void standby() override {}
};

lorawan::Key key(uint8_t fill) {
    lorawan::Key k;
    k.fill(fill);
    return k;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const base::ByteView phy(data, size);
    (void)lorawan::parseDataFrame(phy);
    (void)lorawan::parseJoinRequest(phy);
    (void)lorawan::openJoinAccept(key(1), phy);

    static world::NetworkServer server = [] {
        world::NetworkServer ns(world::NsConfig{});
        world::DeviceEntry abp;
        abp.devEui = 1;
        abp.otaa = false;
        abp.devAddr = 0x01020304;
        abp.nwkSKey = key(1);
        abp.appSKey = key(1);
        ns.addDevice(abp);
        world::DeviceEntry otaa;
        otaa.devEui = 0x00AFEE7CF5ED6F1Eull;
        otaa.appEui = 0x70B3D57ED00000DCull;
        otaa.appKey = key(1);
        ns.addDevice(otaa);
        return ns;
    }();
    world::UplinkMeta meta;
    (void)server.onUplink(meta, phy);

    static QuietRadio radio;
    static base::VirtualClock clock;
    static world::MemoryStorage storage;
    static lorawan::Device device = [] {
        lorawan::Device d(lorawan::DeviceConfig{}, radio, clock, storage);
        (void)d.activateAbp(0x01020304, key(1), key(1));
        return d;
    }();
    device.onRxDone(phy, -80, 5, 0);
    while (device.receive()) {
    }
    return 0;
}
