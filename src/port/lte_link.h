// The firmware's end of the LTE UART (Pycom's lteppp.c and the AT helpers of modlte.c): command
// lines out, answers in, the data session and its "+++" escape, and the recovery of a modem that
// does not answer. One link per hard boot: a soft reboot keeps it, and with it the modem's
// registration and data session (the GPy/FiPy soft-reset fix of 1.17.3).
//
// Every line each way and every recovery step goes to the link's trace, with the board's time:
// `pyfw board boot --lte-log FILE` keeps it, `LTE(debug=True)` prints it on the console.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "base/clock.h"
#include "chip/sequans_modem.h"

namespace pyfw::port {

class LteLink {
public:
    static constexpr int64_t kCommandTimeoutUs = 5'000'000;
    static constexpr int64_t kGuardUs = 1'000'000;   // silence around "+++" (Hayes guard time)

    using Waiter = std::function<void(int64_t untilUs)>;   // sleeps on the board's clock
    using Trace = std::function<void(const std::string&)>;

    LteLink(chip::SequansModem& modem, base::Clock& clock, Waiter wait, Trace boardTrace);

    struct Reply {
        bool answered = false;   // a final result code came before the timeout
        std::string text;        // what came, unsolicited +SYSSTART lines left out
        bool ok() const { return answered && text.find("\r\nOK\r\n") != std::string::npos; }
    };
    // One command line; waits for its final result code. In a data session the session is paused
    // with "+++" for it and resumed with ATO afterwards, as Pycom's send_at_cmd does.
    Reply command(const std::string& line, int64_t timeoutUs = kCommandTimeoutUs);

    // Brings a mute modem back: AT (it may still be booting), the "+++" escape (a data session left
    // over from before a reset eats AT commands), then its reset line. False when it stays mute.
    bool revive();
    // AT^RESET, or the reset line when the modem does not take it; waits for +SYSSTART.
    bool resetModem();

    // The PPP data session: AT+CGDATA's CONNECT starts it, NO CARRIER or ATH ends it.
    bool startData(int cid);
    void endData();
    // True while the session lives; notices NO CARRIER from the modem.
    bool dataSessionAlive();
    // PPP has negotiated its address (the LCP/IPCP exchange after CONNECT).
    bool pppUp();
    // Which data session this is (1, 2, ... in this hard boot); 0 when none carries data. A socket
    // that went over a session that has ended has lost its route.
    uint64_t carryingSession();
    // machine.deepsleep(): Pycom deinits LTE first; the data session ends and the radio goes to
    // CFUN=0, so the modem sleeps with the board instead of staying registered. A mute modem is
    // left as it is.
    void powerDownForDeepSleep();

    bool initialised = false;   // LTE() has set the modem up in this hard boot
    std::string carrier;        // the profile the firmware last saw in the modem
    Trace consoleTrace;         // LTE(debug=True)

private:
    Reply exchange(const std::string& line, int64_t timeoutUs);
    bool escape();
    void resume();
    bool waitForStart(int64_t timeoutUs);
    void trace(const std::string& text);

    struct Session {
        int64_t startUs = 0;
        bool paused = false;
        uint64_t number = 0;
    };

    chip::SequansModem& modem_;
    base::Clock& clock_;
    Waiter wait_;
    Trace boardTrace_;
    std::optional<Session> session_;
    uint64_t sessionsStarted_ = 0;
};

}  // namespace pyfw::port
