// pyfw board create|info|boot: make a virtual board folder, describe it, power it on.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chip/board.h"
#include "cli/board_access.h"
#include "cli/board_run_commands.h"
#include "cli/command_registry.h"

namespace pyfw::cli {
namespace {

struct CreateOptions {
    std::string dir;
    std::string model;
    std::string mac;
};

void createBoard(const CreateOptions& options) {
    const chip::BoardModel* model = chip::findBoardModel(options.model);
    if (!model)
        throw CommandFailure("unknown model \"" + options.model + "\"; choose one of " +
                             std::string(chip::boardModelList()), 2);
    std::optional<chip::MacAddress> mac;
    if (!options.mac.empty()) {
        auto parsed = chip::parseMac(options.mac);
        if (!parsed.ok()) failWith(parsed.error());
        mac = *parsed;
    }
    auto board = chip::Board::create(options.dir, *model, mac);
    if (!board.ok()) failWith(board.error());
    std::printf("Created a %s (chip revision %d, %u MiB flash, MAC %s) in %s\n", std::string(model->name).c_str(),
                model->chipRevision, model->flashSize >> 20, chip::formatMac(board->mac()).c_str(),
                options.dir.c_str());
}

std::string radios(const chip::BoardModel& model) {
    std::string text = "WiFi, Bluetooth";
    if (!model.loraRadio.empty()) text += ", LoRa (" + std::string(model.loraRadio) + ")";
    if (model.sigfox) text += ", Sigfox";
    if (model.lte) text += ", LTE-M/NB-IoT";
    return text;
}

nlohmann::json describe(const chip::Board& board) {
    const auto& fuses = board.efuses();
    const auto& model = board.model();
    auto keyState = [&](int block) {
        const auto& field = *chip::findEfuseField("BLK" + std::to_string(block));
        if (fuses.isReadProtected(field)) return std::string("read-protected");
        bool blank = true;
        for (auto byte : fuses.readKeyBlock(block)) blank = blank && byte == 0;
        return std::string(blank ? "blank" : "readable");
    };
    return {
        {"model", model.id},
        {"name", model.name},
        {"chip_revision", fuses.chipRevision()},
        {"flash_size", board.flash().size()},
        {"psram_size", model.psramSize},
        {"mac", chip::formatMac(board.mac())},
        {"radios", radios(model)},
        {"flash_encryption", fuses.flashEncryptionEnabled()},
        {"flash_crypt_cnt", fuses.flashCryptCount()},
        {"flash_crypt_config", fuses.flashCryptConfig()},
        {"flash_encryption_key", keyState(1)},
        {"secure_boot", fuses.secureBootEnabled()},
        {"secure_boot_key", keyState(2)},
        {"jtag_disabled", fuses.isSet("JTAG_DISABLE")},
        {"download_encrypt_disabled", fuses.isSet("DISABLE_DL_ENCRYPT")},
        {"download_decrypt_disabled", fuses.isSet("DISABLE_DL_DECRYPT")},
    };
}

void printInfo(const std::string& dir, bool asJson) {
    auto board = openBoardOrFail(dir);
    auto info = describe(board);
    if (asJson) {
        std::printf("%s\n", info.dump(2).c_str());
        return;
    }
    auto onOff = [](bool on) { return on ? "on" : "off"; };
    std::printf("Board:            %s\n", dir.c_str());
    std::printf("Model:            %s (%s)\n", info["name"].get<std::string>().c_str(), info["model"].get<std::string>().c_str());
    std::printf("Chip revision:    %d\n", info["chip_revision"].get<int>());
    std::printf("Flash:            %u MiB\n", board.flash().size() >> 20);
    std::printf("PSRAM:            %u MiB\n", board.model().psramSize >> 20);
    std::printf("MAC:              %s\n", info["mac"].get<std::string>().c_str());
    std::printf("Radios:           %s\n", info["radios"].get<std::string>().c_str());
    std::printf("Flash encryption: %s (FLASH_CRYPT_CNT 0x%02x, FLASH_CRYPT_CONFIG 0x%x, key %s)\n",
                onOff(info["flash_encryption"]), info["flash_crypt_cnt"].get<int>(),
                info["flash_crypt_config"].get<int>(), info["flash_encryption_key"].get<std::string>().c_str());
    std::printf("Secure boot:      %s (ABS_DONE_0 %d, key %s)\n", onOff(info["secure_boot"]),
                info["secure_boot"].get<bool>() ? 1 : 0, info["secure_boot_key"].get<std::string>().c_str());
    std::printf("JTAG:             %s\n", info["jtag_disabled"].get<bool>() ? "disabled" : "enabled");
    std::printf("Download mode:    encrypted writes %s, decrypted reads %s\n",
                info["download_encrypt_disabled"].get<bool>() ? "disabled" : "allowed",
                info["download_decrypt_disabled"].get<bool>() ? "disabled" : "allowed");
}

void setup(CLI::App& app) {
    auto* board = app.add_subcommand("board", "Create, inspect and boot virtual boards");
    board->require_subcommand(1);

    auto create = std::make_shared<CreateOptions>();
    auto* createCommand = board->add_subcommand("create", "Make a new board folder with blank flash and eFuses");
    createCommand->add_option("dir", create->dir, "Folder for the new board")->required();
    createCommand->add_option("--model", create->model, "wipy, lopy, lopy4, sipy, gpy or fipy")->required();
    createCommand->add_option("--mac", create->mac, "Factory MAC (default: random 24:0a:c4:xx:xx:xx)");
    createCommand->callback([create] { createBoard(*create); });

    auto infoDir = std::make_shared<std::string>();
    auto infoJson = std::make_shared<bool>(false);
    auto* info = board->add_subcommand("info", "Print model, revision, flash size, MAC and security state");
    info->add_option("dir", *infoDir, "Board folder")->required();
    info->add_flag("--json", *infoJson, "Print the same as JSON");
    info->callback([infoDir, infoJson] { printInfo(*infoDir, *infoJson); });

    addBoardRunCommands(board);
}

CommandRegistration registration{"board", setup};

}  // namespace
}  // namespace pyfw::cli
