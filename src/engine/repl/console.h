// The board's console as the REPL sees it: bytes in (typed, pasted or sent by a host tool) and
// bytes out. On the board the input is the UART's receive buffer; `pyfw repl` fills it from
// stdin or a pty. Both sides can be fed from other threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>

namespace pyfw::engine {
struct Interpreter;
}

namespace pyfw::engine::repl {

inline constexpr int kCtrlA = 0x01, kCtrlB = 0x02, kCtrlC = 0x03, kCtrlD = 0x04, kCtrlE = 0x05;

// Where console output goes. The REPL writes exactly the bytes a board would send.
class ConsoleOutput {
public:
    virtual ~ConsoleOutput() = default;
    virtual void write(std::string_view bytes) = 0;
};

// The receive side: a queue of bytes that one thread fills and the interpreter's thread reads.
// While a program runs, Ctrl-C is not queued but interrupts it, as the board's UART does.
class ConsoleInput {
public:
    static constexpr int kEnd = -1;        // the input has ended and everything was read
    // Nothing queued, and a Ctrl-C for the armed program is not yet delivered, or the program's
    // host asked it to stop (HostExit).
    static constexpr int kInterrupt = -2;

    void push(std::string_view bytes);
    // No more input will come (the pipe closed); read() drains what is queued, then says kEnd.
    void close();
    // The next byte (0-255), blocking until there is one; or kEnd / kInterrupt.
    int read();
    // Moves queued bytes to `out` while `take(byte)` holds, at most `limit`; the first byte that
    // fails the test stays queued. Blocks until it moved at least one byte or one is waiting that
    // fails (or the input ended, or the host stops the program); returns how many it moved. For
    // long runs of plain bytes (pasted code) without a lock per byte.
    template <typename Take>
    size_t readWhile(std::string& out, size_t limit, Take take);

    // Without waiting: moves up to `limit` queued bytes to `out`; returns how many (the board's
    // UART.read() of what has arrived). `available()` counts them (UART.any()).
    size_t readAvailable(std::string& out, size_t limit);
    size_t available();

    // From now until disarmInterrupt(), Ctrl-C raises KeyboardInterrupt in `target`.
    void armInterrupt(Interpreter& target);
    void disarmInterrupt();

    // The interpreter that reads this console (null: none). While a read waits, tasks posted to it
    // run (callbacks print at the prompt, as on the board) and a host exit ends the wait.
    void attach(Interpreter* owner);
    // Makes waiting reads look at the attached interpreter's events again (its wake hook calls it).
    void notify();

private:
    bool ownerMustStop() const;
    bool ownerHasTasks() const;
    // Waits until a byte, the end, an interrupt or a stop; runs the owner's tasks meanwhile.
    void waitForInput(std::unique_lock<std::mutex>& lock);

    std::mutex mutex_;
    std::mutex targetMutex_;   // taken before mutex_ when both are: interruptTarget_ changes, Ctrl-C
    std::condition_variable changed_;
    std::deque<uint8_t> bytes_;
    bool ended_ = false;
    Interpreter* interruptTarget_ = nullptr;
    Interpreter* owner_ = nullptr;
};

template <typename Take>
size_t ConsoleInput::readWhile(std::string& out, size_t limit, Take take) {
    std::unique_lock lock(mutex_);
    waitForInput(lock);
    size_t moved = 0;
    while (moved < limit && !bytes_.empty() && take(bytes_.front())) {
        out += char(bytes_.front());
        bytes_.pop_front();
        ++moved;
    }
    return moved;
}

}  // namespace pyfw::engine::repl
