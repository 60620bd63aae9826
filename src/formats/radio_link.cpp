#include "formats/radio_link.h"

#include <cmath>
#include <cstring>

namespace pyfw::formats {

namespace {

// The type byte of each message, in the variant's order.
constexpr uint8_t kTypes[] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86};
static_assert(std::size(kTypes) == std::variant_size_v<RadioLinkMessage>);

constexpr uint8_t kFlagInvertedIq = 1, kFlagPublicSync = 2, kFlagCrc = 4;
constexpr size_t kMaxName = 32, kMaxError = 200;
constexpr double kMaxCoordinate = 1e7;  // metres: a board 10,000 km away is a mistake

class Writer {
public:
    void u8(uint8_t v) { out.push_back(v); }
    void u16(uint16_t v) { base::appendLe16(out, v); }
    void u32(uint32_t v) { base::appendLe32(out, v); }
    void i64(int64_t v) { u32(uint32_t(uint64_t(v))); u32(uint32_t(uint64_t(v) >> 32)); }
    void f64(double v) {
        uint64_t bits;
        std::memcpy(&bits, &v, 8);
        i64(int64_t(bits));
    }
    void bytes(base::ByteView data) {
        u8(uint8_t(data.size()));
        base::append(out, data);
    }
    void text(const std::string& s) { bytes(base::view(s)); }
    void params(const RadioParams& p) {
        u32(p.frequencyHz);
        u8(p.spreadingFactor);
        u16(p.bandwidthKhz);
        u8(p.codingRate);
        u16(p.preambleSymbols);
        u8(uint8_t((p.invertedIq ? kFlagInvertedIq : 0) | (p.publicSync ? kFlagPublicSync : 0) | (p.crc ? kFlagCrc : 0)));
    }
    base::Bytes out;
};

class Reader {
public:
    explicit Reader(base::ByteView data) : data_(data) {}
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    bool atEnd() const { return at_ == data_.size(); }
    void fail(const std::string& why) {
        if (error_.empty()) error_ = why;
    }
    const uint8_t* take(size_t n, const char* what) {
        if (!ok()) return nullptr;
        if (data_.size() - at_ < n) {
            fail(std::string("the message ends inside its ") + what);
            return nullptr;
        }
        const uint8_t* p = data_.data() + at_;
        at_ += n;
        return p;
    }
    uint8_t u8(const char* what) { auto p = take(1, what); return p ? p[0] : 0; }
    uint16_t u16(const char* what) { auto p = take(2, what); return p ? base::readLe16(p) : 0; }
    uint32_t u32(const char* what) { auto p = take(4, what); return p ? base::readLe32(p) : 0; }
    int64_t i64(const char* what) { auto p = take(8, what); return p ? int64_t(base::readLe64(p)) : 0; }
    double f64(const char* what) {
        const uint64_t bits = uint64_t(i64(what));
        double v;
        std::memcpy(&v, &bits, 8);
        return v;
    }
    base::Bytes bytes(const char* what, size_t max) {
        const uint8_t n = u8(what);
        if (n > max) fail(std::string(what) + " is longer than " + std::to_string(max) + " bytes");
        auto p = take(n, what);
        return p ? base::Bytes(p, p + n) : base::Bytes{};
    }
    int64_t time(const char* what) {
        const int64_t t = i64(what);
        if (t < 0) fail(std::string(what) + " is negative");
        return t;
    }
    RadioParams params() {
        RadioParams p;
        p.frequencyHz = u32("frequency");
        p.spreadingFactor = u8("spreading factor");
        p.bandwidthKhz = u16("bandwidth");
        p.codingRate = u8("coding rate");
        p.preambleSymbols = u16("preamble");
        const uint8_t flags = u8("flags");
        if (!ok()) return p;
        if (p.frequencyHz < 137000000 || p.frequencyHz > 1020000000) fail("the frequency is outside 137..1020 MHz");
        const bool fsk = p.spreadingFactor == 0xFF;
        if (!fsk && (p.spreadingFactor < 6 || p.spreadingFactor > 12)) fail("the spreading factor is not 6..12 or FSK");
        if (fsk ? p.bandwidthKhz != 0 : p.bandwidthKhz != 125 && p.bandwidthKhz != 250 && p.bandwidthKhz != 500)
            fail("the bandwidth is not 125, 250 or 500 kHz (0 for FSK)");
        if (p.codingRate < 1 || p.codingRate > 4) fail("the coding rate is not 1..4 (4/5..4/8)");
        if (p.preambleSymbols < 6) fail("the preamble is shorter than 6 symbols");
        if (flags & ~(kFlagInvertedIq | kFlagPublicSync | kFlagCrc)) fail("unknown flag bits are set");
        p.invertedIq = flags & kFlagInvertedIq;
        p.publicSync = flags & kFlagPublicSync;
        p.crc = flags & kFlagCrc;
        return p;
    }

private:
    base::ByteView data_;
    size_t at_ = 0;
    std::string error_;
};

bool printable(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x20 || c > 0x7E) return false;
    return true;
}

