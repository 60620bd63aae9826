// Sigfox.test_mode(mode, config): the test modes of the Sigfox library (SIGFOX_API_test_mode) and
// Pycom's manual transmission, run by the board's Sigfox stack against the simulated network:
//
//   0 TX_BPSK      (config & 0x7F) frames of 26 bytes (preamble and a PN9 sequence, no message) on
//                  the zone's uplink frequency, 500 ms apart unless bit 7 of config is set
//   1 TX_PROTOCOL  config rounds of every uplink: bit 0, bit 1, an out-of-band keep-alive, and
//                  messages of 1 to 12 bytes (0x30, 0x31, ...), each on its three frequencies
//   2 RX_PROTOCOL  config rounds of a 12-byte message asking for a downlink (and its confirmation)
//   8 MANUAL_TX    Pycom's: 20 copies of one fixed frame on frequency `config`, 50 ms apart
//
// Modes 3 (RX_GFSK), 4 (RX_SENSI) and 5 (TX_SYNTH) need Sigfox's own test equipment to send or
// measure; the simulated network has none, so they are refused as not supported.
#pragma once

#include <cstdint>
#include <string>

namespace pyfw::port {

class SigfoxRadio;

inline constexpr int64_t kTestModeManualTx = 8;

// Checks mode and config (a clear sentence when they break the rules) and runs the test; the
// board's clock runs on meanwhile. `supported` false: a mode the simulation cannot run.
struct TestModeCheck {
    bool supported = true;
    std::string error;   // empty: fine
};
TestModeCheck checkTestMode(const SigfoxRadio& radio, int64_t mode, int64_t config);
void runTestMode(SigfoxRadio& radio, int64_t mode, int64_t config);

}  // namespace pyfw::port
