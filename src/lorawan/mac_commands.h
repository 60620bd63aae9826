// LoRaWAN 1.0.2 MAC commands (spec §5) as one constexpr table: CID, name, payload length in each
// direction, and whether the answer is "sticky" (repeated in every uplink until a downlink).
// Both the device and the network server parse and build commands from this table.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "base/bytes.h"
#include "lorawan/frame.h"

namespace pyfw::lorawan {

enum class Cid : uint8_t {
    LinkCheck = 0x02,
    LinkAdr = 0x03,
    DutyCycle = 0x04,
    RxParamSetup = 0x05,
    DevStatus = 0x06,
    NewChannel = 0x07,
    RxTimingSetup = 0x08,
    TxParamSetup = 0x09,
    DlChannel = 0x0A,
};

struct MacCommandSpec {
    Cid cid;
    const char* name;
    uint8_t uplinkLength;    // payload bytes after the CID in an uplink (the answer or request)
    uint8_t downlinkLength;  // ... in a downlink
    bool stickyAnswer;
};

inline constexpr MacCommandSpec kMacCommands[] = {
    {Cid::LinkCheck, "LinkCheck", 0, 2, false},
    {Cid::LinkAdr, "LinkADR", 1, 4, false},
    {Cid::DutyCycle, "DutyCycle", 0, 1, false},
    {Cid::RxParamSetup, "RXParamSetup", 1, 4, true},
    {Cid::DevStatus, "DevStatus", 2, 0, false},
    {Cid::NewChannel, "NewChannel", 1, 5, false},
    {Cid::RxTimingSetup, "RXTimingSetup", 0, 1, true},
    {Cid::TxParamSetup, "TxParamSetup", 0, 1, false},
    {Cid::DlChannel, "DlChannel", 1, 4, true},
};

constexpr const MacCommandSpec* macCommandSpec(uint8_t cid) {
    for (const MacCommandSpec& spec : kMacCommands)
        if (uint8_t(spec.cid) == cid) return &spec;
    return nullptr;
}
static_assert(macCommandSpec(0x03)->downlinkLength == 4 && macCommandSpec(0x0B) == nullptr);
static_assert([] {
    for (size_t i = 1; i < std::size(kMacCommands); ++i)
        if (uint8_t(kMacCommands[i].cid) <= uint8_t(kMacCommands[i - 1].cid)) return false;
    return true;
}(), "the MAC command table is sorted by CID with no duplicates");

struct MacCommand {
    uint8_t cid;
    base::ByteView payload;
};

// Walks a run of MAC commands (FOpts or a port-0 payload). Parsing stops at the first unknown CID
// (spec §4.4: the rest cannot be interpreted) or at a command cut short; both are reported.
class MacCommandReader {
public:
    MacCommandReader(base::ByteView data, Direction direction) : data_(data), direction_(direction) {}
    bool next(MacCommand& out);
    bool stoppedOnUnknown() const { return unknown_; }
    bool stoppedOnTruncated() const { return truncated_; }

private:
    base::ByteView data_;
    Direction direction_;
    size_t at_ = 0;
    bool unknown_ = false;
    bool truncated_ = false;
};

// A small fixed buffer of commands to send (answers or requests); never touches the heap.
struct MacCommandBuffer {
    std::array<uint8_t, 64> bytes{};
    uint8_t size = 0;

    bool add(Cid cid, std::initializer_list<uint8_t> payload);
    bool append(base::ByteView data);
    base::ByteView view() const { return {bytes.data(), size}; }
    void clear() { size = 0; }
    bool operator==(const MacCommandBuffer& other) const {
        return size == other.size && std::equal(bytes.begin(), bytes.begin() + size, other.bytes.begin());
    }
};

}  // namespace pyfw::lorawan
