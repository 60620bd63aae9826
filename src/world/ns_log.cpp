#include "world/ns_log.h"

#include <cstdio>

namespace pyfw::world {

namespace {
std::string hex(uint64_t value, int digits) {
    char text[24];
    std::snprintf(text, sizeof text, "%0*llx", digits, (unsigned long long)value);
    return text;
}

std::string who(const NsLogEvent& e) {
    std::string text;
    if (e.device) text = " " + (e.device->entry.name.empty() ? "device" : e.device->entry.name) + " (" +
                         hex(e.device->entry.devEui, 16) + ")";
    else if (e.devEui) text = " DevEUI " + hex(e.devEui, 16);
    if (e.devAddr) text += " DevAddr " + hex(*e.devAddr, 8);
    return text;
}

std::string frameFields(const NsLogEvent& e) {
    std::string text;
    if (e.fcnt) text += " FCnt " + std::to_string(*e.fcnt);
    if (e.port) text += " port " + std::to_string(*e.port);
    if (e.confirmed) text += " confirmed";
    if (!e.payload.empty()) text += " payload " + base::toHex(e.payload);
    if (!e.fopts.empty()) text += " fopts " + base::toHex(e.fopts);
    return text;
}

std::string signal(const NsLogEvent& e) {
    if (!e.meta) return "";
    char text[96];
    std::snprintf(text, sizeof text, " (%.3f MHz SF%u, RSSI %.0f dBm, SNR %.1f dB, %d gateway%s)",
                  e.meta->frequencyHz / 1e6, unsigned(e.meta->spreadingFactor), e.meta->rssi, e.meta->snr, e.gateways,
                  e.gateways == 1 ? "" : "s");
    return text;
}
}  // namespace

std::string describe(const NsLogEvent& e) {
    switch (e.kind) {
    case NsLogEvent::Kind::Join: return "join" + who(e) + signal(e);
    case NsLogEvent::Kind::Uplink: return "uplink" + who(e) + frameFields(e) + signal(e);
    case NsLogEvent::Kind::Downlink: return "downlink" + who(e) + frameFields(e);
    case NsLogEvent::Kind::Drop: break;
    }
    return "dropped" + who(e) + frameFields(e) + signal(e) + ": " + (e.reason ? e.reason : "unknown reason");
}

}  // namespace pyfw::world
