// The device MAC against a scripted radio on a hand-driven clock: each test plays the network's
// part byte by byte, so bad input, MAC command rules and Pycom's join behaviour are checked exactly.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <vector>

#include "lorawan/device.h"
#include "lorawan/time_on_air.h"

using namespace pyfw;
using namespace pyfw::lorawan;

namespace {

struct Sent {
    uint32_t frequencyHz;
    uint8_t dr;
    base::Bytes frame;
};

struct FakeRadio : Radio {
    std::vector<Sent> sent;
    std::vector<RxRequest> windows;
    std::vector<RxRequest> continuous;
    void transmit(const TxRequest& r) override { sent.push_back({r.frequencyHz, r.dr, base::Bytes(r.frame.begin(), r.frame.end())}); }
    void receive(const RxRequest& r) override { (r.windowUs ? windows : continuous).push_back(r); }
    void standby() override {}
};

struct FakeClock : Clock {
    int64_t now = 0;
    int64_t nowUs() const override { return now; }
    void sleepUs(int64_t duration) override { now += duration; }
};

struct FakeStorage : Storage {
    std::map<std::string, base::Bytes, std::less<>> blobs;
    std::optional<base::Bytes> load(std::string_view key) override {
        auto it = blobs.find(key);
        return it == blobs.end() ? std::nullopt : std::optional(it->second);
    }
    base::Status store(std::string_view key, base::ByteView value) override {
        blobs[std::string(key)] = base::Bytes(value.begin(), value.end());
        return base::okStatus();
    }
    void erase(std::string_view key) override { blobs.erase(std::string(key)); }
};

Key keyOf(uint8_t fill) {
    Key k;
    k.fill(fill);
    return k;
}

constexpr uint32_t kAddr = 0x26011234;

struct Harness {
    FakeRadio radio;
    FakeClock clock;
    FakeStorage storage;
    Device device;

    explicit Harness(DeviceConfig config = {}, FakeStorage* shared = nullptr)
        : device(config, radio, clock, shared ? *shared : storage) {}

    void abp() { ASSERT_TRUE(device.activateAbp(kAddr, keyOf(1), keyOf(2)).ok()); }
    // Advances to the device's next wake-up and runs it.
    void wake() {
        ASSERT_NE(device.wakeAt(), INT64_MAX);
        clock.now = std::max(clock.now, device.wakeAt());
        device.onTimer(clock.now);
    }
    // Finishes the current transmission and opens RX1.
    void toRx1() {
        clock.now += 100000;
        device.onTxDone(clock.now);
        wake();
    }
    void timeout() { device.onRxTimeout(clock.now += 50000); }
    void rx(base::ByteView frame, int8_t snr = 5) { device.onRxDone(frame, -60, snr, clock.now += 50000); }
    // A downlink sealed with the ABP session keys.
    FrameBuffer downlink(uint32_t fcnt, base::ByteView fopts = {}, std::optional<uint8_t> port = std::nullopt,
                         base::ByteView payload = {}, uint8_t fctrl = 0, MType type = MType::UnconfirmedDown,
                         uint32_t addr = kAddr) {
        SessionCrypto keys(keyOf(1), keyOf(2));
        DataFrameFields f;
        f.type = type;
        f.devAddr = addr;
        f.fctrl = fctrl;
        f.fcnt = fcnt;
        f.fopts = fopts;
        f.port = port;
        f.payload = payload;
        FrameBuffer out;
        sealDataFrame(keys, f, out);
        return out;
    }
    // Sends one uplink and plays both windows empty.
    void quietUplink(base::ByteView payload = {}) {
        ASSERT_EQ(device.send(1, payload), SendResult::Ok);
        toRx1();
        timeout();
        wake();
        timeout();
    }
    DataFrameView lastUplink() {
        auto parsed = parseDataFrame(radio.sent.back().frame);
        EXPECT_TRUE(std::holds_alternative<DataFrameView>(parsed));
        return std::get<DataFrameView>(parsed);
    }
    uint32_t drops(DropReason r) const { return device.stats().drops[size_t(r)]; }
    // Lets the network start the port-224 test, which it does in RX1 of an uplink (downlink 0).
    void activateComplianceTest() {
        device.setComplianceEnabled(true);
        ASSERT_EQ(device.send(1, {}), SendResult::Ok);
        toRx1();
        const uint8_t activate[] = {1, 1, 1, 1};
        rx(downlink(0, {}, kCompliancePort, activate).view());
    }
};

}  // namespace

