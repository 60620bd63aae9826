// pyfw provision DIR --build BUILD_DIR: the whole "use your own keys" flow of a `pyfw build
// --secure` output in one step — check the build against the board and the keys against the
// images, write the images, burn the keys and the eFuses of flash.json, and say what was burnt.
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "boot/provision_check.h"
#include "chip/provisioning.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "crypto/hash.h"

namespace pyfw::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Options {
    std::string dir, build;
    bool dryRun = false;
};

[[noreturn]] void badBuild(const fs::path& manifest, const std::string& what) {
    throw CommandFailure(manifest.string() + ": " + what, 2);
}

std::string resolve(const fs::path& folder, const std::string& file) {
    fs::path path(file);
    return (path.is_absolute() ? path : folder / path).string();
}

// One eFuse line of flash.json, "pyfw efuse BOARD burn_key flash_encryption KEY" or
// "pyfw efuse BOARD burn_efuse NAME [VALUE]", into the request.
void addEfuseStep(chip::ProvisionRequest& request, const fs::path& manifest, const std::string& line) {
    std::istringstream words(line);
    std::vector<std::string> tokens;
    for (std::string word; words >> word;) tokens.push_back(word);
    if (tokens.size() < 5 || tokens[0] != "pyfw" || tokens[1] != "efuse") badBuild(manifest, "unreadable eFuse step \"" + line + "\"");
    const std::string& command = tokens[3];
    if (command == "burn_key" && tokens.size() == 6) {
        auto key = readFileOrFail(resolve(manifest.parent_path(), tokens[5]));
        if (tokens[4] == "flash_encryption") request.flashEncryptionKey = key;
        else if (tokens[4] == "secure_boot") request.secureBootKey = key;
        else badBuild(manifest, "unknown key block \"" + tokens[4] + "\"");
    } else if (command == "burn_efuse" && tokens.size() <= 6) {
        uint64_t value = tokens.size() == 6 ? parseNumberOrFail(tokens[5], "eFuse value") : 0;
        request.efuses.push_back({tokens[4], value});
    } else {
        badBuild(manifest, "unsupported eFuse step \"" + line + "\"");
    }
}

chip::ProvisionRequest readBuild(const fs::path& buildDir, const chip::Board& board, json& doc) {
    fs::path manifest = buildDir / "flash.json";
    auto text = readFileOrFail(manifest.string());
    doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("flash") || !doc.contains("efuse"))
        badBuild(manifest, "not a flash.json written by pyfw build");
    if (doc.value("board", "") != std::string(board.model().id))
        badBuild(manifest, "the build is for a " + doc.value("name", doc.value("board", "?")) + ", the board is a " +
                               std::string(board.model().name));
    chip::ProvisionRequest request;
    for (const auto& file : doc.value("files", json::array())) {
        if (!file.contains("sha256") || !file.contains("file")) continue;
        auto data = readFileOrFail(resolve(buildDir, file["file"]));
        if (base::toHex(crypto::sha256(data)) != file["sha256"].get<std::string>())
            badBuild(manifest, file["file"].get<std::string>() + " has changed since the build (its SHA-256 differs)");
    }
    for (const auto& entry : doc["flash"]) {
        std::string name = entry.value("file", "");
        uint64_t address = parseNumberOrFail(entry.value("address", ""), "flash address in flash.json");
        request.files.push_back({uint32_t(address), readFileOrFail(resolve(buildDir, name)), name});
    }
    for (const auto& step : doc["efuse"]) addEfuseStep(request, manifest, step.value("pyfw", ""));
    return request;
}

void provision(const Options& options) {
    auto board = openBoardOrFail(options.dir);
    json doc;
    auto request = readBuild(options.build, board, doc);
    std::printf("Provisioning %s %s (MAC %s) with %s %s, build %s%s\n", std::string(board.model().name).c_str(),
                options.dir.c_str(), chip::formatMac(board.mac()).c_str(), doc.value("name", "?").c_str(),
                doc.value("version", "?").c_str(), doc.value("build_id", "?").substr(0, 16).c_str(),
                doc.value("secure", false) ? " (secure boot + flash encryption)" : "");
    if (request.flashEncryptionKey && request.secureBootKey) {
        const chip::FlashFile* digestImage = nullptr;
        for (const auto& file : request.files)
            if (file.address == 0) digestImage = &file;
        if (!digestImage) badBuild(fs::path(options.build) / "flash.json", "a secure build must flash the digest image at 0x0");
        auto checked = boot::checkKeysMatchDigestImage(digestImage->data, *request.flashEncryptionKey, *request.secureBootKey);
        if (!checked.ok()) throw CommandFailure("refusing to burn the keys: " + checked.error().message, 2);
        std::printf("Checked: the flash encryption key decrypts the bootloader and the secure boot key matches its digest\n");
    }
    if (options.dryRun) {
        std::printf("Dry run: nothing written or burnt\n");
        return;
    }
    auto report = chip::provisionBoard(board, request);
    if (!report.ok()) throw CommandFailure("nothing was written or burnt: " + report.error().message, 2);
    for (size_t i = 0; i < report->written.size(); ++i)
        std::printf("Wrote %u bytes at 0x%08x (%s)\n", report->written[i].length, report->written[i].address,
                    request.files[i].name.c_str());
    for (const auto& line : report->burnt) std::printf("Burnt %s\n", line.c_str());
    std::printf("Provisioned; `pyfw board boot %s` starts the board\n", options.dir.c_str());
}

void setup(CLI::App& app) {
    auto options = std::make_shared<Options>();
    auto* command = app.add_subcommand("provision", "Burn the keys and eFuses and flash the images of a pyfw build in one step");
    command->add_option("dir", options->dir, "Board folder")->required();
    command->add_option("--build", options->build, "Output folder of pyfw build (with flash.json)")->required();
    command->add_flag("--dry-run", options->dryRun, "Check everything, write and burn nothing");
    command->callback([options] { provision(*options); });
}

CommandRegistration registration{"provision", setup};

}  // namespace
}  // namespace pyfw::cli
