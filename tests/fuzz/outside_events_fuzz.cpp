// The lines of a board's pins.in (the outside control channel): any text is parsed; an accepted
// event names a module pin and holds values in their ranges.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "port/outside_events.h"
#include "port/pins.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto event = port::parseOutsideLine(text.substr(start, end - start));
        if (event.ok() && *event) {
            const port::OutsideEvent& e = **event;
            using Kind = port::OutsideEvent::Kind;
            if ((e.kind == Kind::Drive || e.kind == Kind::Voltage) && !port::pinByGpio(e.gpio)) __builtin_trap();
            if (e.millivolts < 0 || e.millivolts > 100000) __builtin_trap();
            if (e.kind == Kind::Climate && (e.humidity < 0 || e.humidity > 100 || e.celsius < -40 || e.celsius > 125))
                __builtin_trap();
        } else if (!event.ok() && event.error().message.empty()) {
            __builtin_trap();
        }
        start = end + 1;
    }
    return 0;
}
