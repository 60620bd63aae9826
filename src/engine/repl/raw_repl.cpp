// The raw REPL as MicroPython's tools/pyboard.py and mpremote drive it:
//   Ctrl-A                 -> "raw REPL; CTRL-B to exit\r\n>"
//   code, Ctrl-D           -> "OK", the program's output, "\x04", the error report, "\x04", ">"
//   Ctrl-D on an empty line-> "OK\r\n" and a soft reset
//   Ctrl-B                 -> "\r\n" and back to the friendly REPL
//   Ctrl-C                 -> the code gathered so far is dropped
// and raw-paste mode: "\x05A\x01" -> "R\x01", the window size (2 bytes, little-endian) and "\x01"
// (a second window is free); the host sends at most a window ahead and the board sends "\x01" each
// time it has consumed another window; Ctrl-D ends the code ("\x04" in reply), Ctrl-C abandons it.
// Any other "\x05?\x01" gets "R\x00" (a command this board does not know).
#include <cstdint>

#include "engine/engine.h"
#include "engine/repl/repl.h"
#include "engine/runtime/errors.h"

namespace pyfw::engine::repl {

namespace {

constexpr std::string_view kRawBanner = "raw REPL; CTRL-B to exit\r\n";
// Our input buffer is not bounded like a UART's, so the window only sets how often the host waits
// for a "\x01"; 2 KiB keeps that rare.
constexpr uint16_t kRawPasteWindow = 2048;

bool isCodeByte(uint8_t c) { return c == 0 || c > kCtrlD; }  // Ctrl-A..Ctrl-D steer the raw REPL
bool isPasteByte(uint8_t c) { return c != kCtrlC && c != kCtrlD; }

}  // namespace

Repl::Outcome Repl::runRaw(Interpreter& in) {
    write(kRawBanner);
    for (;;) {
        std::string source;
        write(">");
        for (;;) {
            if (console_.input().readWhile(source, SIZE_MAX, isCodeByte) > 0) continue;
            int c = console_.input().read();  // a control key, or the end
            stopIfHostExit(in);
            if (c == ConsoleInput::kEnd) return Outcome::EndOfInput;
            if (c == kCtrlD) break;
            if (c == kCtrlB) {
                write("\r\n");
                mode_ = ReplMode::Friendly;
                return Outcome::SwitchMode;
            }
            if (c == kCtrlC) {
                source.clear();
            } else if (c == kCtrlA && source.size() == 2 && source[0] == kCtrlE) {
                if (runRawPaste(in, source[1]) == Outcome::EndOfInput) return Outcome::EndOfInput;
                source.clear();
                write(">");
            } else {
                source.clear();
                write(kRawBanner);
                write(">");
            }
        }
        write("OK");
        if (source.empty()) {
            write("\r\n");
            return Outcome::SoftReset;
        }
        runReportingEnds(in, source);
    }
}

Repl::Outcome Repl::runRawPaste(Interpreter& in, char command) {
    if (command != 'A') {
        write(std::string_view("R\x00", 2));
        return Outcome::Continue;
    }
    write(std::string_view("R\x01", 2));
    const char header[] = {char(kRawPasteWindow & 0xff), char(kRawPasteWindow >> 8), 0x01};
    write(std::string_view(header, sizeof header));
    std::string source;
    size_t windowLeft = kRawPasteWindow;
    for (;;) {
        size_t got = console_.input().readWhile(source, windowLeft, isPasteByte);
        windowLeft -= got;
        if (windowLeft == 0) {
            write("\x01");
            windowLeft = kRawPasteWindow;
        }
        if (got > 0) continue;
        int c = console_.input().read();  // Ctrl-C, Ctrl-D or the end
        stopIfHostExit(in);
        if (c == ConsoleInput::kEnd) return Outcome::EndOfInput;
        if (c == kCtrlD) break;
        if (c == kCtrlC) {
            // The host abandoned the code: end the transfer and report the interruption.
            write("\x04\x04");
            console_.writeCooked(formatExceptionLine(newException(&exc::KeyboardInterrupt, nullptr)) + "\n");
            write("\x04");
            return Outcome::Continue;
        }
    }
    write("\x04");
    runReportingEnds(in, source);
    return Outcome::Continue;
}

// Runs the code and frames what it printed and the error report with "\x04" each.
void Repl::runReportingEnds(Interpreter& in, std::string_view source) {
    Value exception = execute(in, source, ParseMode::File);
    write("\x04");
    if (exception) console_.writeCooked(uncaughtReport(exception));
    write("\x04");
}

}  // namespace pyfw::engine::repl
