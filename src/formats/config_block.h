// The Pycom config block: 768 bytes at 0x3FF000 (esp32/pycom_config.h of v1.17.2.b1), written as
// a whole after erasing its sector. Erased flash (all 0xFF) is a valid block that means: heartbeat
// and WiFi on boot, WDT on boot with timeout 0xFFFFFFFF (= not started), no LoRa region (0xFF).
//
//   0 lpwan_mac[8]  8 sigfox_id[4]  12 sigfox_pac[8]  20 sigfox_private_key[16]
//   36 sigfox_public_key[16]  52 lora_region
//   53 wifi bits: on_boot:1 (bit 0), mode:3, auth:3, antenna:1 (bit 7)
//   54 wifi_ssid[33]  87 wifi_pwd[65]
//   152 rgbled bits: heartbeat_on_boot:1 (bit 0, rest unused)  153 error[3] 156 safeboot[3] 159 heartbeat[3]
//   162 reserved[335]  497 hw_version  498 sw_version[12]  510 padding[2]
//   512 wdt_on_boot  513 padding[3]  516 wdt_on_boot_timeout (u32 LE)  520 dummy[248]
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

struct ConfigBlock {
    static constexpr size_t kSize = 768;
    static constexpr uint32_t kAddress = 0x3FF000;

    std::array<uint8_t, 8> lpwanMac{};
    std::array<uint8_t, 4> sigfoxId{};
    std::array<uint8_t, 8> sigfoxPac{};
    std::array<uint8_t, 16> sigfoxPrivateKey{};
    std::array<uint8_t, 16> sigfoxPublicKey{};
    uint8_t loraRegion = 0xFF;
    bool wifiOnBoot = true;
    uint8_t wifiMode = 7;
    uint8_t wifiAuth = 7;
    bool wifiAntenna = true;
    std::array<uint8_t, 33> wifiSsid{};
    std::array<uint8_t, 65> wifiPassword{};
    uint8_t rgbledBits = 0xFF;  // bit 0: heartbeat_on_boot; the other bits are kept as found
    std::array<uint8_t, 3> errorColor{}, safebootColor{}, heartbeatColor{};
    uint8_t hwVersion = 0xFF;
    std::array<uint8_t, 12> swVersion{};
    uint8_t wdtOnBoot = 0xFF;
    uint32_t wdtOnBootTimeout = 0xFFFFFFFF;
    // Bytes with no field of their own (reserved, padding, dummy), kept so a parse/serialize round
    // trip is byte-exact.
    base::Bytes raw = base::Bytes(kSize, 0xFF);

    bool heartbeatOnBoot() const { return rgbledBits & 1; }
    void setHeartbeatOnBoot(bool on) { rgbledBits = uint8_t((rgbledBits & ~1) | (on ? 1 : 0)); }

    // A block as erased flash reads.
    static ConfigBlock erased();
    static base::Result<ConfigBlock> parse(base::ByteView bytes);
    base::Bytes serialize() const;
};

}  // namespace pyfw::formats
