// MAC commands from the network: the reader in both directions, and the device's handlers fed
// through a correctly sealed downlink whose FOpts (or port-0 payload) are the fuzz input, so the
// handlers see every byte pattern a network could send.
#include <algorithm>
#include <cstdint>

#include "lorawan/device.h"
#include "world/memory_storage.h"
#include "base/clock.h"

using namespace pyfw;
using namespace pyfw::lorawan;

namespace {
struct QuietRadio : Radio {
    void transmit(const TxRequest&) override {}
    void receive(const RxRequest&) override {}
    void standby() override {}
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const base::ByteView input(data + 1, size - 1);
    for (Direction dir : {Direction::Up, Direction::Down}) {
        MacCommandReader reader(input, dir);
        MacCommand command;
        while (reader.next(command)) {
        }
    }
    static const RegionId kRegions[] = {RegionId::EU868, RegionId::US915, RegionId::AU915, RegionId::AS923};
    QuietRadio radio;
    base::VirtualClock clock;
    world::MemoryStorage storage;
    DeviceConfig config;
    config.region = kRegions[data[0] % 4];
    Device device(config, radio, clock, storage);
    Key k;
    k.fill(7);
    (void)device.activateAbp(0x26000001, k, k);

    SessionCrypto keys(k, k);
    DataFrameFields fields;
    fields.type = MType::UnconfirmedDown;
    fields.devAddr = 0x26000001;
    const bool inFOpts = data[0] & 0x80 && input.size() <= kMaxFOpts;
    if (inFOpts) {
        fields.fopts = input;
    } else {
        fields.port = 0;
        fields.payload = input.first(std::min<size_t>(input.size(), 200));
    }
    FrameBuffer frame;
    sealDataFrame(keys, fields, frame);
    device.onRxDone(frame.view(), -70, int8_t(data[0]), 0);
    // The answers must still fit an uplink.
    (void)device.send(1, {}, {});
    return 0;
}
