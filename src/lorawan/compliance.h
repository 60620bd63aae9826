// The LoRaWAN 1.0.x certification protocol on port 224, as Pycom's lora.compliance_test() ran it
// (modlora.c; LoRaMac-node LoRaMote main.c v4.4.0): activate with 01 01 01 01, then counter
// uplinks every 5 s, confirmed/unconfirmed, echo +1, link check, deactivate, rejoin. This class
// holds the protocol state and tells the device what to do; the device does the radio work.
#pragma once

#include <array>
#include <cstdint>

#include "base/bytes.h"

namespace pyfw::lorawan {

inline constexpr int64_t kComplianceTxPeriodUs = 5000000;

struct ComplianceState {
    bool enabled = false;      // lora.compliance_test(True) lets the network start the test
    bool running = false;
    uint8_t state = 0;         // the last command (1 = counter uplinks)
    bool confirmed = false;
    uint16_t downlinkCounter = 0;
    bool linkCheckAnswered = false;
    uint8_t linkMargin = 0;
    uint8_t gatewayCount = 0;
    std::array<uint8_t, 242> echo{};
    uint8_t echoSize = 0;
    uint32_t unsupportedCommands = 0;  // 07 (continuous wave) and anything unknown
};

struct ComplianceAction {
    bool activate = false;    // force ADR on, start 5 s test uplinks (duty cycle enforced meanwhile)
    bool deactivate = false;  // restore ADR and the owner's duty-cycle setting
    bool linkCheck = false;   // send LinkCheckReq with the next uplink
    bool rejoin = false;      // start an OTAA join with the stored credentials
};

class Compliance {
public:
    const ComplianceState& state() const { return state_; }
    void setEnabled(bool enabled) { state_.enabled = enabled; }
    // Pycom's compliance_test(enable, state, link_check): the certification script moves the state
    // back to 1 once it has answered an echo or a link check.
    void setState(uint8_t state, bool linkCheckAnswered) {
        state_.state = state;
        state_.linkCheckAnswered = linkCheckAnswered;
    }
    bool running() const { return state_.running; }

    // Every downlink received while running counts, even an empty ACK.
    void countDownlink();
    ComplianceAction onCommand(base::ByteView payload);
    void onLinkCheckAnswer(uint8_t margin, uint8_t gatewayCount);
    // The payload of the next port-224 uplink; returns its size (out has room for 242 bytes).
    size_t nextUplink(uint8_t* out);

private:
    ComplianceState state_;
};

}  // namespace pyfw::lorawan