TEST(Device, BadDownlinksAreDroppedWithACountedReason) {
    Harness h;
    h.abp();
    const uint8_t status[] = {0x02, 0x05, 0x01};  // LinkCheckAns margin 5, one gateway
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    // Truncated, bad MIC, another device's address: each dropped, the window stays open for RX2.
    FrameBuffer good = h.downlink(5, status);
    h.rx(base::ByteView(good.view()).first(10));
    EXPECT_EQ(h.drops(DropReason::Truncated), 1u);
    h.wake();
    FrameBuffer badMic = good;
    badMic.bytes[badMic.size - 1] ^= 1;
    h.rx(badMic.view());
    EXPECT_EQ(h.drops(DropReason::BadMic), 1u);
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    h.rx(h.downlink(5, status, std::nullopt, {}, 0, MType::UnconfirmedDown, 0x26000000).view());
    EXPECT_EQ(h.drops(DropReason::NotForUs), 1u);
    h.wake();
    h.rx(good.view());  // accepted in RX2
    EXPECT_EQ(h.device.stats().gatewayCount, 1);
    EXPECT_EQ(h.device.session().fcntDown, 5u);
    // The same counter again is a replay; a jump of MAX_FCNT_GAP or more is refused.
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    h.rx(good.view());
    EXPECT_EQ(h.drops(DropReason::Replay), 1u);
    h.wake();
    h.rx(h.downlink(5 + kMaxFcntGap).view());
    EXPECT_EQ(h.drops(DropReason::CounterGap), 1u);
    EXPECT_EQ(h.device.session().fcntDown, 5u);
    // An uplink-type frame and an FOpts-plus-port-0 frame are refused too.
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    h.rx(h.downlink(6, {}, 1, {}, 0, MType::UnconfirmedUp).view());
    EXPECT_EQ(h.drops(DropReason::UnexpectedType), 1u);
    h.wake();
    const uint8_t fopts[] = {0x06};
    FrameBuffer port0 = h.downlink(6, fopts, 0, status);
    h.rx(port0.view());
    EXPECT_EQ(h.drops(DropReason::FOptsOnPort0), 1u);
}

TEST(Device, UnknownMacCommandStopsParsingAndIsCounted) {
    Harness h;
    h.abp();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    const uint8_t fopts[] = {0x06, 0x7F, 0x01, 0x04, 0x00};  // DevStatusReq, an unknown CID, DutyCycleReq
    h.rx(h.downlink(1, fopts).view(), -7);
    EXPECT_EQ(h.device.stats().unknownMacCommands, 1u);
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    // DevStatusAns (battery 255, margin -7 as 6-bit two's complement); nothing after the unknown CID.
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "06ff39");
}

TEST(Device, JoinAcceptForAnotherDeviceIsDroppedThenTheRightOneJoins) {
    Harness h;
    ASSERT_TRUE(h.device.joinOtaa(0x0102030405060708ull, 0x1112131415161718ull, keyOf(9), 3).ok());
    ASSERT_EQ(h.radio.sent.size(), 1u);
    EXPECT_EQ(h.radio.sent[0].dr, 3);
    auto request = std::get<JoinRequestView>(parseJoinRequest(h.radio.sent[0].frame));
    EXPECT_EQ(request.devNonce, 0);
    h.toRx1();
    JoinAccept accept;
    accept.appNonce = 0x123456;
    accept.netId = 0x13;
    accept.devAddr = 0x26000042;
    accept.dlSettings = 0x13;  // RX1 offset 1, RX2 DR3
    accept.rxDelay = 2;
    accept.hasCfList = true;
    accept.cfListHz = {867100000, 867300000, 867500000, 867700000, 867900000};
    FrameBuffer other, mine;
    sealJoinAccept(keyOf(8), accept, other);
    sealJoinAccept(keyOf(9), accept, mine);
    h.rx(other.view());
    EXPECT_EQ(h.drops(DropReason::BadMic), 1u);
    EXPECT_FALSE(h.device.joined());
    h.wake();
    h.rx(mine.view());
    ASSERT_TRUE(h.device.joined());
    const Session& s = h.device.session();
    EXPECT_EQ(s.devAddr, 0x26000042u);
    EXPECT_EQ(s.dr, 3);  // Pycom keeps the join DR
    EXPECT_EQ(s.rx1DrOffset, 1);
    EXPECT_EQ(s.rx2Dr, 3);
    EXPECT_EQ(s.rxDelaySeconds, 2);
    EXPECT_EQ(s.channels.channel(7).frequencyHz, 867900000u);
    EXPECT_TRUE(s.channels.enabled(7));
    const SessionKeys keys = deriveSessionKeys(keyOf(9), 0x123456, 0x13, 0);
    EXPECT_EQ(s.nwkSKey, keys.nwkSKey);
}

