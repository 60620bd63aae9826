// `pyfw fleet provision`: N boards from one secure build in one command. Each board gets its own
// flash-encryption key (the images are encrypted for it here), the fleet's secure boot key and
// signed images, its LoRaWAN identity and, from a CSV template, its NVS partition; it is burnt (in
// release mode if asked), booted once, and recorded in the manifest and the network server's
// registry. Every board is checked before the first one is touched.
#include "cli/fleet_provision.h"

#include "lorawan/region.h"

#include <cstdio>
#include <iostream>
#include <set>

#include "base/file.h"
#include "boot/boot_chain.h"
#include "boot/provision_check.h"
#include "cli/board_access.h"
#include "cli/build_folder.h"
#include "cli/command_registry.h"
#include "cli/fleet_device.h"
#include "cli/fleet_manifest.h"
#include "cli/provision_summary.h"
#include "cli/toolchain_files.h"
#include "formats/nvs_csv.h"
#include "formats/nvs_generator.h"
#include "formats/partition_table.h"
#include "security/flash_encryption.h"
#include "world/device_registry.h"

namespace pyfw::cli {
namespace {

namespace fs = std::filesystem;
namespace nvs = formats::nvs;

// Why a board can no longer be provisioned, or empty: its keys and fuses are burnt for good.
std::string provisionedReason(const chip::Board& board) {
    const auto& fuses = board.efuses();
    if (!fuses.hardwareKeyIsBlank(1)) return "BLK1 already holds a flash encryption key";
    if (!fuses.hardwareKeyIsBlank(2)) return "BLK2 already holds a secure boot key";
    if (fuses.flashCryptCount() != 0) return "FLASH_CRYPT_CNT is " + base::hexNumber(fuses.flashCryptCount());
    if (fuses.secureBootEnabled()) return "ABS_DONE_0 (secure boot) is burnt";
    return "";
}

base::Bytes encryptFor(const base::Bytes& keyFile, uint32_t address, base::ByteView data) {
    base::Bytes padded(data.begin(), data.end());
    padded.resize((padded.size() + 15) / 16 * 16, 0xFF);
    auto key = security::FlashEncryption::keyFromFile(keyFile);
    if (!key.ok()) failWith(key.error());
    auto out = security::FlashEncryption::encrypt(*key, address, security::FlashEncryption::kDefaultConf, padded);
    if (!out.ok()) failWith(out.error());
    return *out;
}

std::string relativeTo(const fs::path& path, const fs::path& base) {
    std::error_code error;
    auto relative = fs::relative(fs::absolute(path), fs::absolute(base.empty() ? fs::path(".") : base), error);
    return error || relative.empty() ? fs::absolute(path).string() : relative.string();
}

struct Plan {
    const FleetProvisionOptions& options;
    BuildFolder build;
    formats::Partition nvsPartition;
    std::string nvsTemplate;
    uint64_t appEui = 0;
};

formats::Partition nvsPartitionOf(const BuildFolder& build) {
    auto table = formats::parsePartitionTable(build.file("partitions.bin"));
    if (!table.ok()) failWith(table.error());
    for (const auto& partition : table->entries)
        if (partition.type == uint8_t(formats::PartitionType::Data) && partition.subtype == 0x02) return partition;
    throw CommandFailure(build.dir.string() + ": the build's partition table has no nvs partition", 2);
}

base::Bytes nvsImage(const Plan& plan, const chip::Board& board, size_t index, const world::DeviceEntry& lorawan) {
    std::map<std::string, std::string> values = {
        {"mac", macName(board.mac())}, {"dev_eui", euiHex(lorawan.devEui)}, {"app_eui", euiHex(lorawan.appEui)},
        {"index", std::to_string(index + 1)}, {"model", std::string(board.model().id)}, {"firmware_version", plan.build.version}};
    std::string csv = fillNvsTemplate(plan.nvsTemplate, values);
    auto rows = nvs::parseCsv(csv);
    if (!rows.ok()) throw CommandFailure(plan.options.nvsTemplate + ": " + rows.error().message, 2);
    fs::path folder = fs::path(plan.options.nvsTemplate).parent_path();
    auto items = nvs::csvItems(*rows, [&](const std::string& file) { return base::readFile(folder / file); });
    if (!items.ok()) throw CommandFailure(plan.options.nvsTemplate + ": " + items.error().message, 2);
    auto version = plan.options.nvsFormat == "v1" ? nvs::PageVersion::V1 : nvs::PageVersion::V2;
    auto image = nvs::generatePartition(*items, plan.nvsPartition.size, version);
    if (!image.ok()) throw CommandFailure(plan.options.nvsTemplate + ": " + image.error().message, 2);
    return *image;
}

// The request for one board: the build's signed images encrypted with the board's own key.
chip::ProvisionRequest requestFor(const Plan& plan, const DeviceKeys& keys) {
    const BuildFolder& build = plan.build;
    chip::ProvisionRequest request;
    request.flashEncryptionKey = keys.flashEncryptionKey;
    request.secureBootKey = build.file("secure-bootloader-key.bin");
    request.efuses = build.request.efuses;
    std::string app = build.board + ".bin";
    request.files = {{0x0, encryptFor(keys.flashEncryptionKey, 0x0, build.file("bootloader-reflash-digest.bin")), "bootloader digest image"},
                     {formats::kPartitionTableAddress, encryptFor(keys.flashEncryptionKey, formats::kPartitionTableAddress,
                                                                  build.file("partitions.bin")), "partition table"},
                     {0x10000, encryptFor(keys.flashEncryptionKey, 0x10000, build.file(app)), app}};
    if (plan.options.release) chip::addReleaseMode(request);
    addAntiRollbackMinimum(build, request);
    return request;
}

std::string bootOnce(chip::Board& board) {
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    (void)board.saveRtc();
    if (result.kind != boot::BootResult::Kind::JumpToApp) return "";
    return result.jump->app.descriptor ? result.jump->app.descriptor->version : "?";
}

nlohmann::json provisionOne(const Plan& plan, FleetManifest& manifest, const std::string& dir, size_t index) {
    auto board = openBoardOrFail(dir);
    auto keys = deviceKeysOrGenerate(manifest.keys, board.mac(), plan.appEui);
    auto request = requestFor(plan, keys);
    if (!plan.nvsTemplate.empty())
        request.files.push_back({plan.nvsPartition.offset, nvsImage(plan, board, index, keys.lorawan), "NVS partition"});
    auto checked = boot::checkKeysMatchDigestImage(request.files[0].data, *request.flashEncryptionKey, *request.secureBootKey);
    if (!checked.ok()) throw CommandFailure(dir + ": refusing to burn the keys: " + checked.error().message, 2);
    auto report = chip::provisionBoard(board, request);
    if (!report.ok()) throw CommandFailure(dir + ": nothing was written or burnt on this board: " + report.error().message, 2);
    std::string running = bootOnce(board);
    if (running.empty()) throw CommandFailure(dir + ": provisioned, but the board did not start; see `pyfw board boot " + dir + "`", 3);
    std::string mac = chip::formatMac(board.mac());
    std::printf("%-24s %s provisioned%s, booted %s\n", dir.c_str(), mac.c_str(), plan.options.release ? " (release)" : "",
                running.c_str());
    return {{"dir", relativeTo(dir, manifest.path.parent_path())},
            {"mac", mac},
            {"model", std::string(board.model().id)},
            {"flash_encryption_key", keys.flashEncryptionKeyFile.filename().string()},
            {"lorawan_keys", keys.lorawanKeyFile.filename().string()},
            {"dev_eui", euiHex(keys.lorawan.devEui)},
            {"app_eui", euiHex(keys.lorawan.appEui)},
            {"nvs", !plan.nvsTemplate.empty()},
            {"firmware", {{"version", plan.build.version}, {"build_id", plan.build.buildId}, {"secure_version", plan.build.secureVersion}}},
            {"release", plan.options.release},
            {"efuse", efuseState(board)}};
}

// Every board is checked before any is touched: model, duplicates, and boards already provisioned.
std::vector<std::pair<std::string, size_t>> boardsToProvision(const Plan& plan, FleetManifest& manifest) {
    std::vector<std::pair<std::string, size_t>> todo;
    size_t index = 0;
    std::set<std::string> macs;
    for (const auto& dir : plan.options.boards) {
        auto board = openBoardOrFail(dir);
        plan.build.requireModel(board);
        ++index;
        std::string mac = chip::formatMac(board.mac());
        if (!macs.insert(mac).second) throw CommandFailure(dir + ": MAC " + mac + " appears twice among the boards", 2);
        std::string reason = provisionedReason(board);
        if (reason.empty()) {
            todo.emplace_back(dir, index - 1);
        } else if (plan.options.skipProvisioned && manifest.find(mac)) {
            std::printf("%-24s %s already provisioned (%s); left as it is\n", dir.c_str(), mac.c_str(), reason.c_str());
        } else {
            throw CommandFailure(dir + " (" + mac + ") is already provisioned: " + reason +
                                     ", and burnt keys cannot change. Nothing was done on any board; pass --skip-provisioned "
                                     "to leave the boards this manifest already holds as they are",
                                 2);
        }
    }
    return todo;
}

void writeRegistry(const FleetProvisionOptions& options, const FleetManifest& manifest) {
    world::Registry registry;
    auto region = lorawan::regionFromName(options.region);
    if (!region) throw CommandFailure("unknown region \"" + options.region + "\"", 2);
    registry.region = *region;
    for (const auto& record : manifest.boards) {
        auto mac = chip::parseMac(record.value("mac", ""));
        if (!mac.ok()) continue;
        auto keys = readDeviceKeys(manifest.keys, *mac);
        keys.lorawan.name = macName(*mac);
        keys.lorawan.otaa = true;
        registry.devices.push_back(keys.lorawan);
    }
    auto status = base::writeSecretFile(options.registry, base::view(world::serializeRegistry(registry)), true);
    if (!status.ok()) failWith(status.error());
}

}  // namespace

void provisionFleet(const FleetProvisionOptions& options) {
    if (options.boards.empty()) throw CommandFailure("name at least one board folder", 2);
    if (options.nvsFormat != "v1" && options.nvsFormat != "v2") throw CommandFailure("--nvs-format must be v1 or v2", 2);
    Plan plan{options, readBuildFolderOrFail(options.build), {}, {}, 0};
    if (!plan.build.secure) throw CommandFailure(options.build + " is not a secure build; a fleet is provisioned from pyfw build --secure", 2);
    plan.nvsPartition = nvsPartitionOf(plan.build);
    if (!options.nvsTemplate.empty()) plan.nvsTemplate = base::toString(readFileOrFail(options.nvsTemplate));
    auto appEui = base::fromHex(options.appEui);
    if (!appEui.ok() || appEui->size() != 8) throw CommandFailure("--app-eui must be 16 hex digits", 2);
    for (uint8_t b : *appEui) plan.appEui = plan.appEui << 8 | b;

    auto manifest = loadFleetManifest(options.manifest, false);
    manifest.keys = fs::absolute(options.keys);
    std::error_code error;
    fs::create_directories(options.keys, error);
    if (error) throw CommandFailure(options.keys + ": cannot create the key folder (" + error.message() + ")", 2);
    fs::permissions(options.keys, fs::perms::owner_all, fs::perm_options::replace, error);
    auto todo = boardsToProvision(plan, manifest);

    DeviceKeys sample;
    sample.flashEncryptionKey = base::Bytes(32, 0);
    auto shape = requestFor(plan, sample);
    std::printf("%zu board%s to provision from %s %s (build %s), each with its own flash encryption key\n", todo.size(),
                todo.size() == 1 ? "" : "s", plan.build.name.c_str(), plan.build.version.c_str(), plan.build.buildId.substr(0, 16).c_str());
    printBurnPlan(shape, options.release);
    if (options.release && !options.yes && !todo.empty()) {
        std::printf("Type BURN and press Enter to burn these eFuses on %zu boards (anything else cancels): ", todo.size());
        std::fflush(stdout);
        std::string answer;
        if (!std::getline(std::cin, answer) || answer != "BURN")
            throw CommandFailure("not confirmed: nothing was written or burnt (pass --yes to skip the question)", 2);
    }
    for (const auto& [dir, index] : todo) {
        manifest.put(provisionOne(plan, manifest, dir, index));
        manifest.save();
    }
    manifest.save();
    writeRegistry(options, manifest);
    if (!options.release) printDevelopmentMode();
    std::printf("Manifest: %s (%zu boards); registry for pyfw ns serve: %s; keys (mode 0600) in %s\n", options.manifest.c_str(),
                manifest.boards.size(), options.registry.c_str(), options.keys.c_str());
}

}  // namespace pyfw::cli
