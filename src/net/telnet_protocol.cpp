#include "net/telnet_protocol.h"

namespace pyfw::net {

std::string telnetOpening() {
    return std::string{char(kIac), char(kWill), char(kOptionEcho), char(kIac), char(kWill), char(kOptionSuppressGoAhead)};
}

void TelnetDecoder::decode(std::string_view bytes, std::string& out) {
    for (char c : bytes) {
        uint8_t byte = uint8_t(c);
        switch (state_) {
        case State::AfterCr:
            state_ = State::Data;
            if (byte == 0 || byte == '\n') break;   // CR NUL / CR LF: the CR was Enter
            [[fallthrough]];
        case State::Data:
            if (byte == kIac) state_ = State::Iac;
            else if (byte == '\r') {
                out += '\r';
                state_ = State::AfterCr;
            } else {
                out += char(byte);
            }
            break;
        case State::Iac:
            if (byte == kIac) {
                out += char(kIac);
                state_ = State::Data;
            } else if (byte >= kWill && byte <= kDont) {
                state_ = State::Option;
            } else if (byte == kSb) {
                state_ = State::Subnegotiation;
            } else if (byte == kInterruptProcess) {
                out += '\x03';
                state_ = State::Data;
            } else {
                state_ = State::Data;   // NOP, AYT, BRK, ...: nothing for the REPL
            }
            break;
        case State::Option:
            state_ = State::Data;
            break;
        case State::Subnegotiation:
            if (byte == kIac) state_ = State::SubnegotiationIac;
            break;
        case State::SubnegotiationIac:
            state_ = byte == kSe ? State::Data : State::Subnegotiation;
            break;
        }
    }
}

}  // namespace pyfw::net
