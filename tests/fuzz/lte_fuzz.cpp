// The LTE parsers of outside bytes: the modem's AT command line parser (what send_at_cmd passes
// on), the firmware's +CEREG reader (what a modem answers) and the LTE network description. Each
// must answer or refuse, never crash; the modem must keep answering a plain AT afterwards.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "chip/sequans_modem.h"
#include "port/lte_registration.h"
#include "world/lte_network.h"

using namespace pyfw;

namespace {

struct EveryCell final : chip::LteAir {
    std::optional<chip::LteCell> findCell(const std::vector<int>& earfcns, std::string_view carrier) const override {
        if (earfcns.empty()) return std::nullopt;
        return chip::LteCell{earfcns.front(), false, carrier != "standard", 1'000'000, "2B2A", "01A2D001", "10.64.0.2"};
    }
    std::optional<int64_t> coveredSince(int, int64_t) const override { return 0; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    (void)world::parseLteNetwork(text);
    if (auto registration = port::parseCereg(text)) (void)port::isAttached(*registration);

    base::VirtualClock clock;
    EveryCell air;
    chip::SequansModem modem(clock, air);
    clock.advanceUs(chip::SequansModem::kBootUs);
    (void)modem.read();
    // Lines split at '\n' in the input, each sent as a command and read back after a while.
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        modem.write(line == "+++" ? line : line + "\r");
        clock.advanceUs(2'000'000);
        (void)modem.read();
        start = end + 1;
    }
    if (modem.inDataMode()) {
        clock.advanceUs(1'000'000);
        modem.write("+++");
        clock.advanceUs(1'000'000);
        (void)modem.read();
    }
    modem.write("AT\r");
    clock.advanceUs(100'000);
    if (modem.read().find("OK") == std::string::npos && !modem.hung()) std::abort();
    return 0;
}
