// Frames from the air, at both ends. Random bytes rarely pass a MIC, so besides feeding the raw
// bytes to the codec, the join accept opener, the server's uplink path and the device's downlink
// path, most inputs are read as the fields of a frame that is then sealed with the live
// session's keys: it passes the MIC and reaches what lies behind it (the MAC command handlers
// of both ends, FOpts and port 0, the compliance protocol on port 224, ADR, class A windows and
// class C). Every input must end in a counted drop or a handled frame, never a crash.
//
// Input: byte 0 picks the mode (mod 4), the next bytes the frame's fields, the rest its payload:
//   0: raw bytes to every parser
//   1: a downlink to a device in its RX1 window (byte 1: type/ACK/FPending bits, byte 2: class
//      C device if odd, byte 3: FCnt step, byte 4: FOpts length, then FOpts, port, payload)
//   2: an uplink to the server (the same layout, with the uplink bits)
//   3: a join accept for a joining device (byte 1: DLSettings, byte 2: RxDelay, byte 3: CFList
//      present if odd, then the CFList frequencies)
#include <cstdint>

#include "lorawan/device.h"
#include "world/memory_storage.h"
#include "world/network_server.h"
#include "base/clock.h"

using namespace pyfw;
using namespace pyfw::lorawan;

namespace {

constexpr uint32_t kAddr = 0x01020304;
constexpr Eui kDevEui = 0x00AFEE7CF5ED6F1Eull, kAppEui = 0x70B3D57ED00000DCull;

struct QuietRadio : Radio {
    void transmit(const TxRequest&) override {}
    void receive(const RxRequest&) override {}
    void standby() override {}
};

Key key(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

class Reader {
public:
    Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    base::ByteView take(size_t n) {
        n = std::min(n, size_ - at_);
        base::ByteView v(data_ + at_, n);
        at_ += n;
        return v;
    }
    base::ByteView rest() { return take(size_ - at_); }

private:
    const uint8_t* data_;
    size_t size_;
    size_t at_ = 0;
};

// A device with a live ABP session, driven through its timers on a clock of its own.
struct LiveDevice {
    QuietRadio radio;
    base::VirtualClock clock;
    world::MemoryStorage storage;
    Device device;

    explicit LiveDevice(DeviceClass cls) : device(config(cls), radio, clock, storage) {
        (void)device.activateAbp(kAddr, key(1), key(2));
        device.setComplianceEnabled(true);
    }
    static DeviceConfig config(DeviceClass cls) {
        DeviceConfig c;
        c.deviceClass = cls;
        c.adr = true;
        return c;
    }
    // Plays the radio's part until the device is idle again (windows close empty).
    void settle() {
        for (int i = 0; i < 50 && device.busy(); ++i) {
            clock.advanceTo(clock.nowUs() + 100000);
            device.onTxDone(clock.nowUs());
            if (device.wakeAt() != INT64_MAX) {
                clock.advanceTo(std::max(clock.nowUs(), device.wakeAt()));
                device.onTimer(clock.nowUs());
            }
            device.onRxTimeout(clock.nowUs());
        }
        while (device.receive()) {
        }
    }
    // Sends an uplink and opens RX1, where `frame` arrives.
    void deliverInRx1(base::ByteView frame) {
        settle();
        const uint8_t payload[] = {1};
        if (device.send(1, payload) != SendResult::Ok) return device.onRxDone(frame, -80, 5, clock.nowUs());
        clock.advanceTo(clock.nowUs() + 50000);
        device.onTxDone(clock.nowUs());
        clock.advanceTo(std::max(clock.nowUs(), device.wakeAt()));
        device.onTimer(clock.nowUs());
        device.onRxDone(frame, -80, 5, clock.nowUs() + 10000);
        settle();
    }
};

world::NetworkServer& server() {
    static world::NetworkServer ns = [] {
        world::NetworkServer s(world::NsConfig{});
        world::DeviceEntry abp;
        abp.devEui = 1;
        abp.otaa = false;
        abp.devAddr = kAddr;
        abp.nwkSKey = key(1);
        abp.appSKey = key(2);
        s.addDevice(abp);
        world::DeviceEntry otaa;
        otaa.devEui = kDevEui;
        otaa.appEui = kAppEui;
        otaa.appKey = key(1);
        s.addDevice(otaa);
        return s;
    }();
    return ns;
}

// The fields of a data frame from the input, sealed with the ABP keys.
FrameBuffer sealedFrame(Reader& in, bool up, uint32_t fcnt) {
    const uint8_t bits = in.byte();
    DataFrameFields f;
    f.type = up ? (bits & 1 ? MType::ConfirmedUp : MType::UnconfirmedUp)
                : (bits & 1 ? MType::ConfirmedDown : MType::UnconfirmedDown);
    f.fctrl = uint8_t(bits & 0xF0);
    f.devAddr = kAddr;
    f.fcnt = fcnt;
    f.fopts = in.take(in.byte() % 16);
    const uint8_t port = in.byte();
    if (port != 0xFF) f.port = port;  // 0xFF: no port (an empty frame)
    f.payload = f.port ? in.take(222) : base::ByteView{};
    SessionCrypto keys(key(1), key(2));
    FrameBuffer out;
    sealDataFrame(keys, f, out);
    return out;
}

void downlinkToDevice(Reader& in) {
    static LiveDevice classA(DeviceClass::A), classC(DeviceClass::C);
    const uint8_t which = in.byte();
    LiveDevice& live = which & 1 ? classC : classA;
    const uint32_t fcnt = live.device.session().fcntDown + 1 + (in.byte() & 7);
    const FrameBuffer frame = sealedFrame(in, false, fcnt);
    if (which & 1) {
        live.settle();
        live.device.onRxDone(frame.view(), -70, 3, live.clock.nowUs());  // class C: outside the windows
    } else {
        live.deliverInRx1(frame.view());
    }
}

void uplinkToServer(Reader& in) {
    world::NetworkServer& ns = server();
    const world::NsDevice* d = ns.device(1);
    const uint32_t fcnt = (d->uplinkSeen ? d->fcntUp + 1 : 0) + (in.byte() & 3);
    const FrameBuffer frame = sealedFrame(in, true, fcnt);
    world::UplinkMeta meta;
    meta.frequencyHz = 868100000;
    meta.spreadingFactor = uint8_t(7 + in.byte() % 6);
    meta.snr = double(int8_t(in.byte())) / 4;
    (void)ns.onUplink(meta, frame.view());
}

void joinAcceptToDevice(Reader& in) {
    static QuietRadio radio;
    static base::VirtualClock clock;
    static world::MemoryStorage storage;
    static Device device(DeviceConfig{}, radio, clock, storage);
    JoinAccept accept;
    accept.appNonce = 0x123456;
    accept.netId = 0x13;
    accept.devAddr = kAddr;
    accept.dlSettings = in.byte();
    accept.rxDelay = in.byte();
    accept.hasCfList = in.byte() & 1;
    for (uint32_t& hz : accept.cfListHz) hz = (uint32_t(in.byte()) | uint32_t(in.byte()) << 8 | uint32_t(in.byte()) << 16) * 100;
    FrameBuffer sealed;
    sealJoinAccept(key(1), accept, sealed);
    (void)device.joinOtaa(kDevEui, kAppEui, key(1));
    clock.advanceTo(clock.nowUs() + 100000);
    device.onTxDone(clock.nowUs());
    clock.advanceTo(std::max(clock.nowUs(), device.wakeAt()));
    device.onTimer(clock.nowUs());
    device.onRxDone(sealed.view(), -90, 0, clock.nowUs() + 10000);
    // Then a downlink on the new session, with the rest of the input as its MAC commands.
    if (device.joined()) {
        SessionCrypto keys(device.session().nwkSKey, device.session().appSKey);
        DataFrameFields f;
        f.type = MType::UnconfirmedDown;
        f.devAddr = kAddr;
        f.fcnt = 1;
        f.port = 0;
        f.payload = in.take(64);
        FrameBuffer down;
        sealDataFrame(keys, f, down);
        device.onRxDone(down.view(), -90, 0, clock.nowUs() + 20000);
    }
}

void rawBytes(base::ByteView phy) {
    (void)parseDataFrame(phy);
    (void)parseJoinRequest(phy);
    (void)openJoinAccept(key(1), phy);
    world::UplinkMeta meta;
    meta.frequencyHz = 868100000;
    (void)server().onUplink(meta, phy);
    static LiveDevice live(DeviceClass::A);
    live.deliverInRx1(phy);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    Reader in(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: rawBytes(in.rest()); break;
    case 1: downlinkToDevice(in); break;
    case 2: uplinkToServer(in); break;
    default: joinAcceptToDevice(in); break;
    }
    return 0;
}
