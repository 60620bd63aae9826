// pyfw build: the `make SECURE=on` of pyfw. Synthesises the bootloader and app images for a board
// (the app carries the firmware descriptor and the frozen modules), the Pycom partition table,
// and with --secure signs and encrypts them as Pycom's application.mk did; writes every file and
// a flash.json naming each with its address, plus the eFuse steps.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "chip/board_model.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "crypto/hash.h"
#include "crypto/pem.h"
#include "crypto/random.h"
#include "boot/app_verifier.h"
#include "engine/engine.h"
#include "formats/partition_table.h"
#include "formats/pycom_layout.h"
#include "formats/pyfw_images.h"
#include "security/firmware_package.h"
#include "security/flash_encryption.h"

namespace pyfw::cli {

// The layout cmake/EmbedFiles.cmake writes, with external linkage as there: the array is defined
// in the generated file, so its type must be the same type in both.
struct EmbeddedFile {
    const char* name;
    const unsigned char* data;
    size_t size;
};

extern const EmbeddedFile kFrozenFiles[];
extern const size_t kFrozenFiles_count;

namespace {

namespace fs = std::filesystem;

struct BuildArgs {
    std::string board, out, signingKey = "secure_boot_signing_key.pem", encryptionKey = "flash_encryption_key.bin";
    std::string version = formats::kFirmwareVersion;
    std::vector<std::string> frozen;
    bool secure = false, antiRollback = false;
    uint32_t secureVersion = 0;
};

// A frozen module that does not compile would only fail on the board, at import time.
void checkFrozenModules(const std::vector<formats::FrozenModule>& modules) {
    engine::InterpreterConfig config;
    engine::Interpreter interpreter(config);
    for (const auto& module : modules) {
        auto error = engine::syntaxErrorOf(interpreter, module.source, module.name);
        if (error) throw CommandFailure("frozen module " + module.name + " does not compile:\n" + *error, 2);
    }
}

void checkVersion(const std::string& version) {
    if (version.find_first_not_of(" \t") == std::string::npos)
        throw CommandFailure("--firmware-version is empty; boards and OTA checks tell firmware apart by it", 2);
    if (version.size() > 15) throw CommandFailure("--firmware-version \"" + version + "\" is longer than 15 characters", 2);
    for (unsigned char c : version)
        if (c < 0x20 || c > 0x7E) throw CommandFailure("--firmware-version holds a character that is not printable ASCII", 2);
}

// Only an earlier pyfw build output may be replaced: a folder whose every file its flash.json names.
base::Status onlyAnEarlierBuild(const fs::path& folder) {
    auto text = base::readFile(folder / "flash.json");
    std::set<std::string> known = {"flash.json"};
    if (text.ok()) {
        auto doc = nlohmann::json::parse(text->begin(), text->end(), nullptr, false);
        if (!doc.is_discarded())
            for (const auto& file : doc.value("files", nlohmann::json::array())) known.insert(file.value("file", ""));
    }
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (!known.count(entry.path().filename().string()))
            return base::fail(folder.string() + " holds " + entry.path().filename().string() +
                              ", which is not part of an earlier pyfw build; choose an empty or new --out folder");
    if (error) return base::fail(folder.string() + ": " + error.message());
    return base::okStatus();
}

std::vector<formats::FrozenModule> frozenModules(const std::vector<std::string>& extra) {
    std::vector<formats::FrozenModule> modules;
    for (size_t i = 0; i < kFrozenFiles_count; ++i)
        modules.push_back({kFrozenFiles[i].name, std::string(reinterpret_cast<const char*>(kFrozenFiles[i].data), kFrozenFiles[i].size)});
    for (const auto& path : extra) {
        std::string name = fs::path(path).filename().string();
        for (const auto& module : modules)
            if (module.name == name) throw CommandFailure("frozen module " + name + " is given twice", 2);
        modules.push_back({name, base::toString(readFileOrFail(path))});
    }
    checkFrozenModules(modules);
    return modules;
}

struct BuildKeys {
    crypto::EcdsaPrivateKey signing;
    base::Bytes encryption;
};

// Both key files are read and checked before a missing one is generated, so a build refused for a
// bad key leaves no new key behind.
BuildKeys keysOrGenerate(const std::string& signingPath, const std::string& encryptionPath) {
    std::optional<crypto::EcdsaPrivateKey> signing;
    std::optional<base::Bytes> encryption;
    if (fs::exists(signingPath)) signing = readSigningKeyOrFail(signingPath);
    if (fs::exists(encryptionPath)) {
        encryption = readFileOrFail(encryptionPath);
        auto checked = security::FlashEncryption::keyFromFile(*encryption);
        if (!checked.ok()) throw CommandFailure(encryptionPath + ": " + checked.error().message, 2);
    }
    if (!signing) {
        signing = crypto::EcdsaP256::generatePrivateKey();
        auto pem = crypto::privateKeyToPem(*signing);
        if (!pem.ok()) failWith(pem.error());
        writeKeyFileOrFail(signingPath, base::view(*pem), false);
        std::fprintf(stderr, "pyfw build: %s did not exist, so a new signing key was generated there. Keep it safe: "
                             "boards secured with it accept only images it signed.\n", signingPath.c_str());
    }
    if (!encryption) {
        encryption = crypto::randomBytes(32);
        writeKeyFileOrFail(encryptionPath, *encryption, false);
        std::fprintf(stderr, "pyfw build: %s did not exist, so a new flash encryption key was generated there. Keep it "
                             "safe: it is the only way to make images for boards it is burned into.\n", encryptionPath.c_str());
    }
    return {std::move(*signing), std::move(*encryption)};
}

const char* roleName(security::FileRole role) {
    switch (role) {
    case security::FileRole::Flash: return "flash";
    case security::FileRole::OtaImage: return "ota";
    case security::FileRole::Intermediate: return "intermediate";
    case security::FileRole::Key: return "key";
    case security::FileRole::SecretKey: return "secret key";
    }
    return "?";
}

nlohmann::json manifest(const BuildArgs& args, const chip::BoardModel& model, const formats::FirmwareDescriptor& firmware,
                        const security::FirmwarePackage& package) {
    nlohmann::json files = nlohmann::json::array(), flash = nlohmann::json::array(), efuse = nlohmann::json::array();
    std::string writeCommand = "pyfw flash BOARD write";
    for (const auto& file : package.files) {
        nlohmann::json entry = {{"file", file.name}, {"role", roleName(file.role)}, {"description", file.description},
                                {"size", file.data.size()}, {"sha256", base::toHex(crypto::sha256(file.data))}};
        if (file.address) entry["address"] = base::hexNumber(*file.address);
        files.push_back(entry);
        if (file.role == security::FileRole::Flash) {
            flash.push_back({{"address", base::hexNumber(*file.address)}, {"file", file.name}});
            writeCommand += " " + base::hexNumber(*file.address) + " " + file.name;
        }
    }
    std::vector<std::string> commands;
    for (const auto& step : package.efuseSteps) {
        efuse.push_back({{"espefuse", "espefuse.py " + step.espefuseArguments}, {"pyfw", "pyfw efuse BOARD " + step.espefuseArguments},
                         {"description", step.description}});
        commands.push_back("pyfw efuse BOARD " + step.espefuseArguments);
    }
    commands.push_back(writeCommand);
    return {{"board", model.id}, {"name", model.name}, {"version", firmware.version},
            {"build_id", base::toHex(firmware.buildId)}, {"flash_size", model.flashSize}, {"secure", args.secure},
            {"secure_version", args.secureVersion}, {"anti_rollback", args.antiRollback},
            {"note", "file paths are relative to this file's folder; run the commands from it, BOARD being the board folder"},
            {"flash", flash}, {"files", files}, {"efuse", efuse}, {"commands", commands}};
}

void build(BuildArgs args) {
    const chip::BoardModel* model = chip::findBoardModel(args.board);
    if (!model) throw CommandFailure("unknown board \"" + args.board + "\" (one of " + std::string(chip::boardModelList()) + ")", 2);
    checkVersion(args.version);
    security::PackageInputs inputs;
    inputs.board = std::string(model->id);
    inputs.secure = args.secure;
    formats::BootloaderSpec bootloader;
    bootloader.config.board = std::string(model->name);
    bootloader.config.antiRollback = args.antiRollback;
    if (args.secureVersion > boot::kMaxSecureVersion)
        throw CommandFailure("--secure-version " + std::to_string(args.secureVersion) + " is above " +
                             std::to_string(boot::kMaxSecureVersion) + ", the most the ESP32's 16-bit eFuse field records", 2);
    if (args.antiRollback && !args.secure) throw CommandFailure("--anti-rollback protects signed images; it needs --secure", 2);
    if (args.secure) {
        BuildKeys keys = keysOrGenerate(args.signingKey, args.encryptionKey);
        inputs.signingKey = std::move(keys.signing);
        inputs.encryptionKeyFile = std::move(keys.encryption);
        inputs.encryptionKeyPath = fs::absolute(args.encryptionKey).lexically_normal().string();
        auto publicKey = crypto::EcdsaP256::publicKeyOf(inputs.signingKey);
        if (!publicKey.ok()) failWith(publicKey.error());
        bootloader.config.secureBoot = true;
        bootloader.config.flashEncryption = true;
        bootloader.config.verificationKey = *publicKey;
    }
    auto bootloaderImage = formats::synthesizeBootloaderImage(bootloader);
    if (!bootloaderImage.ok()) failWith(bootloaderImage.error());
    formats::FirmwareSpec firmware{args.version, std::string(model->name), frozenModules(args.frozen), args.secureVersion};
    auto appImage = formats::synthesizeAppImage(firmware);
    if (!appImage.ok()) failWith(appImage.error());
    auto table = formats::pycomPartitionTable(model->flashSize);
    if (!table.ok()) failWith(table.error());
    inputs.bootloaderImage = *bootloaderImage;
    inputs.appImage = *appImage;
    inputs.partitionTable = *formats::serializePartitionTable(*table);
    auto package = security::buildFirmwarePackage(inputs);
    if (!package.ok()) failWith(package.error());

    auto folder = base::OutputFolder::create(args.out);
    if (!folder.ok()) failWith(folder.error());
    for (const auto& file : package->files) {
        std::string path = (folder->staging() / file.name).string();
        if (file.role == security::FileRole::SecretKey) writeKeyFileOrFail(path, file.data, false);
        else writeFileOrFail(path, file.data);
    }
    auto contents = formats::readFirmwareContents(*formats::parseAppImage(*appImage));
    if (!contents.ok()) failWith(contents.error());
    std::string json = manifest(args, *model, contents->descriptor, *package).dump(2) + "\n";
    writeFileOrFail((folder->staging() / "flash.json").string(), base::view(json));
    auto committed = folder->commit(onlyAnEarlierBuild);
    if (!committed.ok()) failWith(committed.error());
    std::printf("Built %s %s (%s) in %s, build id %.16s\n", std::string(model->name).c_str(), args.version.c_str(),
                args.secure ? "secure boot + flash encryption" : "plain", args.out.c_str(),
                base::toHex(contents->descriptor.buildId).c_str());
    for (const auto& file : package->files)
        if (file.role == security::FileRole::Flash)
            std::printf("  %-9s %s\n", base::hexNumber(*file.address).c_str(), file.name.c_str());
}

CommandRegistration registration{"build", [](CLI::App& app) {
    auto args = std::make_shared<BuildArgs>();
    auto* cmd = app.add_subcommand("build", "Build the firmware images of a board (make [SECURE=on])");
    cmd->add_option("--board", args->board, "wipy, lopy, lopy4, sipy, gpy or fipy")->required();
    cmd->add_option("--out", args->out, "Output folder")->required();
    cmd->add_flag("--secure", args->secure, "Sign and encrypt: secure boot V1 and flash encryption, as make SECURE=on");
    cmd->add_option("--signing-key", args->signingKey, "ECDSA P-256 PEM key (generated when missing)")->capture_default_str();
    cmd->add_option("--encryption-key", args->encryptionKey, "32-byte flash encryption key (generated when missing)")
        ->capture_default_str();
    cmd->add_option("--firmware-version", args->version, "Version in the firmware descriptor")->capture_default_str();
    cmd->add_option("--frozen", args->frozen, "Extra Python file to freeze into the image (repeatable)");
    cmd->add_option("--secure-version", args->secureVersion, "Anti-rollback secure version of the app (0..16)");
    cmd->add_flag("--anti-rollback", args->antiRollback,
                  "Bootloader refuses apps older than the eFuse minimum and raises it when a newer one starts");
    cmd->callback([args] { build(*args); });
}};

}  // namespace
}  // namespace pyfw::cli
