#include "net/telnet_session.h"

#include <chrono>
#include <thread>

namespace pyfw::net {

namespace {

constexpr char kCtrlF = 0x06;
constexpr int64_t kPollMs = 20;

}  // namespace

TelnetLogin::State TelnetLogin::feed(std::string_view bytes, std::string& reply, std::string& rest) {
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (state_ == State::LoggedIn || state_ == State::Refused) {
            if (state_ == State::LoggedIn) rest.append(bytes.substr(i));
            break;
        }
        char c = bytes[i];
        std::string& field = state_ == State::User ? typedUser_ : typedPassword_;
        if (c == '\r' || c == '\n') {
            reply += "\r\n";
            if (state_ == State::User) {
                state_ = State::Password;
                reply += "Password: ";
                continue;
            }
            if (typedUser_ == user_ && typedPassword_ == password_) {
                state_ = State::LoggedIn;
                reply += "Login succeeded!\r\nType \"help()\" for more information.\r\n";
                continue;
            }
            typedUser_.clear();
            typedPassword_.clear();
            if (++failures_ >= kMaxAttempts) {
                state_ = State::Refused;
                reply += "Too many failed login attempts; goodbye.\r\n";
                continue;
            }
            state_ = State::User;
            reply += "Invalid credentials, try again.\r\n" + prompt();
        } else if (c == 0x7F || c == 0x08) {
            if (!field.empty()) {
                field.pop_back();
                if (state_ == State::User) reply += "\b \b";
            }
        } else if (uint8_t(c) >= 0x20 && field.size() < kMaxField) {
            field += c;
            if (state_ == State::User) reply += c;   // the password is not echoed
        }
    }
    return state_;
}

void TelnetSession::run() {
    std::string opening = telnetOpening() + config_.banner + "\r\n" + TelnetLogin::prompt();
    if (!connection_.sendAll(opening)) return;
    if (!login()) return;
    bridge();
}

bool TelnetSession::login() {
    TelnetLogin dialogue(config_.user, config_.password);
    while (true) {
        std::string raw;
        if (connection_.readSome(raw, 4096, config_.idleTimeoutMs) != Connection::Status::Ok) return false;
        std::string plain, reply, rest;
        decoder_.decode(raw, plain);
        TelnetLogin::State state = dialogue.feed(plain, reply, rest);
        if (!connection_.sendAll(reply)) return false;
        if (state == TelnetLogin::State::Refused) return false;
        if (state == TelnetLogin::State::LoggedIn) {
            repl_.attachOutput([this](std::string_view bytes) { queueOutput(bytes); });
            // A fresh prompt for the client, as if Enter was pressed; then what it typed meanwhile.
            repl_.input("\r" + rest);
            return true;
        }
    }
}

void TelnetSession::queueOutput(std::string_view bytes) {
    std::lock_guard lock(outputMutex_);
    if (output_.size() + bytes.size() > kMaxPendingOutput) return;
    for (char c : bytes) {
        output_ += c;
        if (uint8_t(c) == kIac) output_ += c;
    }
}

bool TelnetSession::flushOutput() {
    std::string pending;
    {
        std::lock_guard lock(outputMutex_);
        pending.swap(output_);
    }
    return pending.empty() || connection_.sendAll(pending);
}

void TelnetSession::bridge() {
    struct Detach {
        TelnetRepl& repl;
        ~Detach() { repl.attachOutput(nullptr); }
    } detach{repl_};
    int64_t idleMs = 0;
    while (true) {
        if (!flushOutput()) return;
        if (repl_.pendingInput && repl_.pendingInput() > kMaxPendingInput) {
            // The REPL is behind: leave the bytes in the socket, so TCP slows the client down.
            std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
            continue;
        }
        std::string raw;
        auto status = connection_.readSome(raw, 4096, kPollMs);
        if (status == Connection::Status::TimedOut) {
            idleMs += kPollMs;
            if (idleMs >= config_.idleTimeoutMs) return;
            continue;
        }
        if (status != Connection::Status::Ok) {
            flushOutput();
            return;
        }
        idleMs = 0;
        std::string plain;
        decoder_.decode(raw, plain);
        size_t start = 0;
        for (size_t i = 0; i <= plain.size(); ++i) {
            if (i < plain.size() && plain[i] != kCtrlF) continue;
            if (i > start) repl_.input(std::string_view(plain).substr(start, i - start));
            if (i < plain.size()) repl_.safeBoot();
            start = i + 1;
        }
    }
}

}  // namespace pyfw::net