TEST(Device, PycomJoinRetriesEvery10SecondsAtTheRequestedDrWithFreshNonces) {
    FakeStorage nvs;
    DeviceConfig pycom;
    pycom.joinRetry = JoinRetry::PycomFixed;
    {
        Harness h(pycom, &nvs);
        ASSERT_TRUE(h.device.joinOtaa(1, 2, keyOf(9), 2).ok());
        h.toRx1();
        h.timeout();
        h.wake();
        h.timeout();
        EXPECT_EQ(h.device.wakeAt(), 10 * kSecondUs);  // 10 s after the first request went out
        h.wake();
        ASSERT_EQ(h.radio.sent.size(), 2u);
        EXPECT_EQ(h.radio.sent[1].dr, 2);
        EXPECT_EQ(std::get<JoinRequestView>(parseJoinRequest(h.radio.sent[1].frame)).devNonce, 1);
    }
    // A reboot (a new device over the same storage) goes on counting: no DevNonce twice.
    Harness again(pycom, &nvs);
    ASSERT_TRUE(again.device.joinOtaa(1, 2, keyOf(9)).ok());
    EXPECT_EQ(std::get<JoinRequestView>(parseJoinRequest(again.radio.sent[0].frame)).devNonce, 2);
    EXPECT_EQ(again.radio.sent[0].dr, 5);  // EU868 default join DR in Pycom
    EXPECT_FALSE(again.device.joinOtaa(1, 2, keyOf(9), 6).ok());
}

namespace {
// A device whose join requests are never answered, until untilUs: when each request started.
std::vector<int64_t> unansweredJoins(const DeviceConfig& config, uint8_t dr, int64_t untilUs, int64_t& airUs) {
    Harness h(config);
    airUs = timeOnAirUs(modulationFor(region(RegionId::EU868).dataRates[dr], true), kJoinRequestSize);
    std::vector<int64_t> starts;
    EXPECT_TRUE(h.device.joinOtaa(1, 2, keyOf(9), dr).ok());
    for (;;) {
        EXPECT_EQ(h.radio.sent.size(), starts.size() + 1);
        starts.push_back(h.clock.now);
        h.clock.now += airUs;
        h.device.onTxDone(h.clock.now);
        h.wake();  // RX1 opens and stays empty
        h.timeout();
        h.wake();  // RX2
        h.timeout();
        if (h.device.wakeAt() >= untilUs) return starts;
        h.wake();  // the next request
    }
}

int64_t airtimeBetween(const std::vector<int64_t>& starts, int64_t airUs, int64_t fromUs, int64_t toUs) {
    int64_t total = 0;
    for (int64_t t : starts) total += t >= fromUs && t < toUs ? airUs : 0;
    return total;
}
}  // namespace

