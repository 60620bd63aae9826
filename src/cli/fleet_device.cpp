#include "cli/fleet_device.h"

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "crypto/random.h"
#include "security/flash_encryption.h"

namespace pyfw::cli {
namespace {

namespace fs = std::filesystem;

fs::path flashKeyPath(const fs::path& folder, const chip::MacAddress& mac) {
    return folder / (macName(mac) + ".flash_encryption_key.bin");
}

fs::path lorawanKeyPath(const fs::path& folder, const chip::MacAddress& mac) { return folder / (macName(mac) + ".lorawan.json"); }

world::DeviceEntry parseLorawanKeys(const fs::path& path) {
    auto text = readFileOrFail(path.string());
    auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    auto appKey = base::fromHex(doc.is_object() ? doc.value("app_key", "") : "");
    auto devEui = base::fromHex(doc.is_object() ? doc.value("dev_eui", "") : "");
    auto appEui = base::fromHex(doc.is_object() ? doc.value("app_eui", "") : "");
    if (!appKey.ok() || appKey->size() != 16 || !devEui.ok() || devEui->size() != 8 || !appEui.ok() || appEui->size() != 8)
        throw CommandFailure(path.string() + ": not a LoRaWAN key file written by pyfw fleet (dev_eui, app_eui, app_key)", 2);
    world::DeviceEntry entry;
    for (uint8_t b : *devEui) entry.devEui = entry.devEui << 8 | b;
    for (uint8_t b : *appEui) entry.appEui = entry.appEui << 8 | b;
    std::copy(appKey->begin(), appKey->end(), entry.appKey.begin());
    return entry;
}

base::Bytes readFlashKey(const fs::path& path) {
    auto key = readFileOrFail(path.string());
    if (key.size() != 32) throw CommandFailure(path.string() + ": a flash encryption key file holds 32 bytes", 2);
    return key;
}

}  // namespace

std::string euiHex(uint64_t eui) {
    char text[20];
    std::snprintf(text, sizeof text, "%016llx", (unsigned long long)eui);
    return text;
}

std::string macName(const chip::MacAddress& mac) { return base::toHex(mac); }

uint64_t devEuiFromMac(const chip::MacAddress& mac) {
    uint8_t eui[8] = {mac[0], mac[1], mac[2], 0xFF, 0xFE, mac[3], mac[4], mac[5]};
    uint64_t value = 0;
    for (uint8_t b : eui) value = value << 8 | b;
    return value;
}

DeviceKeys deviceKeysOrGenerate(const fs::path& keyFolder, const chip::MacAddress& mac, uint64_t appEui) {
    DeviceKeys keys;
    keys.flashEncryptionKeyFile = flashKeyPath(keyFolder, mac);
    keys.lorawanKeyFile = lorawanKeyPath(keyFolder, mac);
    if (fs::exists(keys.flashEncryptionKeyFile)) {
        keys.flashEncryptionKey = readFlashKey(keys.flashEncryptionKeyFile);
    } else {
        keys.flashEncryptionKey = crypto::randomBytes(32);
        writeKeyFileOrFail(keys.flashEncryptionKeyFile.string(), keys.flashEncryptionKey, false);
    }
    if (fs::exists(keys.lorawanKeyFile)) {
        keys.lorawan = parseLorawanKeys(keys.lorawanKeyFile);
    } else {
        keys.lorawan.devEui = devEuiFromMac(mac);
        keys.lorawan.appEui = appEui;
        auto appKey = crypto::randomBytes(16);
        std::copy(appKey.begin(), appKey.end(), keys.lorawan.appKey.begin());
        nlohmann::json doc = {{"dev_eui", euiHex(keys.lorawan.devEui)}, {"app_eui", euiHex(appEui)},
                              {"app_key", base::toHex(keys.lorawan.appKey)}};
        writeKeyFileOrFail(keys.lorawanKeyFile.string(), base::view(doc.dump(2) + "\n"), false);
    }
    keys.lorawan.name = macName(mac);
    keys.lorawan.otaa = true;
    return keys;
}

DeviceKeys readDeviceKeys(const fs::path& keyFolder, const chip::MacAddress& mac) {
    DeviceKeys keys;
    keys.flashEncryptionKeyFile = flashKeyPath(keyFolder, mac);
    keys.lorawanKeyFile = lorawanKeyPath(keyFolder, mac);
    if (!fs::exists(keys.flashEncryptionKeyFile))
        throw CommandFailure(keys.flashEncryptionKeyFile.string() + " is missing: the key of board " + macName(mac), 2);
    keys.flashEncryptionKey = readFlashKey(keys.flashEncryptionKeyFile);
    if (fs::exists(keys.lorawanKeyFile)) keys.lorawan = parseLorawanKeys(keys.lorawanKeyFile);
    return keys;
}

std::string fillNvsTemplate(const std::string& text, const std::map<std::string, std::string>& values) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        if (text[i] != '{') {
            out += text[i++];
            continue;
        }
        size_t close = text.find('}', i);
        if (close == std::string::npos) throw CommandFailure("the NVS template has a '{' without its '}'", 2);
        std::string name = text.substr(i + 1, close - i - 1);
        auto value = values.find(name);
        if (value == values.end())
            throw CommandFailure("the NVS template names {" + name + "}; the placeholders are {mac}, {dev_eui}, {app_eui}, "
                                 "{index}, {model} and {firmware_version}", 2);
        out += value->second;
        i = close + 1;
    }
    return out;
}

}  // namespace pyfw::cli
