#include "cli/fleet_manifest.h"

#include "boot/app_verifier.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"

namespace pyfw::cli {

namespace fs = std::filesystem;

nlohmann::json* FleetManifest::find(const std::string& mac) {
    for (auto& record : boards)
        if (record.value("mac", "") == mac) return &record;
    return nullptr;
}

void FleetManifest::put(nlohmann::json record) {
    if (auto* existing = find(record.value("mac", ""))) *existing = std::move(record);
    else boards.push_back(std::move(record));
}

fs::path FleetManifest::resolve(const std::string& name) const {
    fs::path p(name);
    return p.is_absolute() ? p : path.parent_path() / p;
}

void FleetManifest::save() const {
    std::error_code error;
    auto folder = fs::absolute(path).parent_path();
    auto relative = fs::relative(keys, folder, error);
    nlohmann::json doc = {{"format", 1}, {"keys", error || relative.empty() ? keys.string() : relative.string()}, {"boards", boards}};
    writeFileOrFail(path.string(), base::view(doc.dump(2) + "\n"), base::Durability::Synced);
}

FleetManifest loadFleetManifest(const fs::path& path, bool mustExist) {
    FleetManifest manifest;
    manifest.path = path;
    if (!fs::exists(path)) {
        if (mustExist) throw CommandFailure(path.string() + ": no such fleet manifest", 2);
        return manifest;
    }
    auto text = readFileOrFail(path.string());
    auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("format", 0) != 1 || !doc.contains("boards") || !doc["boards"].is_array())
        throw CommandFailure(path.string() + ": not a fleet manifest written by pyfw fleet", 2);
    manifest.keys = manifest.resolve(doc.value("keys", ""));
    manifest.boards = doc["boards"];
    return manifest;
}

nlohmann::json efuseState(const chip::Board& board) {
    const auto& fuses = board.efuses();
    const auto& blk1 = *chip::findEfuseField("BLK1");
    const auto& cnt = *chip::findEfuseField("FLASH_CRYPT_CNT");
    return {{"flash_encryption", fuses.flashEncryptionEnabled()},
            {"flash_crypt_cnt", fuses.flashCryptCount()},
            {"flash_crypt_cnt_write_protected", fuses.isWriteProtected(cnt)},
            {"flash_encryption_key_protected", fuses.isReadProtected(blk1) && fuses.isWriteProtected(blk1)},
            {"secure_boot", fuses.secureBootEnabled()},
            {"jtag_disabled", fuses.isSet("JTAG_DISABLE")},
            {"download_encrypt_disabled", fuses.isSet("DISABLE_DL_ENCRYPT")},
            {"download_decrypt_disabled", fuses.isSet("DISABLE_DL_DECRYPT")},
            {"download_cache_disabled", fuses.isSet("DISABLE_DL_CACHE")},
            {"minimum_secure_version", boot::minimumSecureVersion(fuses)}};
}

}  // namespace pyfw::cli
