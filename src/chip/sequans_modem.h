// The Sequans Monarch LTE-M modem of the GPy and FiPy, as the ESP32 sees it over its LTE UART: AT
// commands in, responses and unsolicited lines out, each ready at a time of the board's clock.
//
// The modem is a chip of its own: an ESP32 reset or a soft reboot leaves it as it was (attached, or
// even in a PPP data session); only a power cycle or its reset line starts it again. What it finds
// on the air comes from an LteAir, the simulated operator network (world/lte_network) seen from the
// antenna. Its timing is its own: it boots in ~1.5 s, registration takes what the network needs,
// a scan that finds nothing gives up after kScanGiveUpUs.
//
// Faults to rehearse Pycom's field problems: the modem can stop answering at a time (#225), the
// CEREG answer can come in the layouts that broke Pycom's isattached() parser (#290/#349/#585).
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"

namespace pyfw::chip {

// The cell a modem would camp on, as the network decides it.
struct LteCell {
    int earfcn = 0;
    bool roaming = false;          // registered on a visited network: +CEREG stat 5
    bool denied = false;           // the network refuses this modem (carrier profile): stat 3
    int64_t registrationUs = 0;    // how long registration takes once the cell is found
    std::string trackingArea;      // TAC, 4 hex digits
    std::string cellId;            // E-UTRAN cell identity, 8 hex digits
    std::string address;           // the IPv4 address a PPP session gets
};

// The network seen from the modem's antenna.
class LteAir {
public:
    virtual ~LteAir() = default;
    // The cell on one of `earfcns` that a modem with `carrier`'s profile registers on, if any.
    virtual std::optional<LteCell> findCell(const std::vector<int>& earfcns, std::string_view carrier) const = 0;
    // When the current period of coverage on `earfcn` began, or nothing when `nowUs` is in an outage.
    virtual std::optional<int64_t> coveredSince(int earfcn, int64_t nowUs) const = 0;
};

// How a modem's own firmware behaves.
struct ModemProfile {
    std::string imei = "354347090033449";
    std::string iccid = "89882806660004909182";
    // Stops answering at this time of the board's clock (Pycom #225); the reset line revives it
    // unless `hangSurvivesReset` (then only a power cycle does).
    std::optional<int64_t> hangAtUs;
    bool hangSurvivesReset = false;
    // +CEREG answers: "pycom" is the layout Pycom's parser expected, "wide" carries the optional
    // fields a newer modem firmware adds, "bare" ignores AT+CEREG=2 and answers "+CEREG: 0,<stat>".
    std::string ceregStyle = "pycom";
};

class SequansModem {
public:
    static constexpr int64_t kBootUs = 1'500'000;         // power-on or reset until +SYSSTART
    static constexpr int64_t kCommandUs = 4'000;          // a command's answer
    static constexpr int64_t kPppUpUs = 800'000;          // CONNECT until PPP has an address
    static constexpr int64_t kScanGiveUpUs = 90'000'000;  // a full scan that finds no cell

    SequansModem(base::Clock& clock, const LteAir& air, ModemProfile profile = {});

    // Bytes from the ESP32: AT command lines end with '\r'; in a data session, PPP frames, or the
    // "+++" escape (sent alone, with the guard time the driver keeps) back to command mode.
    void write(std::string_view bytes);
    // Bytes for the ESP32 that are ready now.
    std::string read();
    // When the next pending output is ready (INT64_MAX when none is pending).
    int64_t nextOutputUs() const;

    // The modem's reset line (a pulse reboots it; a hang that survives resets stays).
    void pulseResetLine();
    // Power off and on: every volatile state is lost, the carrier profile is kept.
    void powerCycle();

    // What an observer of the modem can read (tests, the board's LTE log).
    bool inDataMode() { update(); return dataMode_; }
    bool hung() const { return hung_; }
    int registrationStatus() { update(); return statusNow(); }
    const std::string& carrier() const { return carrier_; }
    uint64_t commandsAnswered() const { return commandsAnswered_; }

private:
    struct Output {
        int64_t readyUs;
        std::string text;
    };
    struct DataSession {
        int cid = 1;
        int64_t startUs = 0;
        int64_t registeredFromUs = 0;  // the registration this session runs over
        bool paused = false;           // "+++" escaped to command mode; ATO resumes
    };

    void boot(int64_t atUs);
    void update();                     // hang and data-session loss, evaluated at the clock's time
    void command(std::string line);
    void reply(std::string text, int64_t delayUs = kCommandUs);
    void ok() { reply("\r\nOK\r\n"); }
    void error() { reply("\r\nERROR\r\n"); }
    bool booted() const { return clock_.nowUs() >= bootDoneUs_; }
    // +CEREG stat now, and since when the modem has been registered (when it is).
    int statusNow() const;
    std::optional<int64_t> registeredSince() const;
    std::string ceregLine() const;
    void scanCommand(std::string_view args);
    void setFunction(int level);
    void startData(int cid);

    base::Clock& clock_;
    const LteAir& air_;
    ModemProfile profile_;
    std::deque<Output> outputs_;
    std::string lineBuffer_;
    std::string carrier_ = "standard";
    std::vector<int> scanEarfcns_;
    int function_ = 0;                 // AT+CFUN level: 0 minimum, 1 full, 4 radio off
    int ceregMode_ = 0;                // AT+CEREG=n
    int64_t searchStartUs_ = 0;        // AT+CFUN=1
    int64_t bootDoneUs_ = 0;
    bool dataMode_ = false;
    std::optional<DataSession> session_;
    bool hung_ = false;
    uint64_t commandsAnswered_ = 0;
};

}  // namespace pyfw::chip
