// Asynchronous events of an interpreter: Ctrl-C, a host exit asked for from outside the program,
// and tasks posted to run between instructions. Whoever posts one may be on any thread; the VM
// handles them between instructions, and native code that waits outside the VM (a sleep, a read)
// calls runPendingEvents().
#pragma once

#include <functional>

#include "engine/runtime/host.h"

namespace pyfw::engine {

struct Interpreter;

// Bits of Interpreter::pendingSignals.
inline constexpr int kSignalInterrupt = 1;  // Ctrl-C: KeyboardInterrupt
inline constexpr int kSignalHostExit = 2;   // a HostExit asked for from outside the program
inline constexpr int kSignalTasks = 4;      // tasks posted to run between instructions
inline constexpr int kSignalThreadStop = 8; // the threads `_thread` started must end (threads.h)

// Ctrl-C, from any thread (a signal handler sets kSignalInterrupt itself and zeroes the countdown).
void requestInterrupt(Interpreter& in);
// Ends the program at its next instruction with `request` (a reset from another thread, a
// watchdog). Safe from any thread.
void requestExitToHost(Interpreter& in, HostExit request);
// Makes every thread but the main one end at its next instruction or wait (stopThreads uses it).
void requestThreadStop(Interpreter& in);
// Runs `task` on the interpreter's thread between two instructions (or in a sleep), where it may
// call Python: how Pin IRQs, alarms and micropython.schedule reach the program. Safe from any
// thread; the task must hold no heap Values of its own (keep them in GC-visible objects).
void postTask(Interpreter& in, std::function<void()> task);

// For native code that waits outside the VM (a sleep, a read): raises what Ctrl-C (on the main
// thread) or a host exit asked for, ends a thread being stopped, and runs the posted tasks.
void runPendingEvents();

// Long native loops (bigint arithmetic, builtins iterating) poll this so that Ctrl-C stops them
// too, not only the bytecode the VM checks on backward jumps and calls. Tasks wait for the VM.
void raisePendingInterrupt();
void pollInterrupt();

}  // namespace pyfw::engine
