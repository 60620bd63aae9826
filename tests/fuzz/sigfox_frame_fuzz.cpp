// The Sigfox backend's frame parser and what follows it: any bytes heard on air go through
// parseUplinkFrame, the UL-AUTH check and the backend (SQLite, replay state, downlinks); the
// first 15 bytes are also tried as a downlink. Each must answer or refuse, never crash; a frame
// that parses must rebuild to the same bytes from its fields.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "sigfox/downlink_frame.h"
#include "sigfox/uplink_frame.h"
#include "world/sigfox_backend.h"

using namespace pyfw;

namespace {

// The key of the device the seed frames come from (ID 001d3f0c).
const sigfox::DeviceKey kKey{0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF};

world::SigfoxBackend& backend() {
    static std::unique_ptr<world::SigfoxBackend> opened = [] {
        auto b = world::SigfoxBackend::open(":memory:");
        if (!b.ok()) std::abort();
        (void)(*b)->registerDevice(0x001D3F0C, kKey);
        (void)(*b)->queueDownlink(0x001D3F0C, {1, 2, 3, 4, 5, 6, 7, 8});
        return std::move(b).value();
    }();
    return *opened;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView bytes(data, size);
    auto parsed = sigfox::parseUplinkFrame(bytes);
    if (parsed.ok()) {
        // Only a frame built by the rules parses, so the rules rebuild it, authentic or not.
        bool authentic = sigfox::isAuthentic(*parsed, kKey);
        auto rebuilt = sigfox::buildUplinkFrame(parsed->uplink, kKey, parsed->rank);
        if (!rebuilt.ok()) std::abort();
        if (authentic && *rebuilt != base::Bytes(bytes.begin(), bytes.end())) std::abort();
    }
    (void)backend().receive(bytes, "RCZ1", 868130000, -120, 0);
    if (size >= sigfox::kDownlinkFrameSize) {
        sigfox::DownlinkFrame frame;
        std::copy_n(data, frame.size(), frame.begin());
        (void)sigfox::decodeDownlinkFrame(frame, 0x001D3F0C, uint16_t(size), kKey);
    }
    return 0;
}