// LoRaWAN 1.0.2 §7: join retries at random intervals, within 36 s of airtime in the first hour,
// 36 s over the next ten, and 8.7 s per day after that.
TEST(Device, JoinBackOffIsRandomGrowsAndKeepsTheAirtimeCaps) {
    constexpr int64_t kHour = 3600 * kSecondUs;
    for (uint8_t dr : {0, 5}) {  // SF12: 1.5 s per request; SF7: 62 ms
        int64_t airUs = 0;
        const std::vector<int64_t> starts = unansweredJoins({}, dr, 4 * 24 * kHour, airUs);
        EXPECT_LE(airtimeBetween(starts, airUs, 0, kHour), 36 * kSecondUs) << int(dr);
        EXPECT_LE(airtimeBetween(starts, airUs, kHour, 11 * kHour), 36 * kSecondUs) << int(dr);
        for (int64_t day = 11 * kHour; day < 4 * 24 * kHour; day += 24 * kHour)
            EXPECT_LE(airtimeBetween(starts, airUs, day, day + 24 * kHour), 8700 * 1000) << int(dr);
        ASSERT_GT(starts.size(), 10u);
        // Never closer than the join duty cycle of the first hour: 1 % of the request's airtime.
        for (size_t i = 1; i < starts.size(); ++i) EXPECT_GE(starts[i] - starts[i - 1], 99 * airUs);
    }
    int64_t airUs = 0;
    const std::vector<int64_t> starts = unansweredJoins({}, 5, 3600 * kSecondUs, airUs);
    // At SF7 the first retry comes 5 to 10 s after the first request (once its windows are over);
    // the intervals are not one fixed value, and they grow.
    EXPECT_GE(starts[1] - starts[0], 5 * kSecondUs);
    EXPECT_LT(starts[1] - starts[0], 10 * kSecondUs + airUs);
    std::set<int64_t> gaps;
    for (size_t i = 1; i < 8; ++i) gaps.insert(starts[i] - starts[i - 1]);
    EXPECT_GT(gaps.size(), 5u);
    EXPECT_GT(starts[8] - starts[7], starts[2] - starts[1]);
    // Another device draws another sequence.
    DeviceConfig other;
    other.seed = 2;
    EXPECT_NE(unansweredJoins({}, 5, kHour, airUs), unansweredJoins(other, 5, kHour, airUs));
}

// An application that calls join() again and again restarts the back-off, never the budget.
TEST(Device, JoiningAgainAndAgainCannotBreakTheAirtimeCap) {
    constexpr int64_t kHour = 3600 * kSecondUs;
    Harness h;
    const int64_t airUs = timeOnAirUs(modulationFor(region(RegionId::EU868).dataRates[0], true), kJoinRequestSize);
    std::vector<int64_t> starts;
    for (int i = 0; i < 200; ++i) {
        ASSERT_TRUE(h.device.joinOtaa(1, 2, keyOf(9), 0).ok());
        if (h.radio.sent.size() == starts.size()) h.wake();  // held back for the budget
        ASSERT_EQ(h.radio.sent.size(), starts.size() + 1);
        starts.push_back(h.clock.now);
        h.clock.now += airUs;
        h.device.onTxDone(h.clock.now);
    }
    EXPECT_LE(airtimeBetween(starts, airUs, 0, kHour), 36 * kSecondUs);
    EXPECT_LE(airtimeBetween(starts, airUs, kHour, 11 * kHour), 36 * kSecondUs);
    for (int64_t day = 11 * kHour; day < starts.back(); day += 24 * kHour)
        EXPECT_LE(airtimeBetween(starts, airUs, day, day + 24 * kHour), 8700 * 1000);
}

TEST(Device, Us915LinkAdrBlockIsAppliedAtomically) {
    DeviceConfig config;
    config.region = RegionId::US915;
    Harness h(config);
    h.abp();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    // The TTN pattern: ChMaskCntl 7 (all 125 kHz off, 500 kHz channel 65 on), then channels 8-15.
    const uint8_t block[] = {0x03, 0x30, 0x02, 0x00, 0x70, 0x03, 0x30, 0x00, 0xFF, 0x00};
    h.rx(h.downlink(0, block).view());
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "03070307");
    const ChannelMask mask = h.device.session().channels.mask();
    EXPECT_EQ(mask[0], 0xFF00);
    EXPECT_EQ(mask[1] | mask[2] | mask[3], 0);
    EXPECT_EQ(mask[4], 0x0002);
    EXPECT_EQ(h.device.session().dr, 3);
    for (int i = 0; i < 20; ++i) {
        h.toRx1();
        h.timeout();
        h.wake();
        h.timeout();
        const uint32_t hz = h.radio.sent.back().frequencyHz;
        EXPECT_TRUE(hz >= 903900000 && hz <= 905300000) << hz;  // sub-band 2
        ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    }
}

