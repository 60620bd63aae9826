// The Sigfox backend's frame parser and what follows it: any bytes heard on air go through
// parseUplinkFrame, the UL-AUTH check and the backend (SQLite, replay state, downlinks); the
// first 15 bytes are also tried as a downlink. Each must answer or refuse, never crash; a frame
// that parses must rebuild to the same bytes from its fields.
//
// A frame only parses with a good CRC-16, which byte mutations rarely keep, so under libFuzzer a
// frame that parses is often rebuilt from changed fields (counter, kind, payload, downlink flag,
// device, rank, key): that is what reaches the backend's authentication, replay and downlink rules.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>

#include "sigfox/downlink_frame.h"
#include "sigfox/uplink_frame.h"
#include "world/sigfox_backend.h"

using namespace pyfw;

namespace {

// The key of the device the seed frames come from (ID 001d3f0c), and of the device of the
// published frames (ID 004d33db, tests/unit/sigfox/published_vectors_test.cpp).
constexpr uint32_t kDevice = 0x001D3F0C, kPublishedDevice = 0x004D33DB;
const sigfox::DeviceKey kKey{0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF};
const sigfox::DeviceKey kPublishedKey{0x47, 0x9E, 0x44, 0x80, 0xFD, 0x75, 0x96, 0xD4,
                                      0x5B, 0x01, 0x22, 0xFD, 0x28, 0x2D, 0xB3, 0xCF};

world::SigfoxBackend& backend() {
    static std::unique_ptr<world::SigfoxBackend> opened = [] {
        auto b = world::SigfoxBackend::open(":memory:");
        if (!b.ok()) std::abort();
        (void)(*b)->registerDevice(kDevice, kKey);
        (void)(*b)->registerDevice(kPublishedDevice, kPublishedKey);
        (void)(*b)->queueDownlink(kDevice, {1, 2, 3, 4, 5, 6, 7, 8});
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
        (void)sigfox::decodeDownlinkFrame(frame, kDevice, uint16_t(size), kKey);
    }
    return 0;
}

#ifdef PYFW_FUZZ_MUTATOR
extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

namespace {

void changeField(sigfox::Uplink& uplink, std::minstd_rand& random) {
    switch (random() % 7) {
    case 0: uplink.counter = uint16_t(random() % sigfox::kCounterModulo); break;
    case 1: uplink.counter = uint16_t((uplink.counter + 1) % sigfox::kCounterModulo); break;
    case 2: uplink.downlinkRequest = !uplink.downlinkRequest; break;
    case 3: uplink.deviceId = random() % 3 ? (random() % 2 ? kDevice : kPublishedDevice) : uint32_t(random()); break;
    case 4:
        uplink.kind = sigfox::UplinkKind::Bit;
        uplink.bit = random() % 2;
        uplink.payload.clear();
        break;
    case 5:
        uplink.kind = sigfox::UplinkKind::Control;
        uplink.payload.assign(7 + random() % 2, uint8_t(random()));
        uplink.payload[0] = random() % 2 ? sigfox::kControlKeepAlive : sigfox::kControlDownlinkConfirmation;
        break;
    default:
        uplink.kind = sigfox::UplinkKind::Bytes;
        uplink.payload.resize(random() % (sigfox::kMaxUplinkPayload + 1));
        for (uint8_t& byte : uplink.payload) byte = uint8_t(random());
        break;
    }
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned seed) {
    std::minstd_rand random(seed);
    auto parsed = sigfox::parseUplinkFrame(base::ByteView(data, size));
    if (!parsed.ok() || random() % 3 == 0) return LLVMFuzzerMutate(data, size, maxSize);
    sigfox::Uplink uplink = parsed->uplink;
    for (int changes = 1 + int(random() % 2); changes > 0; --changes) changeField(uplink, random);
    const sigfox::DeviceKey& key = random() % 8 == 0 ? kPublishedKey : uplink.deviceId == kPublishedDevice ? kPublishedKey : kKey;
    auto frame = sigfox::buildUplinkFrame(uplink, key, int(random() % sigfox::kFrameRanks));
    if (!frame.ok() || frame->size() > maxSize) return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, frame->data(), frame->size());
    return frame->size();
}
#endif
