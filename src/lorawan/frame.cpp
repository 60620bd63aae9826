#include "lorawan/frame.h"

#include <algorithm>
#include <cstring>

namespace pyfw::lorawan {

namespace {
constexpr const char* kDropNames[] = {
    "truncated", "bad major version", "unexpected message type", "FOpts with port 0", "bad MIC",
    "replayed counter", "counter gap too large", "unknown device", "not for this device", "not joined",
};
static_assert(std::size(kDropNames) == size_t(DropReason::Count));

constexpr size_t kFhdrMin = 7;  // DevAddr(4) FCtrl(1) FCnt(2)
}  // namespace

const char* dropReasonName(DropReason reason) {
    return reason < DropReason::Count ? kDropNames[size_t(reason)] : "unknown";
}

Parsed<DataFrameView> parseDataFrame(base::ByteView phy) {
    if (phy.size() < 1 + kFhdrMin + kMicSize) return ParseFailure{DropReason::Truncated, "data frame shorter than 12 bytes"};
    if ((phy[0] & 3) != 0) return ParseFailure{DropReason::BadMajor, "major version is not LoRaWAN R1"};
    DataFrameView f{};
    f.type = mtypeOf(phy[0]);
    if (!isUplink(f.type) && !isDownlink(f.type))
        return ParseFailure{DropReason::UnexpectedType, "not a data frame"};
    const size_t macEnd = phy.size() - kMicSize;
    const uint8_t* p = phy.data();
    f.devAddr = base::readLe32(p + 1);
    f.fctrl = p[5];
    f.fcnt16 = base::readLe16(p + 6);
    const size_t foptsLen = f.fctrl & 0x0F;
    size_t at = 1 + kFhdrMin;
    if (at + foptsLen > macEnd) return ParseFailure{DropReason::Truncated, "FOpts run past the MIC"};
    f.fopts = phy.subspan(at, foptsLen);
    at += foptsLen;
    if (at < macEnd) {
        f.port = p[at++];
        f.payload = phy.subspan(at, macEnd - at);
        if (*f.port == 0 && foptsLen != 0)
            return ParseFailure{DropReason::FOptsOnPort0, "MAC commands both in FOpts and on port 0"};
    } else {
        f.payload = phy.subspan(macEnd, 0);
    }
    f.signedPart = phy.first(macEnd);
    f.mic = base::readLe32(p + macEnd);
    return f;
}

Parsed<JoinRequestView> parseJoinRequest(base::ByteView phy) {
    if (phy.size() != kJoinRequestSize) return ParseFailure{DropReason::Truncated, "join request is not 23 bytes"};
    if ((phy[0] & 3) != 0) return ParseFailure{DropReason::BadMajor, "major version is not LoRaWAN R1"};
    if (mtypeOf(phy[0]) != MType::JoinRequest) return ParseFailure{DropReason::UnexpectedType, "not a join request"};
    JoinRequestView j{};
    j.appEui = base::readLe64(phy.data() + 1);
    j.devEui = base::readLe64(phy.data() + 9);
    j.devNonce = base::readLe16(phy.data() + 17);
    j.signedPart = phy.first(19);
    j.mic = base::readLe32(phy.data() + 19);
    return j;
}

void FrameBuffer::assign(base::ByteView data) {
    size = uint16_t(std::min(data.size(), bytes.size()));
    if (size) std::memcpy(bytes.data(), data.data(), size);
}

}  // namespace pyfw::lorawan
