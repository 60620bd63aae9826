#include "engine/repl/repl.h"

#include <cstdint>

#include "engine/engine.h"
#include "engine/repl/completion.h"
#include "engine/repl/continuation.h"

namespace pyfw::engine::repl {

namespace {

// Terminals end lines with CR and pipes with LF or CR LF; the compiler wants LF.
std::string withLineFeeds(std::string_view source) {
    std::string text;
    text.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
        if (source[i] != '\r') {
            text += source[i];
        } else if (i + 1 >= source.size() || source[i + 1] != '\n') {
            text += '\n';
        }
    }
    return text;
}

// What paste mode echoes for pasted text: each line end starts a new "=== " line.
std::string pasteEcho(std::string_view text, bool& afterCarriageReturn) {
    std::string echo;
    for (char c : text) {
        if (c == '\r' || (c == '\n' && !afterCarriageReturn)) echo += "\r\n=== ";
        else if (c != '\n') echo += c;
        afterCarriageReturn = c == '\r';
    }
    return echo;
}

}  // namespace

Repl::Repl(ConsoleHost& console, std::string banner) : console_(console), banner_(std::move(banner)) {}

ReplExit Repl::run(Interpreter& in) {
    console_.history().clear();  // the board forgets its history on a soft reset
    console_.editor().setCompleter([this, &in](std::string_view line) { return completeName(in, console_, line); });
    console_.input().attach(&in);
    Outcome outcome;
    ReplExit exit;
    try {
        do {
            outcome = mode_ == ReplMode::Raw ? runRaw(in) : runFriendly(in);
        } while (outcome != Outcome::SoftReset && outcome != Outcome::EndOfInput);
        exit = outcome == Outcome::SoftReset ? ReplExit::SoftReset : ReplExit::EndOfInput;
    } catch (const HostExit& request) {
        console_.input().disarmInterrupt();
        hostExit_ = request;
        exit = ReplExit::HostExit;
    }
    console_.input().attach(nullptr);
    console_.editor().setCompleter(nullptr);  // it refers to this interpreter
    return exit;
}

// A host exit asked for while the REPL waited for input (a reset from another thread, Ctrl-F):
// the read came back early, and the REPL stops here.
void Repl::stopIfHostExit(Interpreter& in) {
    if (in.pendingSignals.load() & kSignalHostExit) raisePendingInterrupt();
}

Value Repl::execute(Interpreter& in, std::string_view source, ParseMode mode) {
    std::string text = withLineFeeds(source);
    console_.input().armInterrupt(in);
    Value exception = execInMain(in, text, "<stdin>", mode);
    console_.input().disarmInterrupt();
    in.pendingSignals.fetch_and(~kSignalInterrupt);  // a Ctrl-C that came as the code ended is dropped, as on the board
    return exception;
}

void Repl::printBanner() {
    write(banner_);
    write("\r\nType \"help()\" for more information.\r\n");
}

Repl::Outcome Repl::runFriendly(Interpreter& in) {
    printBanner();
    LineEditor& editor = console_.editor();
    for (;;) {
        std::string source;
        ParseMode mode = ParseMode::Single;
        Outcome outcome = Outcome::Continue;
        LineEnd end = editor.read(source, ">>> ");
        stopIfHostExit(in);
        switch (end) {
            case LineEnd::CtrlA:
                write("\r\n");
                mode_ = ReplMode::Raw;
                return Outcome::SwitchMode;
            case LineEnd::CtrlB:
                write("\r\n");
                printBanner();
                continue;
            case LineEnd::CtrlC:
                write("\r\n");
                continue;
            case LineEnd::CtrlD:
                write("\r\n");
                return Outcome::SoftReset;
            case LineEnd::EndOfInput:
                return Outcome::EndOfInput;
            case LineEnd::CtrlE:
                outcome = readPaste(source);
                mode = ParseMode::File;
                break;
            case LineEnd::Enter:
                if (source.empty()) continue;
                outcome = readContinuation(source);
                break;
        }
        if (outcome == Outcome::EndOfInput) return outcome;
        if (outcome == Outcome::Cancelled) continue;
        if (Value exception = execute(in, source, mode)) console_.writeCooked(uncaughtReport(exception));
    }
}

// More lines of a statement that needs them, each at "... ". Ctrl-C cancels the statement; Ctrl-D
// runs what there is.
Repl::Outcome Repl::readContinuation(std::string& source) {
    while (needsMoreInput(source)) {
        source += '\n';
        LineEnd end = console_.editor().read(source, "... ");
        if (end == LineEnd::EndOfInput) return Outcome::EndOfInput;
        if (end == LineEnd::CtrlD) break;
        if (end == LineEnd::CtrlC) {
            write("\r\n");
            return Outcome::Cancelled;
        }
    }
    return Outcome::Continue;
}

// Paste mode (Ctrl-E): everything up to Ctrl-D is one program, echoed with a "=== " prompt per line
// and compiled as a file, so blank lines and indentation arrive as they were pasted.
Repl::Outcome Repl::readPaste(std::string& source) {
    write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    bool afterCarriageReturn = false;
    for (;;) {
        size_t start = source.size();
        if (console_.input().readWhile(source, SIZE_MAX, [](uint8_t c) { return c != kCtrlC && c != kCtrlD; }) > 0) {
            write(pasteEcho(std::string_view(source).substr(start), afterCarriageReturn));
            continue;
        }
        int c = console_.input().read();  // Ctrl-C, Ctrl-D or the end
        if (c == ConsoleInput::kEnd) return Outcome::EndOfInput;
        write("\r\n");
        return c == kCtrlD ? Outcome::Continue : Outcome::Cancelled;
    }
}

}  // namespace pyfw::engine::repl
