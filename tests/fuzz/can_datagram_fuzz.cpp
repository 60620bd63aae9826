// One datagram of the simulated CAN bus (port/can_bus.h), as any program on the host may send it:
// any bytes are refused with a reason or decoded into a frame within CAN's limits that encodes
// back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "port/can_bus.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto wire = port::decodeCanDatagram(bytes);
    if (!wire.ok()) {
        if (wire.error().message.empty()) __builtin_trap();
        return 0;
    }
    const port::CanFrame& frame = wire->frame;
    if (wire->kbps < 1 || wire->kbps > 1000 || frame.data.size() > 8) __builtin_trap();
    if (frame.id > (frame.extended ? port::kCanMaxExtendedId : port::kCanMaxStandardId)) __builtin_trap();
    if (frame.remote && !frame.data.empty()) __builtin_trap();
    if (port::encodeCanDatagram(*wire) != bytes) __builtin_trap();
    return 0;
}