TEST(Device, As923TxParamSetupChangesTheDwellLimit) {
    DeviceConfig config;
    config.region = RegionId::AS923;
    Harness h(config);
    h.abp();
    EXPECT_EQ(h.device.send(1, {}, {false, 0}), SendResult::InvalidDr);  // DR0 is not allowed under 400 ms dwell
    base::Bytes twelve(12);
    EXPECT_EQ(h.device.send(1, twelve, {false, 2}), SendResult::TooLong);  // DR2 carries 11 bytes
    ASSERT_EQ(h.device.send(1, {}, {false, 2}), SendResult::Ok);
    h.toRx1();
    const uint8_t txParam[] = {0x09, 0x05};  // dwell off both ways, MaxEIRP 16 dBm
    h.rx(h.downlink(0, txParam).view());
    EXPECT_FALSE(h.device.session().uplinkDwell);
    ASSERT_EQ(h.device.send(1, twelve, {false, 0}), SendResult::Ok);
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "09");
    // EU868 has no TxParamSetupReq: it is ignored and not answered.
    Harness eu;
    eu.abp();
    ASSERT_EQ(eu.device.send(1, {}), SendResult::Ok);
    eu.toRx1();
    eu.rx(eu.downlink(0, txParam).view());
    ASSERT_EQ(eu.device.send(1, {}), SendResult::Ok);
    EXPECT_TRUE(eu.lastUplink().fopts.empty());
}

TEST(Device, Eu868DutyCycleHoldsTheNextUplinkUntilTheBandIsFree) {
    DeviceConfig config;
    config.dutyCycle = true;
    Harness h(config);
    h.abp();
    ASSERT_EQ(h.device.send(1, {}, {false, 0}), SendResult::Ok);
    const int64_t start = h.clock.now;
    h.clock.now += 1155000;  // SF12 air time of this frame, about 1.2 s
    h.device.onTxDone(h.clock.now);
    h.wake();
    h.timeout();
    h.wake();
    h.timeout();
    ASSERT_EQ(h.device.send(1, {}, {false, 0}), SendResult::Ok);
    EXPECT_EQ(h.radio.sent.size(), 1u);  // all three default channels share the 1 % band
    EXPECT_EQ(h.device.wakeAt(), start + 1155000 * 100);
    h.wake();
    EXPECT_EQ(h.radio.sent.size(), 2u);
}

TEST(Device, ConfirmedUplinkIsTriedOnePlusTxRetriesTimesThenFails) {
    DeviceConfig config;
    config.txRetries = 3;
    Harness h(config);
    h.abp();
    const uint8_t payload[] = {0x11, 0x22};
    ASSERT_EQ(h.device.send(1, payload, {true, 5}), SendResult::Ok);
    for (int i = 0; i < 4; ++i) {
        if (i > 0) h.wake();  // the ACK timeout
        ASSERT_EQ(h.radio.sent.size(), size_t(i + 1));
        h.toRx1();
        h.timeout();
        h.wake();
        h.timeout();
    }
    EXPECT_FALSE(h.device.busy());
    EXPECT_EQ(h.device.wakeAt(), INT64_MAX);  // no fifth try
    ASSERT_EQ(h.radio.sent.size(), 4u);
    for (const Sent& sent : h.radio.sent) EXPECT_EQ(sent.frame, h.radio.sent[0].frame);  // the same FCnt each time
    EXPECT_TRUE(h.lastUplink().type == MType::ConfirmedUp);
    // The data rate steps down before every second retry (DR5, DR5, DR4, DR4).
    EXPECT_EQ(h.radio.sent[1].dr, 5);
    EXPECT_EQ(h.radio.sent[2].dr, 4);
    EXPECT_EQ(h.radio.sent[3].dr, 4);
    EXPECT_EQ(h.device.stats().retransmissions, 3u);
    EXPECT_EQ(h.device.stats().failedUplinks, 1u);
    EXPECT_EQ(h.device.takeEvents(), uint32_t(TxFailedEvent));
    ASSERT_EQ(h.device.send(1, payload, {true}), SendResult::Ok);  // the next frame has the next counter
    EXPECT_EQ(h.lastUplink().fcnt16, 1u);
}