void encodeBody(Writer& w, const RadioLinkMessage& m) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, LinkHello>) {
                w.u8(v.version);
                w.text(v.name);
                w.f64(v.x);
                w.f64(v.y);
            } else if constexpr (std::is_same_v<T, LinkTransmit>) {
                w.i64(v.atUs);
                w.params(v.params);
                w.u8(uint8_t(v.powerDbm));
                w.bytes(v.payload);
            } else if constexpr (std::is_same_v<T, LinkReceive>) {
                w.i64(v.atUs);
                w.params(v.params);
                w.i64(v.openUs);
                w.u32(v.windowUs);
            } else if constexpr (std::is_same_v<T, LinkStandby>) {
                w.i64(v.atUs);
            } else if constexpr (std::is_same_v<T, LinkIdle>) {
                w.i64(v.atUs);
                w.i64(v.untilUs);
            } else if constexpr (std::is_same_v<T, LinkWelcome>) {
                w.u8(v.version);
                w.u8(uint8_t(v.time));
                w.i64(v.nowUs);
                w.u32(v.station);
            } else if constexpr (std::is_same_v<T, LinkTxDone> || std::is_same_v<T, LinkRxTimeout> ||
                                 std::is_same_v<T, LinkGrant>) {
                w.i64(v.timeUs);
            } else if constexpr (std::is_same_v<T, LinkRxDone>) {
                w.i64(v.timeUs);
                w.u16(uint16_t(v.rssiDbm));
                w.u16(uint16_t(v.snrQuarterDb));
                w.bytes(v.payload);
            } else if constexpr (std::is_same_v<T, LinkError>) {
                w.text(v.message.substr(0, kMaxError));
            }
        },
        m);
}

RadioLinkMessage decodeBody(Reader& r, size_t index) {
    switch (index) {
    case 0: {
        LinkHello h;
        h.version = r.u8("version");
        const base::Bytes name = r.bytes("name", kMaxName);
        h.name.assign(name.begin(), name.end());
        h.x = r.f64("position");
        h.y = r.f64("position");
        if (r.ok() && (h.name.empty() || !printable(h.name))) r.fail("the name is empty or not printable");
        if (!std::isfinite(h.x) || !std::isfinite(h.y) || std::abs(h.x) > kMaxCoordinate || std::abs(h.y) > kMaxCoordinate)
            r.fail("the position is not a finite number of metres within 10,000 km");
        return h;
    }
    case 1: {
        LinkTransmit t;
        t.atUs = r.time("call time");
        t.params = r.params();
        t.powerDbm = int8_t(r.u8("power"));
        t.payload = r.bytes("payload", kRadioLinkMaxPayload);
        if (t.powerDbm < -20 || t.powerDbm > 30) r.fail("the power is outside -20..30 dBm");
        return t;
    }
    case 2: {
        LinkReceive rx;
        rx.atUs = r.time("call time");
        rx.params = r.params();
        rx.openUs = r.time("open time");
        rx.windowUs = r.u32("window");
        return rx;
    }
    case 3: return LinkStandby{r.time("call time")};
    case 4: {
        LinkIdle idle;
        idle.atUs = r.time("call time");
        idle.untilUs = r.time("idle time");
        if (r.ok() && idle.untilUs < idle.atUs) r.fail("the idle time is before the call time");
        return idle;
    }
    case 5: return LinkBye{};
    case 6: {
        LinkWelcome w;
        w.version = r.u8("version");
        const uint8_t time = r.u8("time mode");
        if (time > 1) r.fail("the time mode is neither virtual nor real");
        w.time = RadioLinkTime(time);
        w.nowUs = r.time("time");
        w.station = r.u32("station");
        return w;
    }
    case 7: return LinkTxDone{r.time("time")};
    case 8: {
        LinkRxDone d;
        d.timeUs = r.time("time");
        d.rssiDbm = int16_t(r.u16("RSSI"));
        d.snrQuarterDb = int16_t(r.u16("SNR"));
        d.payload = r.bytes("payload", kRadioLinkMaxPayload);
        return d;
    }
    case 9: return LinkRxTimeout{r.time("time")};
    case 10: return LinkGrant{r.time("time")};
    default: {
        const base::Bytes text = r.bytes("message", kMaxError);
        return LinkError{std::string(text.begin(), text.end())};
    }
    }
}

}  // namespace

base::Bytes encodeRadioLink(const RadioLinkMessage& message) {
    Writer w;
    w.u16(0);  // the length, filled in below
    w.u8(kTypes[message.index()]);
    encodeBody(w, message);
    base::writeLe16(w.out.data(), uint16_t(w.out.size() - 2));
    return w.out;
}

base::Result<RadioLinkMessage> decodeRadioLink(base::ByteView body) {
    if (body.empty()) return base::fail("radio link: an empty message");
    size_t index = 0;
    while (index < std::size(kTypes) && kTypes[index] != body[0]) ++index;
    if (index == std::size(kTypes)) return base::fail("radio link: unknown message type " + std::to_string(body[0]));
    Reader r(body.subspan(1));
    RadioLinkMessage message = decodeBody(r, index);
    if (r.ok() && !r.atEnd()) r.fail("bytes after the end of the message");
    if (!r.ok()) return base::fail("radio link: " + r.error());
    return message;
}

std::optional<base::Result<RadioLinkMessage>> RadioLinkReader::next() {
    if (buffer_.size() < 2) return std::nullopt;
    const size_t length = base::readLe16(buffer_.data());
    if (length > kRadioLinkMaxMessage)
        return base::Result<RadioLinkMessage>(base::fail("radio link: a message of " + std::to_string(length) +
                                                         " bytes is longer than allowed"));
    if (buffer_.size() < 2 + length) return std::nullopt;
    auto message = decodeRadioLink(base::ByteView(buffer_).subspan(2, length));
    buffer_.erase(buffer_.begin(), buffer_.begin() + 2 + std::ptrdiff_t(length));
    return message;
}

}  // namespace pyfw::formats
