// LoRaWAN 1.0.2 frame layout (spec §4, §6.2): parsing wire bytes into views and the field
// constants both ends share. No crypto here: frame_crypto.h seals and opens frames.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <variant>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::lorawan {

using Key = std::array<uint8_t, 16>;
using Eui = uint64_t;  // EUIs are 8 bytes little-endian on air; here the integer value

enum class MType : uint8_t {
    JoinRequest = 0,
    JoinAccept = 1,
    UnconfirmedUp = 2,
    UnconfirmedDown = 3,
    ConfirmedUp = 4,
    ConfirmedDown = 5,
    Rfu = 6,
    Proprietary = 7,
};

enum class Direction : uint8_t { Up = 0, Down = 1 };

constexpr uint8_t mhdr(MType type) { return uint8_t(uint8_t(type) << 5); }
constexpr MType mtypeOf(uint8_t mhdrByte) { return MType(mhdrByte >> 5); }
constexpr bool isUplink(MType t) { return t == MType::UnconfirmedUp || t == MType::ConfirmedUp; }
constexpr bool isDownlink(MType t) { return t == MType::UnconfirmedDown || t == MType::ConfirmedDown; }
constexpr bool isConfirmed(MType t) { return t == MType::ConfirmedUp || t == MType::ConfirmedDown; }

inline constexpr size_t kMicSize = 4;
inline constexpr size_t kMaxPhySize = 255;
inline constexpr size_t kMaxFOpts = 15;
inline constexpr size_t kJoinRequestSize = 23;
inline constexpr size_t kJoinAcceptSize = 17;
inline constexpr size_t kJoinAcceptWithCfListSize = 33;
inline constexpr uint8_t kCompliancePort = 224;
inline constexpr uint32_t kMaxFcntGap = 16384;  // spec MAX_FCNT_GAP

// FCtrl bits (spec §4.3.1).
inline constexpr uint8_t kFCtrlAdr = 0x80;
inline constexpr uint8_t kFCtrlAdrAckReq = 0x40;  // uplink
inline constexpr uint8_t kFCtrlAck = 0x20;
inline constexpr uint8_t kFCtrlFPending = 0x10;   // downlink

// A data frame as it is on air; the views point into the caller's buffer.
struct DataFrameView {
    MType type;
    uint32_t devAddr;
    uint8_t fctrl;
    uint16_t fcnt16;
    base::ByteView fopts;
    std::optional<uint8_t> port;
    base::ByteView payload;   // still encrypted
    base::ByteView signedPart;  // MHDR .. end of FRMPayload, what the MIC covers
    uint32_t mic;             // the 4 MIC bytes read little-endian

    bool adr() const { return fctrl & kFCtrlAdr; }
    bool ack() const { return fctrl & kFCtrlAck; }
    bool adrAckReq() const { return fctrl & kFCtrlAdrAckReq; }
    bool fpending() const { return fctrl & kFCtrlFPending; }
};

struct JoinRequestView {
    Eui appEui;
    Eui devEui;
    uint16_t devNonce;
    base::ByteView signedPart;
    uint32_t mic;
};

// Why a received frame was not accepted. Both ends count drops by these reasons.
enum class DropReason : uint8_t {
    Truncated,
    BadMajor,
    UnexpectedType,
    FOptsOnPort0,
    BadMic,
    Replay,
    CounterGap,
    UnknownDevice,
    NotForUs,
    NotJoined,
    Count,
};
const char* dropReasonName(DropReason reason);

// Parsing fails with the drop reason (and a sentence) for frames that are too short or malformed.
struct ParseFailure {
    DropReason reason;
    const char* what;
};
template <typename T>
using Parsed = std::variant<T, ParseFailure>;

Parsed<DataFrameView> parseDataFrame(base::ByteView phy);
Parsed<JoinRequestView> parseJoinRequest(base::ByteView phy);

// A fixed buffer for one frame, so building frames on the hot path never touches the heap.
struct FrameBuffer {
    std::array<uint8_t, kMaxPhySize> bytes{};
    uint16_t size = 0;

    base::ByteView view() const { return {bytes.data(), size}; }
    void assign(base::ByteView data);
};

}  // namespace pyfw::lorawan
