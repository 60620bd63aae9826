// One Telnet client of the board (Pycom's telnet.c): the login prompt, then the board's REPL — what
// the client types goes to the REPL's input (Ctrl-C interrupts, Ctrl-D soft-resets, Ctrl-F resets
// into safe boot) and everything the console prints is copied to the client.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

#include "net/tcp_server.h"
#include "net/telnet_protocol.h"

namespace pyfw::net {

struct TelnetConfig {
    std::string user = "micro";
    std::string password = "python";
    int64_t idleTimeoutMs = 300'000;
    std::string banner;   // the REPL's banner line, shown before the login prompt
};

// The board's REPL as a session sees it.
struct TelnetRepl {
    std::function<void(std::string_view)> input;   // typed bytes, to the REPL
    std::function<size_t()> pendingInput;          // bytes the REPL has not read yet
    // Copies console output to `sink` from now on (null: stop).
    std::function<void(std::function<void(std::string_view)>)> attachOutput;
    std::function<void()> safeBoot;                // Ctrl-F
};

// The login dialogue as a state machine over plain bytes (the fuzz target drives it).
class TelnetLogin {
public:
    enum class State { User, Password, LoggedIn, Refused };
    static constexpr int kMaxAttempts = 3;

    TelnetLogin(const std::string& user, const std::string& password) : user_(user), password_(password) {}
    // Feeds typed bytes; appends what the board answers to `reply`. Bytes after a successful
    // login are left in `rest` (they belong to the REPL).
    State feed(std::string_view bytes, std::string& reply, std::string& rest);
    State state() const { return state_; }
    static std::string prompt() { return "Login as: "; }

private:
    static constexpr size_t kMaxField = 64;
    const std::string& user_;
    const std::string& password_;
    State state_ = State::User;
    std::string typedUser_, typedPassword_;
    int failures_ = 0;
};

class TelnetSession {
public:
    TelnetSession(Connection& connection, const TelnetConfig& config, TelnetRepl& repl)
        : connection_(connection), config_(config), repl_(repl) {}
    void run();

private:
    bool login();
    void bridge();
    void queueOutput(std::string_view bytes);
    bool flushOutput();

    static constexpr size_t kMaxPendingOutput = 256 * 1024;   // a client that stops reading loses output
    static constexpr size_t kMaxPendingInput = 64 * 1024;     // beyond this the client is not read

    Connection& connection_;
    const TelnetConfig& config_;
    TelnetRepl& repl_;
    TelnetDecoder decoder_;
    std::mutex outputMutex_;
    std::string output_;
};

}  // namespace pyfw::net
