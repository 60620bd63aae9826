#include "lorawan/session_codec.h"

#include <cstring>

#include "base/crc32.h"

namespace pyfw::lorawan {

namespace {
constexpr uint8_t kMagic[3] = {'L', 'W', 'S'};
constexpr uint8_t kVersion = 1;

class Writer {
public:
    explicit Writer(base::Bytes& out) : out_(out) {}
    void u8(uint8_t v) { out_.push_back(v); }
    void u16(uint16_t v) { base::appendLe16(out_, v); }
    void u32(uint32_t v) { base::appendLe32(out_, v); }
    void u64(uint64_t v) { u32(uint32_t(v)); u32(uint32_t(v >> 32)); }
    void raw(base::ByteView v) { base::append(out_, v); }

private:
    base::Bytes& out_;
};

class Reader {
public:
    explicit Reader(base::ByteView in) : in_(in) {}
    bool ok() const { return ok_; }
    uint8_t u8() { return take(1) ? in_[at_ - 1] : 0; }
    uint16_t u16() { return take(2) ? base::readLe16(&in_[at_ - 2]) : 0; }
    uint32_t u32() { return take(4) ? base::readLe32(&in_[at_ - 4]) : 0; }
    uint64_t u64() { uint64_t low = u32(); return low | uint64_t(u32()) << 32; }
    void raw(uint8_t* out, size_t n) {
        if (take(n) && n) std::memcpy(out, &in_[at_ - n], n);
    }
    bool atEnd() const { return at_ == in_.size(); }
    void fail() { ok_ = false; }

private:
    bool take(size_t n) {
        if (!ok_ || at_ + n > in_.size()) return ok_ = false;
        at_ += n;
        return true;
    }
    base::ByteView in_;
    size_t at_ = 0;
    bool ok_ = true;
};

void writeBuffer(Writer& w, const MacCommandBuffer& b) {
    w.u8(b.size);
    w.raw({b.bytes.data(), b.size});
}
void readBuffer(Reader& r, MacCommandBuffer& b) {
    b.size = r.u8();
    if (b.size > b.bytes.size()) {
        b.size = 0;
        r.fail();
        return;
    }
    r.raw(b.bytes.data(), b.size);
}
}  // namespace

base::Bytes encodeSession(const SavedSession& saved) {
    const Session& s = saved.session;
    base::Bytes out;
    out.reserve(900);
    Writer w(out);
    w.raw(kMagic);
    w.u8(kVersion);
    w.u8(saved.restorable);
    w.u8(uint8_t(s.region));
    w.u8(uint8_t(s.activation));
    w.u32(s.devAddr);
    w.u32(s.netId);
    w.raw(s.nwkSKey);
    w.raw(s.appSKey);
    w.u32(s.fcntUp);
    w.u32(s.fcntDown);
    w.u8(s.downlinkSeen);
    for (uint8_t v : {s.dr, s.txPowerIndex, s.nbTrans, s.rx1DrOffset, s.rx2Dr}) w.u8(v);
    w.u32(s.rx2FrequencyHz);
    for (uint8_t v : {s.rxDelaySeconds, s.maxDutyCycle, uint8_t(s.uplinkDwell), uint8_t(s.downlinkDwell),
                      uint8_t(s.maxEirpDbm)})
        w.u8(v);
    ChannelPlan plan = s.channels;
    w.u8(uint8_t(plan.size()));
    for (const Channel& c : plan.channels()) {
        w.u32(c.frequencyHz);
        w.u32(c.rx1FrequencyHz);
        w.u8(c.minDr);
        w.u8(c.maxDr);
    }
    for (uint16_t m : plan.rawMask()) w.u16(m);
    for (uint16_t m : plan.rawRemaining()) w.u16(m);
    w.u8(s.adr);
    w.u32(s.adrAckCounter);
    w.u8(s.ackDownlink);
    writeBuffer(w, s.answers);
    writeBuffer(w, s.stickyAnswers);
    w.u64(s.random);
    for (int64_t t : s.bandFreeAtUs) w.u64(uint64_t(t));
    w.u64(uint64_t(s.aggregatedFreeAtUs));
    w.u32(base::crc32(out));
    return out;
}

base::Result<SavedSession> decodeSession(base::ByteView blob) {
    if (blob.size() < 8 || std::memcmp(blob.data(), kMagic, 3) != 0)
        return base::fail("the saved LoRaWAN session is not a session record");
    if (blob[3] != kVersion) return base::fail("the saved LoRaWAN session has an unknown format version");
    const base::ByteView body = blob.first(blob.size() - 4);
    if (base::crc32(body) != base::readLe32(blob.data() + blob.size() - 4))
        return base::fail("the saved LoRaWAN session is corrupt (CRC mismatch)");
    Reader r(body.subspan(4));
    SavedSession saved;
    Session& s = saved.session;
    saved.restorable = r.u8() != 0;
    const uint8_t regionByte = r.u8();
    bool regionKnown = false;
    for (const Region* known : allRegions()) regionKnown |= uint8_t(known->id) == regionByte;
    if (!regionKnown) return base::fail("the saved LoRaWAN session names an unknown region");
    s.region = RegionId(regionByte);
    const uint8_t activation = r.u8();
    if (activation > uint8_t(Activation::Abp)) return base::fail("the saved LoRaWAN session has a bad activation");
    s.activation = Activation(activation);
    s.devAddr = r.u32();
    s.netId = r.u32();
    r.raw(s.nwkSKey.data(), 16);
    r.raw(s.appSKey.data(), 16);
    s.fcntUp = r.u32();
    s.fcntDown = r.u32();
    s.downlinkSeen = r.u8();
    for (uint8_t* v : {&s.dr, &s.txPowerIndex, &s.nbTrans, &s.rx1DrOffset, &s.rx2Dr}) *v = r.u8();
    s.rx2FrequencyHz = r.u32();
    s.rxDelaySeconds = r.u8();
    s.maxDutyCycle = r.u8();
    s.uplinkDwell = r.u8();
    s.downlinkDwell = r.u8();
    s.maxEirpDbm = int8_t(r.u8());
    const uint8_t count = r.u8();
    if (count > kMaxChannels) return base::fail("the saved LoRaWAN session has too many channels");
    s.channels.setCount(count);
    for (Channel& c : s.channels.channels()) {
        c.frequencyHz = r.u32();
        c.rx1FrequencyHz = r.u32();
        c.minDr = r.u8();
        c.maxDr = r.u8();
    }
    for (uint16_t& m : s.channels.rawMask()) m = r.u16();
    for (uint16_t& m : s.channels.rawRemaining()) m = r.u16();
    s.adr = r.u8();
    s.adrAckCounter = r.u32();
    s.ackDownlink = r.u8();
    readBuffer(r, s.answers);
    readBuffer(r, s.stickyAnswers);
    s.random = r.u64();
    for (int64_t& t : s.bandFreeAtUs) t = int64_t(r.u64());
    s.aggregatedFreeAtUs = int64_t(r.u64());
    if (!r.ok() || !r.atEnd()) return base::fail("the saved LoRaWAN session has the wrong length");
    if (s.dr > 15 || s.rx2Dr > 15 || s.rx1DrOffset > 7 || s.nbTrans > 15 || s.maxDutyCycle > 15)
        return base::fail("the saved LoRaWAN session has out-of-range MAC parameters");
    return saved;
}

}  // namespace pyfw::lorawan