// A window catches a downlink whose 8-symbol preamble starts at startUs when it opens early enough
// to hear enough of the preamble, and no more than 50 ms before it.
bool catchesPreambleAt(const RxRequest& window, int64_t startUs) {
    const int64_t symbolUs = symbolTimeUs(modulationFor(window.rate, false));
    return window.openUs >= startUs - 50000 && window.openUs <= startUs + 2 * symbolUs &&
           window.openUs + window.windowUs > startUs;
}

TEST(Device, ReceiveWindowsFollowRxDelayRx1DrOffsetAndRx2Settings) {
    Harness h;
    h.abp();
    ASSERT_EQ(h.device.send(1, {}, {false, 5}), SendResult::Ok);
    h.toRx1();
    // RXParamSetupReq: RX1 offset 2, RX2 DR1 at 869.4 MHz; RXTimingSetupReq: 3 s.
    const uint8_t commands[] = {0x05, 0x21, 0xF0, 0xA8, 0x84, 0x08, 0x03};
    h.rx(h.downlink(0, commands).view());
    EXPECT_EQ(h.device.session().rx2FrequencyHz, 869400000u);
    ASSERT_EQ(h.device.send(1, {}, {false, 5}), SendResult::Ok);
    const uint32_t uplinkHz = h.radio.sent.back().frequencyHz;
    h.clock.now += 100000;
    const int64_t txEnd = h.clock.now;
    h.device.onTxDone(txEnd);
    const size_t before = h.radio.windows.size();
    h.wake();
    ASSERT_EQ(h.radio.windows.size(), before + 1);
    const RxRequest rx1 = h.radio.windows.back();
    EXPECT_EQ(rx1.frequencyHz, uplinkHz);
    EXPECT_EQ(rx1.dr, 3);  // DR5 - offset 2
    EXPECT_TRUE(catchesPreambleAt(rx1, txEnd + 3 * kSecondUs));  // RxDelay after the uplink
    EXPECT_FALSE(catchesPreambleAt(rx1, txEnd + 1 * kSecondUs));
    h.timeout();
    h.wake();
    const RxRequest rx2 = h.radio.windows.back();
    EXPECT_EQ(rx2.frequencyHz, 869400000u);
    EXPECT_EQ(rx2.dr, 1);
    EXPECT_TRUE(catchesPreambleAt(rx2, txEnd + 4 * kSecondUs));
    EXPECT_FALSE(catchesPreambleAt(rx2, txEnd + 2 * kSecondUs));
}

TEST(Device, NewChannelAndDlChannelRequestsAreAppliedAndAnswered) {
    Harness h;
    h.abp();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    // NewChannelReq ch3 867.1 MHz DR0-5 (accepted), ch4 at 915 MHz (refused: frequency);
    // DlChannelReq ch3 RX1 at 869.0 MHz (accepted), ch9 (refused: no such uplink channel).
    const uint8_t commands[] = {0x07, 0x03, 0x18, 0x4F, 0x84, 0x50, 0x07, 0x04, 0x30, 0x9E, 0x8B, 0x50,
                                0x0A, 0x03, 0x50, 0x99, 0x84, 0x0A, 0x09, 0x50, 0x99, 0x84};
    h.rx(h.downlink(0, {}, 0, commands).view());  // 22 bytes: too many for FOpts, so on port 0
    EXPECT_EQ(h.device.session().channels.channel(3).frequencyHz, 867100000u);
    EXPECT_EQ(h.device.session().channels.channel(3).rx1FrequencyHz, 869000000u);
    EXPECT_EQ(h.device.session().channels.channel(4).frequencyHz, 0u);
    h.quietUplink();
    // NewChannelAns (b1 DR range, b0 frequency) each, then the sticky DlChannelAns (b1 uplink
    // channel exists, b0 frequency), which comes again until a downlink arrives.
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "0703" "0702" "0a03" "0a01");
    h.quietUplink();
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "0a03" "0a01");
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    h.rx(h.downlink(1).view());
    h.quietUplink();
    EXPECT_EQ(base::toHex(h.lastUplink().fopts), "");
}

