#include "cli/build_folder.h"

#include <sstream>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "crypto/hash.h"

namespace pyfw::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

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

}  // namespace

const base::Bytes& BuildFolder::file(const std::string& fileName) const {
    auto found = files.find(fileName);
    if (found == files.end()) badBuild(dir / "flash.json", "the build has no " + fileName);
    return found->second;
}

void BuildFolder::requireModel(const chip::Board& target) const {
    if (board != std::string(target.model().id))
        badBuild(dir / "flash.json", "the build is for a " + (name.empty() ? board : name) + ", the board is a " +
                                         std::string(target.model().name));
}

BuildFolder readBuildFolderOrFail(const std::string& dir) {
    BuildFolder build;
    build.dir = dir;
    fs::path manifest = build.dir / "flash.json";
    auto text = readFileOrFail(manifest.string());
    build.manifest = json::parse(text.begin(), text.end(), nullptr, false);
    const json& doc = build.manifest;
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("flash") || !doc.contains("efuse"))
        badBuild(manifest, "not a flash.json written by pyfw build");
    build.board = doc.value("board", "");
    build.name = doc.value("name", "");
    build.version = doc.value("version", "");
    build.buildId = doc.value("build_id", "");
    build.secure = doc.value("secure", false);
    build.antiRollback = doc.value("anti_rollback", false);
    build.secureVersion = doc.value("secure_version", 0u);
    for (const auto& file : doc.value("files", json::array())) {
        if (!file.contains("sha256") || !file.contains("file")) continue;
        std::string name = file["file"].get<std::string>();
        auto data = readFileOrFail(resolve(build.dir, name));
        if (base::toHex(crypto::sha256(data)) != file["sha256"].get<std::string>())
            badBuild(manifest, name + " has changed since the build (its SHA-256 differs)");
        build.files[name] = std::move(data);
    }
    for (const auto& entry : doc["flash"]) {
        std::string name = entry.value("file", "");
        uint64_t address = parseNumberOrFail(entry.value("address", ""), "flash address in flash.json");
        auto known = build.files.find(name);
        base::Bytes data = known != build.files.end() ? known->second : readFileOrFail(resolve(build.dir, name));
        build.request.files.push_back({uint32_t(address), std::move(data), name});
    }
    for (const auto& step : doc["efuse"]) addEfuseStep(build.request, manifest, step.value("pyfw", ""));
    return build;
}

}  // namespace pyfw::cli
