#include "port/sigfox_test_modes.h"

#include <iterator>
#include <string>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/sigfox_radio.h"
#include "sigfox/zones.h"

namespace pyfw::port {

namespace {

enum TestMode : int64_t { TxBpsk = 0, TxProtocol = 1, RxProtocol = 2, RxGfsk = 3, RxSensi = 4, TxSynth = 5 };

struct ModeFacts {
    const char* name;
    bool supported;
};
constexpr ModeFacts kModes[] = {
    {"TX_BPSK", true}, {"TX_PROTOCOL", true}, {"RX_PROTOCOL", true},
    {"RX_GFSK", false}, {"RX_SENSI", false}, {"TX_SYNTH", false},
};

constexpr int64_t kInterFrameUs = 500'000;        // SFX_DLY_INTER_FRAME_TRX
constexpr int64_t kManualTxGapUs = 50'000;
constexpr int kManualTxFrames = 20;
constexpr size_t kBpskFrameSize = 26;

// The frame Pycom's manual transmission repeats: a real uplink of device 00187d74 (counter 0xdc3,
// payload aaaa), whose key the board does not have.
constexpr uint8_t kManualTxFrame[] = {0xAA, 0xAA, 0xA3, 0x5F, 0x8D, 0xC3, 0x74, 0x7D, 0x18,
                                      0x00, 0xAA, 0xAA, 0xB8, 0x01, 0x5A, 0x5F, 0x53, 0x4C};

void pause(int64_t us) { engine::host().sleepMicros(uint64_t(us)); }

// 26 bytes: the preamble, then a PN9 sequence (x^9 + x^5 + 1) that runs on from frame to frame.
base::Bytes bpskFrame(uint16_t& pn) {
    base::Bytes frame{0xAA, 0xAA};
    while (frame.size() < kBpskFrameSize) {
        uint8_t byte = 0;
        for (int bit = 0; bit < 8; ++bit) {
            const bool out = pn & 1;
            const bool feedback = ((pn >> 5) ^ pn) & 1;
            pn = uint16_t(pn >> 1 | (feedback ? 0x100 : 0));
            byte = uint8_t(byte << 1 | out);
        }
        frame.push_back(byte);
    }
    return frame;
}

void sendMessage(SigfoxRadio& radio, SigfoxRadio::Message message) {
    // A message that fails (no downlink came, NVS full) does not stop the test, as the library's.
    (void)radio.send(message);
}

void txBpsk(SigfoxRadio& radio, int64_t config) {
    const int64_t frequencyHz = sigfox::kZones[radio.zone].uplinkHz;
    uint16_t pn = 0x1FF;
    for (int64_t i = 0; i < (config & 0x7F); ++i) {
        radio.transmitFrame(bpskFrame(pn), frequencyHz);
        if (!(config & 0x80)) pause(kInterFrameUs);
    }
}

void txProtocol(SigfoxRadio& radio, int64_t rounds) {
    for (int64_t round = 0; round < rounds; ++round) {
        for (bool bit : {false, true}) {
            SigfoxRadio::Message message;
            message.kind = sigfox::UplinkKind::Bit;
            message.bit = bit;
            sendMessage(radio, message);
        }
        SigfoxRadio::Message keepAlive;
        keepAlive.kind = sigfox::UplinkKind::Control;
        sendMessage(radio, keepAlive);
        for (size_t size = 1; size <= sigfox::kMaxUplinkPayload; ++size) {
            SigfoxRadio::Message message;
            for (size_t i = 0; i < size; ++i) message.payload.push_back(uint8_t(0x30 + i));
            sendMessage(radio, message);
        }
    }
}

void rxProtocol(SigfoxRadio& radio, int64_t rounds) {
    for (int64_t round = 0; round < rounds; ++round) {
        SigfoxRadio::Message message;
        for (size_t i = 0; i < sigfox::kMaxUplinkPayload; ++i) message.payload.push_back(uint8_t(0x30 + i));
        message.downlinkRequest = true;
        sendMessage(radio, message);
    }
}

void manualTx(SigfoxRadio& radio, int64_t frequencyHz) {
    for (int i = 0; i < kManualTxFrames; ++i) {
        radio.transmitFrame(base::ByteView(kManualTxFrame, sizeof kManualTxFrame), frequencyHz);
        pause(kManualTxGapUs);
    }
}

std::string bandText(const sigfox::Zone& zone) {
    return std::to_string(sigfox::uplinkBandLowHz(zone)) + ".." + std::to_string(sigfox::uplinkBandHighHz(zone)) + " Hz";
}

}  // namespace

TestModeCheck checkTestMode(const SigfoxRadio& radio, int64_t mode, int64_t config) {
    const sigfox::Zone& zone = sigfox::kZones[radio.zone];
    if (mode == kTestModeManualTx) {
        if (!sigfox::inUplinkBand(zone, config))
            return {true, "test mode 8 (manual transmission) takes a frequency in " + std::string(zone.name) +
                              "'s uplink band, " + bandText(zone) + ", not " + std::to_string(config)};
        return {};
    }
    if (mode < 0 || mode >= int64_t(std::size(kModes)))
        return {true, "invalid test mode " + std::to_string(mode) + ": 0 to 5 (Sigfox's) or 8 (manual transmission)"};
    if (config < 0 || config > 255)
        return {true, "the config of test mode " + std::to_string(mode) + " is a byte (0..255), not " + std::to_string(config)};
    if (!kModes[mode].supported)
        return {false, std::string("network.Sigfox.test_mode: ") + kModes[mode].name +
                           " needs Sigfox's test equipment, which the simulated network does not have"};
    return {};
}

void runTestMode(SigfoxRadio& radio, int64_t mode, int64_t config) {
    switch (mode) {
    case TxBpsk: return txBpsk(radio, config);
    case TxProtocol: return txProtocol(radio, config);
    case RxProtocol: return rxProtocol(radio, config);
    case kTestModeManualTx: return manualTx(radio, config);
    default: return;   // checkTestMode refused it
    }
}

}  // namespace pyfw::port
