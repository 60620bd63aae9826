// pycom (Pycom's modpycom.c): the RGB LED and its heartbeat, and the settings of the config block
// that the firmware reads on the next boot (heartbeat, WiFi access point, WDT on boot). NVS, OTA
// and pulses_get are added by their own files.
#include <algorithm>
#include <array>

#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

// Pycom's wdt_on_boot_timeout refuses less than this.
constexpr int64_t kMinWdtOnBootMs = 5000;

const formats::ConfigBlock& config() { return runningApp().config(); }

void saveConfig(const formats::ConfigBlock& block) {
    auto written = runningApp().writeConfig(block);
    if (!written.ok()) raiseError(&exc::OSError, "config block: %s", written.error().message.c_str());
}

// heartbeat([on]): off returns with the LED already dark, so rgbled() may follow at once.
Value heartbeat(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("heartbeat", nargs, kw, 0, 1);
    RgbLed& led = runningApp().led();
    if (nargs == 0) return boolValue(led.heartbeat());
    led.setHeartbeat(truthy(args[0]));
    return None();
}

Value rgbled(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rgbled", nargs, kw, 1, 1);
    int64_t color = requireInt64(args[0], "color");
    if (color < 0 || color > 0xFFFFFF) raiseValueError("color must be 0x000000..0xFFFFFF");
    RgbLed& led = runningApp().led();
    if (led.heartbeat()) raiseError(&exc::OSError, "the requested operation is not possible (the heartbeat is on)");
    led.setColor(uint32_t(color));
    return None();
}

// A flag of the config block: read it, or write it for the next boot.
template <bool (*Get)(const formats::ConfigBlock&), void (*Set)(formats::ConfigBlock&, bool)>
Value flagFunction(const char* name, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs(name, nargs, kw, 0, 1);
    if (nargs == 0) return boolValue(Get(config()));
    formats::ConfigBlock block = config();
    Set(block, truthy(args[0]));
    saveConfig(block);
    return None();
}

bool getHeartbeatOnBoot(const formats::ConfigBlock& c) { return c.heartbeatOnBoot(); }
void setHeartbeatOnBoot(formats::ConfigBlock& c, bool on) { c.setHeartbeatOnBoot(on); }
bool getWifiOnBoot(const formats::ConfigBlock& c) { return c.wifiOnBoot; }
void setWifiOnBoot(formats::ConfigBlock& c, bool on) { c.wifiOnBoot = on; }
bool getWdtOnBoot(const formats::ConfigBlock& c) { return c.wdtOnBoot != 0; }
void setWdtOnBoot(formats::ConfigBlock& c, bool on) { c.wdtOnBoot = on ? 1 : 0; }

Value heartbeatOnBoot(const Value* a, size_t n, TupleObject* kw) {
    return flagFunction<getHeartbeatOnBoot, setHeartbeatOnBoot>("heartbeat_on_boot", a, n, kw);
}
Value wifiOnBoot(const Value* a, size_t n, TupleObject* kw) { return flagFunction<getWifiOnBoot, setWifiOnBoot>("wifi_on_boot", a, n, kw); }
Value wdtOnBoot(const Value* a, size_t n, TupleObject* kw) { return flagFunction<getWdtOnBoot, setWdtOnBoot>("wdt_on_boot", a, n, kw); }

// A NUL-terminated text field of the config block (erased flash reads as empty).
template <size_t N>
Value textField(const char* name, std::array<uint8_t, N> formats::ConfigBlock::*field, const Value* args,
                size_t nargs, TupleObject* kw) {
    checkArgs(name, nargs, kw, 0, 1);
    if (nargs == 0) {
        const auto& bytes = config().*field;
        size_t length = 0;
        while (length < N && bytes[length] != 0 && bytes[length] != 0xFF) ++length;
        return Value(newStr(std::string_view(reinterpret_cast<const char*>(bytes.data()), length)));
    }
    std::string_view text = requireStr(args[0], name)->view();
    if (text.size() > N - 1) raiseValueError("%s: at most %zu bytes", name, N - 1);
    formats::ConfigBlock block = config();
    auto& bytes = block.*field;
    bytes.fill(0);
    std::copy(text.begin(), text.end(), bytes.begin());
    saveConfig(block);
    return None();
}

Value wifiSsid(const Value* a, size_t n, TupleObject* kw) { return textField("wifi_ssid", &formats::ConfigBlock::wifiSsid, a, n, kw); }
Value wifiPwd(const Value* a, size_t n, TupleObject* kw) { return textField("wifi_pwd", &formats::ConfigBlock::wifiPassword, a, n, kw); }

Value wdtOnBootTimeout(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("wdt_on_boot_timeout", nargs, kw, 0, 1);
    if (nargs == 0) return makeIntU64(config().wdtOnBootTimeout);
    int64_t ms = requireInt64(args[0], "timeout");
    if (ms < kMinWdtOnBootMs) raiseValueError("WDT on boot timeout must be at least %lld ms", (long long)kMinWdtOnBootMs);
    if (ms >= int64_t(0xFFFFFFFF)) raiseValueError("WDT on boot timeout must be below 0xFFFFFFFF ms");
    formats::ConfigBlock block = config();
    block.wdtOnBootTimeout = uint32_t(ms);
    saveConfig(block);
    return None();
}

const MethodDef functions[] = {
    {"heartbeat", heartbeat},
    {"heartbeat_on_boot", heartbeatOnBoot},
    {"rgbled", rgbled},
    {"wdt_on_boot", wdtOnBoot},
    {"wdt_on_boot_timeout", wdtOnBootTimeout},
    {"wifi_on_boot", wifiOnBoot},
    {"wifi_pwd", wifiPwd},
    {"wifi_ssid", wifiSsid},
    {nullptr, nullptr},
};

}  // namespace

void addPycomLedAndConfig(ModuleObject* pycom) { moduleAddFunctions(pycom, functions); }

}  // namespace pyfw::port
