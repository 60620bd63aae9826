#include "engine/repl/console.h"

#include "engine/engine.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/threads.h"

namespace pyfw::engine::repl {

void ConsoleInput::push(std::string_view bytes) {
    bool interrupt = false;
    {
        std::lock_guard lock(mutex_);
        for (char c : bytes) {
            if (c == kCtrlC && interruptTarget_) {
                interrupt = true;
                continue;
            }
            bytes_.push_back(uint8_t(c));
        }
        changed_.notify_all();
    }
    // Not under mutex_: the interrupt wakes the interpreter, whose wake hook notifies this input.
    // targetMutex_ keeps the target alive (armed) meanwhile.
    if (!interrupt) return;
    std::lock_guard target(targetMutex_);
    if (interruptTarget_) requestInterrupt(*interruptTarget_);
}

void ConsoleInput::close() {
    std::lock_guard lock(mutex_);
    ended_ = true;
    changed_.notify_all();
}

bool ConsoleInput::ownerMustStop() const {
    return (owner_ && (owner_->pendingSignals.load() & kSignalHostExit)) ||
           (owner_ && !onMainThread() && (owner_->pendingSignals.load() & kSignalThreadStop)) ||
           (interruptTarget_ && (interruptTarget_->pendingSignals.load() & kSignalInterrupt));
}

bool ConsoleInput::ownerHasTasks() const { return owner_ && (owner_->pendingSignals.load() & kSignalTasks); }

void ConsoleInput::waitForInput(std::unique_lock<std::mutex>& lock) {
    for (;;) {
        if (!bytes_.empty() || ended_ || ownerMustStop()) return;
        if (ownerHasTasks()) {
            Interpreter* owner = owner_;
            lock.unlock();
            runTasksAtIdle(*owner);
            lock.lock();
            continue;
        }
        // Other threads run while the console waits, and on virtual time the board may move on.
        lock.unlock();
        {
            WaitingOutside waiting;
            std::unique_lock relock(mutex_);
            changed_.wait(relock, [&] { return !bytes_.empty() || ended_ || ownerMustStop() || ownerHasTasks(); });
        }
        lock.lock();
    }
}

int ConsoleInput::read() {
    std::unique_lock lock(mutex_);
    waitForInput(lock);
    // Bytes typed before the Ctrl-C come first, as from the board's receive buffer.
    if (bytes_.empty()) return ownerMustStop() ? kInterrupt : kEnd;
    uint8_t c = bytes_.front();
    bytes_.pop_front();
    return c;
}

size_t ConsoleInput::readAvailable(std::string& out, size_t limit) {
    std::lock_guard lock(mutex_);
    size_t moved = 0;
    while (moved < limit && !bytes_.empty()) {
        out += char(bytes_.front());
        bytes_.pop_front();
        ++moved;
    }
    return moved;
}

size_t ConsoleInput::available() {
    std::lock_guard lock(mutex_);
    return bytes_.size();
}

void ConsoleInput::armInterrupt(Interpreter& target) {
    std::lock_guard targetLock(targetMutex_);
    std::lock_guard lock(mutex_);
    interruptTarget_ = &target;
}

void ConsoleInput::disarmInterrupt() {
    std::lock_guard targetLock(targetMutex_);
    std::lock_guard lock(mutex_);
    interruptTarget_ = nullptr;
}

void ConsoleInput::attach(Interpreter* owner) {
    std::lock_guard lock(mutex_);
    owner_ = owner;
}

void ConsoleInput::notify() {
    std::lock_guard lock(mutex_);
    changed_.notify_all();
}

}  // namespace pyfw::engine::repl
