// The Telnet protocol's bytes (RFC 854/857/858) on the board's side: the decoder takes what a
// client sends and returns the plain bytes it typed (commands and negotiations removed, IAC IAC
// as one 0xFF, CR NUL and CR LF as CR, which the REPL takes as Enter, IAC IP as Ctrl-C).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyfw::net {

inline constexpr uint8_t kIac = 255, kDont = 254, kDo = 253, kWont = 252, kWill = 251, kSb = 250, kSe = 240;
inline constexpr uint8_t kInterruptProcess = 244;   // IAC IP: what a client in line mode sends for Ctrl-C
inline constexpr uint8_t kOptionEcho = 1, kOptionSuppressGoAhead = 3;

// The board's opening: it echoes (so the client stops echoing locally) and needs no go-ahead.
std::string telnetOpening();

class TelnetDecoder {
public:
    // Appends the plain bytes in `bytes` to `out`.
    void decode(std::string_view bytes, std::string& out);

private:
    enum class State { Data, Iac, Option, Subnegotiation, SubnegotiationIac, AfterCr };
    State state_ = State::Data;
};

}  // namespace pyfw::net
