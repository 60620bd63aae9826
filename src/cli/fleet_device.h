// What `pyfw fleet` makes for each board: its key files (named after its MAC, mode 0600, never
// overwritten), its LoRaWAN identity (DevEUI from the MAC, a random AppKey) and its NVS partition
// from the fleet's CSV template.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "base/bytes.h"
#include "chip/board.h"
#include "world/network_server.h"

namespace pyfw::cli {

// "70b3d57ed0001234": an EUI as registries and manifests write it (16 hex digits).
std::string euiHex(uint64_t eui);

// "240ac4123456": the MAC as key files and manifests name a board.
std::string macName(const chip::MacAddress& mac);

// The board's DevEUI as Pycom derives its LoRa MAC from the WiFi MAC when the config block holds
// none: the EUI-64 of the MAC (FF FE inserted in the middle).
uint64_t devEuiFromMac(const chip::MacAddress& mac);

struct DeviceKeys {
    base::Bytes flashEncryptionKey;  // 32 bytes
    world::DeviceEntry lorawan;      // OTAA identity
    std::filesystem::path flashEncryptionKeyFile, lorawanKeyFile;
};

// Reads the board's key files from the key folder, or makes them (random) when absent: a key file
// that exists is always used as it is, never replaced.
DeviceKeys deviceKeysOrGenerate(const std::filesystem::path& keyFolder, const chip::MacAddress& mac, uint64_t appEui);
// The board's key files, which must exist.
DeviceKeys readDeviceKeys(const std::filesystem::path& keyFolder, const chip::MacAddress& mac);

// The CSV template with {placeholders} replaced for one board: {mac}, {dev_eui}, {app_eui},
// {index} (1-based position in the fleet), {model}, {firmware_version}. An unknown placeholder is
// an error naming it. Keys are not offered: the NVS partition is outside flash encryption.
std::string fillNvsTemplate(const std::string& text, const std::map<std::string, std::string>& values);

}  // namespace pyfw::cli
