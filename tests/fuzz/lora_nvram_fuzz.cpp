// What nvram_restore() reads: the LORA_NVM namespace of a board's NVS, which a damaged flash, an
// older firmware or a hostile user may have filled with anything. A valid saved session is laid
// down first, then the input overwrites, retypes or erases its items; restoring must then give
// a session the stack's own codec accepts (and a device that can send with it) or a clear error
// that leaves the device as it was, never a crash or a device that hangs.
//
// Input: byte 0 picks the region; then records of [key, kind, value]: key indexes the names below
// (Pycom's keys, DEVNONCE and two strangers), kind picks an NVS type or an erase, an integer takes
// 8 little-endian bytes, a string or blob a length byte and that many bytes.
#include <cstdint>
#include <cstdlib>

#include "base/clock.h"
#include "formats/nvs_generator.h"
#include "lorawan/device.h"
#include "lorawan/session_codec.h"
#include "port/lora/lora_nvram.h"

using namespace pyfw;
using formats::nvs::ItemType;

namespace {

constexpr const char* kKeys[] = {"REGION",  "DEVADDR",  "NETID",    "NWSKEY",   "APPSKEY",     "UPLNK",
                                 "DWLNK",   "ADRACK",   "SRVACK",   "MACNXTTX", "MACBUFIDX",   "MACRPTIDX",
                                 "MACBUF",  "MACRPTBUF", "CHANNELS", "CHANMASK", "CHANMASKREM", "MACPARAMS",
                                 "JOINED",  "DEVNONCE", "session",  "X"};
constexpr ItemType kIntegerTypes[] = {ItemType::U8,  ItemType::I8,  ItemType::U16, ItemType::I16,
                                      ItemType::U32, ItemType::I32, ItemType::U64, ItemType::I64};
constexpr lorawan::RegionId kRegions[] = {lorawan::RegionId::EU868, lorawan::RegionId::US915,
                                          lorawan::RegionId::AU915, lorawan::RegionId::AS923};

// A radio that finishes what it is asked at once: transmissions after their time on air, windows
// with nothing heard.
struct QuietRadio final : lorawan::Radio {
    int64_t txDoneAt = -1, rxTimeoutAt = -1;
    base::VirtualClock* clock = nullptr;
    void transmit(const lorawan::TxRequest&) override { txDoneAt = clock->nowUs() + 100000; }
    void receive(const lorawan::RxRequest& r) override {
        rxTimeoutAt = r.windowUs ? std::max(r.openUs, clock->nowUs()) + r.windowUs : -1;
    }
    void standby() override { rxTimeoutAt = -1; }
};

struct Reader {
    const uint8_t* data;
    size_t size, at = 0;
    bool more() const { return at < size; }
    uint8_t byte() { return at < size ? data[at++] : 0; }
};


void apply(port::NvsStore& nvs, Reader& in) {
    while (in.more()) {
        const char* key = kKeys[in.byte() % std::size(kKeys)];
        const uint8_t kind = in.byte() % 11;
        if (kind < 8) {
            uint64_t v = 0;
            for (int i = 0; i < 8; ++i) v |= uint64_t(in.byte()) << (8 * i);
            const ItemType type = kIntegerTypes[kind];
            const auto* info = formats::nvs::findItemType(uint8_t(type));
            if (info->width < 8) v &= (uint64_t(1) << (8 * info->width)) - 1;
            (void)nvs.set(port::lora::kLoraNamespace, key, info->isSigned ? port::NvsValue::signedInteger(type, int64_t(v))
                                                                    : port::NvsValue::unsignedInteger(type, v));
        } else if (kind < 10) {
            base::Bytes bytes(in.byte());
            for (uint8_t& b : bytes) b = in.byte();
            (void)nvs.set(port::lora::kLoraNamespace, key,
                          kind == 8 ? port::NvsValue::string(base::toString(bytes)) : port::NvsValue::blob(bytes));
        } else {
            (void)nvs.erase(port::lora::kLoraNamespace, key);
        }
    }
}

// Runs the device's clock until it is idle again, for at most a simulated day; false if it never is.
bool runUntilIdle(lorawan::Device& device, QuietRadio& radio, base::VirtualClock& clock) {
    for (int step = 0; step < 1000 && device.busy(); ++step) {
        int64_t next = device.wakeAt();
        if (radio.txDoneAt >= 0) next = std::min(next, radio.txDoneAt);
        if (radio.rxTimeoutAt >= 0) next = std::min(next, radio.rxTimeoutAt);
        if (next == INT64_MAX || next > 24 * 3600 * lorawan::kSecondUs + clock.nowUs()) return false;
        clock.advanceTo(next);
        if (radio.txDoneAt >= 0 && radio.txDoneAt <= clock.nowUs()) {
            radio.txDoneAt = -1;
            device.onTxDone(clock.nowUs());
        } else if (radio.rxTimeoutAt >= 0 && radio.rxTimeoutAt <= clock.nowUs()) {
            radio.rxTimeoutAt = -1;
            device.onRxTimeout(clock.nowUs());
        } else {
            device.onTimer(clock.nowUs());
        }
    }
    return !device.busy();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Reader in{data, size};
    // A blank partition, opened as the board opens it.
    chip::SpiFlash flash = chip::SpiFlash::inMemory(0x6000);
    auto opened = port::NvsStore::open(flash, 0, 0x6000);
    if (!opened.ok()) std::abort();
    port::NvsStore& nvs = *opened;
    port::lora::LoraNvram nvram([&nvs] { return &nvs; });
    base::VirtualClock clock(1000 * lorawan::kSecondUs);
    QuietRadio radio;
    radio.clock = &clock;
    lorawan::DeviceConfig config;
    config.region = kRegions[in.byte() % std::size(kRegions)];
    config.deviceClass = in.byte() % 2 ? lorawan::DeviceClass::C : lorawan::DeviceClass::A;

    {
        // The session a board saved before its deep sleep.
        lorawan::Device before(config, radio, clock, nvram);
        lorawan::Key key{};
        key[0] = 1;
        (void)before.activateAbp(0x26011BDA, key, key);
        (void)before.send(2, base::ByteView(reinterpret_cast<const uint8_t*>("hello"), 5));
        if (!runUntilIdle(before, radio, clock)) std::abort();
        if (!before.save().ok()) std::abort();
    }
    apply(nvs, in);

    // What restore reads must be a record the codec takes whole, or nothing.
    if (auto record = nvram.load("session"); record && !lorawan::decodeSession(*record).ok()) std::abort();
    (void)nvram.load("devnonce");

    radio = QuietRadio{};
    radio.clock = &clock;
    lorawan::Device after(config, radio, clock, nvram);
    const lorawan::Session fresh = after.session();
    const bool untouched = size <= 2;
    if (!after.restore().ok()) {
        if (untouched) std::abort();  // the session saved just before must come back
        // A clear error, and the device as LoRa() made it.
        if (!(after.session() == fresh) || after.joined()) std::abort();
        return 0;
    }
    // A restored session works: a frame goes out and the exchange ends.
    const lorawan::SendResult sent = after.send(2, base::ByteView(reinterpret_cast<const uint8_t*>("x"), 1));
    if (sent == lorawan::SendResult::Ok && !runUntilIdle(after, radio, clock)) std::abort();
    // And it can be saved and restored again.
    if (!after.save().ok()) return 0;
    lorawan::Device again(config, radio, clock, nvram);
    if (!again.restore().ok()) std::abort();
    return 0;
}
