#include "port/lte_link.h"

#include <algorithm>
#include <cstdio>

namespace pyfw::port {

namespace {

constexpr const char* kFinalCodes[] = {"\r\nOK\r\n", "\r\nERROR\r\n", "\r\nCONNECT\r\n", "\r\nNO CARRIER\r\n", "+CME ERROR"};
constexpr std::string_view kSysStart = "\r\n+SYSSTART\r\n";

bool hasFinalCode(const std::string& text) {
    return std::any_of(std::begin(kFinalCodes), std::end(kFinalCodes),
                       [&](const char* code) { return text.find(code) != std::string::npos; });
}

void dropSysStart(std::string& text) {
    for (size_t at; (at = text.find(kSysStart)) != std::string::npos;) text.erase(at, kSysStart.size());
}

// "\r\n+CEREG: 2,1\r\n\r\nOK\r\n" as one readable line: "+CEREG: 2,1 | OK".
std::string oneLine(const std::string& text) {
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find_first_of("\r\n", start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out += (out.empty() ? "" : " | ") + text.substr(start, end - start);
        start = end + 1;
    }
    return out;
}

}  // namespace

LteLink::LteLink(chip::SequansModem& modem, base::Clock& clock, Waiter wait, Trace boardTrace)
    : modem_(modem), clock_(clock), wait_(std::move(wait)), boardTrace_(std::move(boardTrace)) {}

void LteLink::trace(const std::string& text) {
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "[%10.3f] ", double(clock_.nowUs()) / 1e6);
    if (boardTrace_) boardTrace_(stamp + text);
    if (consoleTrace) consoleTrace(text);
}

LteLink::Reply LteLink::exchange(const std::string& line, int64_t timeoutUs) {
    trace("> " + line);
    modem_.write(line + "\r");
    Reply reply;
    const int64_t deadline = clock_.nowUs() + timeoutUs;
    for (;;) {
        reply.text += modem_.read();
        if (reply.text.find(kSysStart) != std::string::npos) {
            // The modem (re)started after the line was sent: it never heard it.
            dropSysStart(reply.text);
            trace("< +SYSSTART (the modem has just started)");
            if (reply.text.empty()) {
                trace("> " + line);
                modem_.write(line + "\r");
            }
        }
        if (hasFinalCode(reply.text)) {
            reply.answered = true;
            trace("< " + oneLine(reply.text));
            return reply;
        }
        const int64_t now = clock_.nowUs();
        if (now >= deadline) {
            trace("  no answer to " + line + " in " + std::to_string(timeoutUs / 1000) + " ms" +
                  (reply.text.empty() ? "" : " (got: " + oneLine(reply.text) + ")"));
            return reply;
        }
        wait_(std::min(deadline, std::max(modem_.nextOutputUs(), now + 1)));
    }
}

LteLink::Reply LteLink::command(const std::string& line, int64_t timeoutUs) {
    bool paused = false;
    if (dataSessionAlive() && !session_->paused) {
        if (!escape()) return {};
        paused = true;
    }
    Reply reply = exchange(line, timeoutUs);
    if (paused) resume();
    return reply;
}

bool LteLink::escape() {
    trace("  pausing the data session (+++)");
    wait_(clock_.nowUs() + kGuardUs);
    modem_.write("+++");
    const int64_t deadline = clock_.nowUs() + kGuardUs + 500'000;
    std::string text;
    while (clock_.nowUs() < deadline) {
        text += modem_.read();
        if (text.find("\r\nOK\r\n") != std::string::npos) {
            if (session_) session_->paused = true;
            trace("< OK");
            return true;
        }
        wait_(std::min(deadline, std::max(modem_.nextOutputUs(), clock_.nowUs() + 1)));
    }
    trace("  the modem did not leave data mode");
    return false;
}

void LteLink::resume() {
    Reply reply = exchange("ATO", kCommandTimeoutUs);
    if (reply.text.find("CONNECT") != std::string::npos) {
        session_->paused = false;
        return;
    }
    trace("  the data session is gone");
    session_.reset();
}

bool LteLink::waitForStart(int64_t timeoutUs) {
    const int64_t deadline = clock_.nowUs() + timeoutUs;
    std::string text;
    while (clock_.nowUs() < deadline) {
        text += modem_.read();
        if (text.find("+SYSSTART") != std::string::npos) {
            trace("< +SYSSTART");
            return true;
        }
        wait_(std::min(deadline, std::max(modem_.nextOutputUs(), clock_.nowUs() + 1)));
    }
    return false;
}

bool LteLink::revive() {
    // The first wait covers a modem that is still booting (it announces itself with +SYSSTART).
    if (exchange("AT", chip::SequansModem::kBootUs + 1'000'000).answered) return true;
    if (exchange("AT", 1'000'000).answered) return true;
    trace("  the modem does not answer AT: it may be in a data session from before the reset");
    session_ = Session{clock_.nowUs(), false};
    if (escape()) {
        session_.reset();
        exchange("ATH", kCommandTimeoutUs);
        if (exchange("AT", 1'000'000).answered) return true;
    }
    session_.reset();
    trace("  pulsing the modem's reset line");
    modem_.pulseResetLine();
    waitForStart(5'000'000);
    if (exchange("AT", 1'000'000).answered) return true;
    trace("  the modem stays mute: only a power cycle can bring it back");
    return false;
}

bool LteLink::resetModem() {
    session_.reset();
    Reply reply = exchange("AT^RESET", kCommandTimeoutUs);
    if (!reply.answered) {
        trace("  pulsing the modem's reset line");
        modem_.pulseResetLine();
    }
    bool started = waitForStart(5'000'000);
    initialised = false;
    return started && exchange("AT", 1'000'000).answered;
}

bool LteLink::startData(int cid) {
    Reply reply = exchange("AT+CGDATA=\"PPP\"," + std::to_string(cid), kCommandTimeoutUs);
    if (reply.text.find("CONNECT") == std::string::npos) return false;
    session_ = Session{clock_.nowUs(), false, ++sessionsStarted_};
    trace("  data session started; PPP negotiates");
    return true;
}

void LteLink::endData() {
    if (!dataSessionAlive()) {
        session_.reset();
        return;
    }
    if (!session_->paused && !escape()) {
        session_.reset();
        return;
    }
    session_.reset();
    exchange("ATH", kCommandTimeoutUs);
}

bool LteLink::dataSessionAlive() {
    if (!session_) return false;
    if (!session_->paused) {
        std::string text = modem_.read();
        if (text.find("NO CARRIER") != std::string::npos) {
            trace("< NO CARRIER (the network ended the data session)");
            session_.reset();
            return false;
        }
    }
    return true;
}

bool LteLink::pppUp() {
    return dataSessionAlive() && clock_.nowUs() >= session_->startUs + chip::SequansModem::kPppUpUs;
}

uint64_t LteLink::carryingSession() {
    return pppUp() ? session_->number : 0;
}

void LteLink::powerDownForDeepSleep() {
    if (!initialised) return;
    trace("  deep sleep: LTE goes down with the board");
    endData();
    exchange("AT+CFUN=0", kCommandTimeoutUs);
    initialised = false;
}

}  // namespace pyfw::port