TEST(Device, AddedChannelsCarryUplinksAndRemovedOnesDoNot) {
    Harness h;
    h.abp();
    EXPECT_FALSE(h.device.removeChannel(0));  // the EU868 default channels stay
    ASSERT_TRUE(h.device.addChannel(3, 867100000, 0, 5));
    std::set<uint32_t> used;
    for (int i = 0; i < 40; ++i) {
        h.quietUplink();
        used.insert(h.radio.sent.back().frequencyHz);
    }
    EXPECT_EQ(used, (std::set<uint32_t>{867100000, 868100000, 868300000, 868500000}));
    ASSERT_TRUE(h.device.removeChannel(3));
    used.clear();
    for (int i = 0; i < 40; ++i) {
        h.quietUplink();
        used.insert(h.radio.sent.back().frequencyHz);
    }
    EXPECT_EQ(used, (std::set<uint32_t>{868100000, 868300000, 868500000}));
}

TEST(Device, NbTransRepeatsUntilADownlinkArrives) {
    Harness h;
    h.abp();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    const uint8_t linkAdr[] = {0x03, 0x50, 0x07, 0x00, 0x03};  // DR5, channels 0-2, NbTrans 3
    h.rx(h.downlink(0, linkAdr).view());
    h.quietUplink();
    h.wake();
    h.toRx1();
    h.timeout();
    h.wake();
    h.timeout();
    h.wake();
    ASSERT_EQ(h.radio.sent.size(), 4u);  // the first frame, then the same frame three times
    EXPECT_EQ(h.radio.sent[1].frame, h.radio.sent[2].frame);
    EXPECT_EQ(h.radio.sent[2].frame, h.radio.sent[3].frame);
    h.toRx1();
    h.rx(h.downlink(1).view());  // a downlink stops the repetition
    EXPECT_FALSE(h.device.busy());
}

TEST(Device, AdrBackOffAsksForADownlinkThenLowersTheDataRate) {
    DeviceConfig config;
    config.adr = true;
    Harness h(config);
    h.abp();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    h.toRx1();
    const uint8_t linkAdr[] = {0x03, 0x52, 0x07, 0x00, 0x01};  // DR5, TX power index 2
    h.rx(h.downlink(0, linkAdr).view());
    for (int i = 0; i < 64; ++i) h.quietUplink();
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);
    EXPECT_TRUE(h.lastUplink().adrAckReq());
    EXPECT_EQ(h.device.session().txPowerIndex, 0);  // full power while asking
    EXPECT_EQ(h.device.session().dr, 5);
    h.toRx1();
    h.timeout();
    h.wake();
    h.timeout();
    // LoRaMac v4.4.0 steps down when the counter, past LIMIT + DELAY, is 1 modulo DELAY.
    for (int i = 0; i < 32; ++i) h.quietUplink();
    EXPECT_EQ(h.device.session().dr, 5);
    h.quietUplink();
    EXPECT_EQ(h.device.session().dr, 4);
    for (int i = 0; i < 32; ++i) h.quietUplink();
    EXPECT_EQ(h.device.session().dr, 3);
}

TEST(Device, ClassCListensOnRx2BetweenAndAfterTheWindows) {
    DeviceConfig config;
    config.deviceClass = DeviceClass::C;
    Harness h(config);
    h.abp();
    ASSERT_EQ(h.radio.continuous.size(), 1u);
    EXPECT_EQ(h.radio.continuous[0].frequencyHz, 869525000u);
    const uint8_t payload[] = {0xAB};
    h.rx(h.downlink(0, {}, 5, payload).view());  // a class C downlink outside any window
    auto d = h.device.receive();
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->port, 5);
    EXPECT_EQ(h.device.stats().rxTimestampUs, h.clock.now);  // stats().rx_timestamp, in µs
    EXPECT_EQ(h.device.stats().rssi, -60);
    EXPECT_EQ(h.device.takeEvents(), uint32_t(RxPacketEvent));
    h.quietUplink();
    EXPECT_GE(h.radio.continuous.size(), 3u);  // after TX, between RX1 and RX2, after RX2
}

