// pyfw provision DIR --build BUILD_DIR [--release [--yes]]: the whole "use your own keys" flow of a
// `pyfw build --secure` output in one step — check the build against the board and the keys against
// the images, write the images, burn the keys and the eFuses of flash.json, and say what was burnt.
// --release adds ESP-IDF's production fuses (no JTAG, no download-mode encryption, decryption or
// cache, FLASH_CRYPT_CNT write-protected) after a summary and a confirmation; without it the
// command says plainly what the development mode still allows.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "boot/provision_check.h"
#include "chip/provisioning.h"
#include "cli/board_access.h"
#include "cli/build_folder.h"
#include "cli/command_registry.h"
#include "cli/provision_summary.h"

namespace pyfw::cli {
namespace {

struct Options {
    std::string dir, build;
    bool dryRun = false, release = false, yes = false;
};

void checkKeys(const BuildFolder& build) {
    const auto& request = build.request;
    if (!request.flashEncryptionKey || !request.secureBootKey) return;
    const chip::FlashFile* digestImage = nullptr;
    for (const auto& file : request.files)
        if (file.address == 0) digestImage = &file;
    if (!digestImage) throw CommandFailure((build.dir / "flash.json").string() + ": a secure build must flash the digest image at 0x0", 2);
    auto checked = boot::checkKeysMatchDigestImage(digestImage->data, *request.flashEncryptionKey, *request.secureBootKey);
    if (!checked.ok()) throw CommandFailure("refusing to burn the keys: " + checked.error().message, 2);
    std::printf("Checked: the flash encryption key decrypts the bootloader and the secure boot key matches its digest\n");
}

// espefuse's confirmation: the user types BURN.
bool confirmed() {
    std::printf("Type BURN and press Enter to burn these eFuses (anything else cancels): ");
    std::fflush(stdout);
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    return answer == "BURN";
}

void provision(const Options& options) {
    auto board = openBoardOrFail(options.dir);
    auto build = readBuildFolderOrFail(options.build);
    build.requireModel(board);
    std::printf("Provisioning %s %s (MAC %s) with %s %s, build %s%s\n", std::string(board.model().name).c_str(),
                options.dir.c_str(), chip::formatMac(board.mac()).c_str(), build.name.c_str(), build.version.c_str(),
                build.buildId.substr(0, 16).c_str(), build.secure ? " (secure boot + flash encryption)" : "");
    checkKeys(build);
    auto request = build.request;
    if (options.release) {
        if (!build.secure)
            throw CommandFailure("--release locks a secure build in production mode; " + options.build +
                                 " is not a secure build (pyfw build --secure)", 2);
        chip::addReleaseMode(request);
    }
    addAntiRollbackMinimum(build, request);
    printBurnPlan(request, options.release);
    if (options.dryRun) {
        std::printf("Dry run: nothing written or burnt\n");
        return;
    }
    if (options.release && !options.yes && !confirmed())
        throw CommandFailure("not confirmed: nothing was written or burnt (pass --yes to skip the question)", 2);
    auto report = chip::provisionBoard(board, request);
    if (!report.ok()) throw CommandFailure("nothing was written or burnt: " + report.error().message, 2);
    for (size_t i = 0; i < report->written.size(); ++i)
        std::printf("Wrote %u bytes at 0x%08x (%s)\n", report->written[i].length, report->written[i].address,
                    request.files[i].name.c_str());
    for (const auto& line : report->burnt) std::printf("Burnt %s\n", line.c_str());
    if (build.secure && !options.release) printDevelopmentMode();
    if (options.release) std::printf("Release mode: this board accepts only images signed with this build's key, encrypted with its key.\n");
    std::printf("Provisioned; `pyfw board boot %s` starts the board\n", options.dir.c_str());
}

void setup(CLI::App& app) {
    auto options = std::make_shared<Options>();
    auto* command = app.add_subcommand("provision", "Burn the keys and eFuses and flash the images of a pyfw build in one step");
    command->add_option("dir", options->dir, "Board folder")->required();
    command->add_option("--build", options->build, "Output folder of pyfw build (with flash.json)")->required();
    command->add_flag("--dry-run", options->dryRun, "Check everything, write and burn nothing");
    command->add_flag("--release", options->release,
                      "Production mode: also disable JTAG and the download mode's encryption, decryption and cache, "
                      "and write-protect FLASH_CRYPT_CNT (cannot be undone)");
    command->add_flag("--yes", options->yes, "Do not ask for confirmation before burning the release-mode eFuses");
    command->callback([options] { provision(*options); });
}

CommandRegistration registration{"provision", setup};

}  // namespace
}  // namespace pyfw::cli
