// `pyfw fleet ota MANIFEST IMAGE`: the same signed update for every board of a manifest, encrypted
// for each board with its own key and for the slot its updater will write. Each board's updater
// checks the image (model, slot, signature with the fleet key, checksum and SHA-256, size, secure
// version) before a byte of flash is erased; a refused board keeps its image. Each updated board
// is booted and must run the new firmware. One line per board, and a non-zero exit when any failed.
#include "cli/fleet_ota.h"

#include <cstdio>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/fleet_device.h"
#include "cli/fleet_manifest.h"
#include "cli/toolchain_files.h"
#include "formats/app_image.h"
#include "formats/pyfw_images.h"
#include "security/flash_encryption.h"

namespace pyfw::cli {
namespace {

struct Outcome {
    bool updated = false;
    std::string text;
};

std::string versionOf(const base::Bytes& image) {
    auto parsed = formats::parseAppImage(image);
    if (!parsed.ok()) return "?";
    auto contents = formats::readFirmwareContents(*parsed);
    return contents.ok() ? contents->descriptor.version : "?";
}

base::Result<base::Bytes> encryptedForSlot(const base::Bytes& keyFile, uint32_t slot, const base::Bytes& image) {
    base::Bytes padded = image;
    padded.resize((padded.size() + 15) / 16 * 16, 0xFF);
    PYFW_ASSIGN(auto key, security::FlashEncryption::keyFromFile(keyFile));
    return security::FlashEncryption::encrypt(key, slot, security::FlashEncryption::kDefaultConf, padded);
}

Outcome updateOne(const FleetManifest& manifest, nlohmann::json& record, const base::Bytes& image, size_t chunk) {
    auto board = openBoardOrFail(manifest.resolve(record.value("dir", "")).string());
    auto keys = readDeviceKeys(manifest.keys, board.mac());
    auto config = boot::installedBootloaderConfig(board);
    if (!config.ok()) return {false, "refused: " + config.error().message};
    boot::OtaUpdater updater(board, *config);
    auto slot = updater.slotAddress();
    if (!slot.ok()) return {false, "refused: " + slot.error().message};
    auto encrypted = encryptedForSlot(keys.flashEncryptionKey, *slot, image);
    if (!encrypted.ok()) return {false, "refused: " + encrypted.error().message};
    auto checked = updater.checkImage(*encrypted);
    if (!checked.ok()) return {false, "refused, flash untouched: " + checked.error().message};
    auto step = [&](const base::Status& status, const char* what) -> std::optional<Outcome> {
        if (status.ok()) return std::nullopt;
        return Outcome{false, std::string(what) + " failed: " + status.error().message};
    };
    if (auto failed = step(updater.start(), "ota_start")) return *failed;
    for (size_t at = 0; at < encrypted->size(); at += chunk)
        if (auto failed = step(updater.write(base::ByteView(*encrypted).subspan(at, std::min(chunk, encrypted->size() - at))),
                               "ota_write"))
            return *failed;
    if (auto failed = step(updater.verify(), "ota_verify")) return *failed;
    if (auto failed = step(updater.finish(), "ota_finish")) return *failed;
    boot::BootLog log(board.clock());
    auto booted = boot::powerOn(board, log);
    (void)board.saveRtc();
    std::string wanted = versionOf(image);
    if (booted.kind != boot::BootResult::Kind::JumpToApp || !booted.jump->app.descriptor ||
        booted.jump->app.descriptor->version != wanted)
        return {false, "updated, but the board did not start " + wanted + ": " + booted.reason};
    record["firmware"] = {{"version", wanted}, {"build_id", base::toHex(booted.jump->app.descriptor->buildId)},
                          {"secure_version", booted.jump->app.descriptor->secureVersion}};
    record["efuse"] = efuseState(board);
    return {true, "updated to " + wanted + " in the slot at " + base::hexNumber(*slot) + ", booted"};
}

}  // namespace

void fleetOta(const FleetOtaOptions& options) {
    if (options.chunk == 0) throw CommandFailure("--chunk must be at least 1 byte", 2);
    auto manifest = loadFleetManifest(options.manifest, true);
    base::Bytes image = readFileOrFail(options.image);
    std::map<std::string, base::Bytes> perBoard;
    for (const auto& spec : options.boardImages) {
        auto equals = spec.find('=');
        if (equals == std::string::npos) throw CommandFailure("--board-image takes MAC=FILE, not \"" + spec + "\"", 2);
        auto mac = chip::parseMac(spec.substr(0, equals));
        if (!mac.ok()) failWith(mac.error());
        perBoard[chip::formatMac(*mac)] = readFileOrFail(spec.substr(equals + 1));
    }
    size_t updated = 0, failed = 0;
    for (auto& record : manifest.boards) {
        std::string mac = record.value("mac", "?");
        auto special = perBoard.find(mac);
        Outcome outcome = updateOne(manifest, record, special != perBoard.end() ? special->second : image, options.chunk);
        std::printf("%-24s %s %s\n", record.value("dir", "?").c_str(), mac.c_str(), outcome.text.c_str());
        (outcome.updated ? updated : failed) += 1;
    }
    manifest.save();
    std::printf("%zu updated, %zu failed\n", updated, failed);
    if (failed) throw CommandFailure(std::to_string(failed) + " board" + (failed == 1 ? "" : "s") + " not updated (listed above); they keep their image", 1);
}

}  // namespace pyfw::cli