TEST(Device, Eu868DutyCycleIsOffByDefaultAsInPycom) {
    Harness h;
    h.abp();
    EXPECT_FALSE(h.device.dutyCycle());
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(h.device.send(1, {}, {false, 0}), SendResult::Ok);
        EXPECT_EQ(h.radio.sent.size(), size_t(i + 1));  // no wait for the 1 % band to free up
        h.clock.now += 1155000;
        h.device.onTxDone(h.clock.now);
        h.wake();
        h.timeout();
        h.wake();
        h.timeout();
    }
}

TEST(Device, ComplianceTestRunsWithTheDutyCycleOnAndLeavingItRestoresTheSetting) {
    Harness h;
    h.abp();
    h.activateComplianceTest();
    EXPECT_TRUE(h.device.compliance().running);
    EXPECT_TRUE(h.device.session().adr);
    EXPECT_TRUE(h.device.dutyCycle());
    h.wake();  // 5 s later: the first counter uplink
    ASSERT_EQ(h.radio.sent.size(), 2u);
    EXPECT_EQ(h.lastUplink().port, kCompliancePort);
    const int64_t bandFreeUs = h.clock.now + 100000 * 100;  // 100 ms on air, then 9.9 s off in the 1 % band
    h.toRx1();
    h.timeout();
    h.wake();
    h.timeout();
    h.wake();  // the 5 s period is up, but the band is not free yet
    EXPECT_EQ(h.radio.sent.size(), 2u);
    EXPECT_EQ(h.device.wakeAt(), bandFreeUs);
    h.wake();
    ASSERT_EQ(h.radio.sent.size(), 3u);
    EXPECT_EQ(h.lastUplink().port, kCompliancePort);
    h.toRx1();
    const uint8_t deactivate[] = {0};
    h.rx(h.downlink(1, {}, kCompliancePort, deactivate).view());
    EXPECT_FALSE(h.device.compliance().running);
    EXPECT_FALSE(h.device.dutyCycle());  // back to the default: off
    EXPECT_FALSE(h.device.session().adr);
    ASSERT_EQ(h.device.send(1, {}), SendResult::Ok);  // the band is still busy, and that no longer matters
    EXPECT_EQ(h.radio.sent.size(), 4u);
}

TEST(Device, LeavingTheComplianceTestKeepsADutyCycleTheOwnerTurnedOn) {
    DeviceConfig config;
    config.dutyCycle = true;
    Harness h(config);
    h.abp();
    h.activateComplianceTest();
    h.wake();
    h.toRx1();
    const uint8_t deactivate[] = {0};
    h.rx(h.downlink(1, {}, kCompliancePort, deactivate).view());
    EXPECT_FALSE(h.device.compliance().running);
    EXPECT_TRUE(h.device.dutyCycle());
}

TEST(Device, SavedSessionRestoresOnlyOnceAndRefusesCorruption) {
    FakeStorage nvs;
    Harness h({}, &nvs);
    h.abp();
    h.quietUplink();
    ASSERT_TRUE(h.device.save().ok());
    Harness woken({}, &nvs);
    ASSERT_TRUE(woken.device.restore().ok());
    EXPECT_TRUE(woken.device.session() == h.device.session());
    EXPECT_FALSE(Harness({}, &nvs).device.restore().ok());  // already used: save again first
    ASSERT_TRUE(woken.device.save().ok());
    nvs.blobs["session"][20] ^= 0xFF;
    auto refused = Harness({}, &nvs).device.restore();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, "the saved LoRaWAN session is corrupt (CRC mismatch)");
    DeviceConfig us;
    us.region = RegionId::US915;
    ASSERT_TRUE(woken.device.save().ok());
    EXPECT_FALSE(Harness(us, &nvs).device.restore().ok());  // another region: refused and erased
    EXPECT_FALSE(nvs.blobs.count("session"));
}
