#include "cli/provision_summary.h"

#include <cstdio>

#include "boot/app_verifier.h"
#include "cli/command_registry.h"

namespace pyfw::cli {

void printBurnPlan(const chip::ProvisionRequest& request, bool release) {
    std::printf("Plan (eFuses only ever go from 0 to 1: none of this can be undone):\n");
    for (const auto& file : request.files) std::printf("  write %-36s at 0x%06x\n", file.name.c_str(), file.address);
    if (request.flashEncryptionKey) std::printf("  burn  BLK1 flash encryption key, then read- and write-protect it\n");
    if (request.secureBootKey) std::printf("  burn  BLK2 secure boot key, then read- and write-protect it\n");
    for (const auto& step : request.efuses) {
        std::string effect;
        for (const auto& fuse : chip::releaseModeFuses())
            if (fuse.field == step.field) effect = " (" + std::string(fuse.effect) + ")";
        if (step.value) std::printf("  burn  %s = 0x%llx%s\n", step.field.c_str(), (unsigned long long)step.value, effect.c_str());
        else std::printf("  burn  %s%s\n", step.field.c_str(), effect.c_str());
    }
    for (const auto& field : request.writeProtect)
        std::printf("  write-protect %s (flash encryption can never be turned off)\n", field.c_str());
    if (release)
        std::printf("Release mode: after this no download-mode command reads a key or plaintext flash, and a plaintext or\n"
                    "unsigned image written over USB does not run. Updates come only as signed images (OTA).\n");
}

void printDevelopmentMode() {
    std::printf("Development mode: JTAG is still enabled; DISABLE_DL_DECRYPT is not burnt, so `pyfw flash BOARD read "
                "--decrypt` (esptool read_flash through the cache) returns the plaintext firmware; and FLASH_CRYPT_CNT "
                "is still writable, so flash encryption can be turned off and plaintext reflashed. Use --release for "
                "boards that leave your hands.\n");
}

void addAntiRollbackMinimum(const BuildFolder& build, chip::ProvisionRequest& request) {
    if (!build.antiRollback || build.secureVersion == 0) return;
    if (build.secureVersion > boot::kMaxSecureVersion)
        throw CommandFailure("the build's secure version " + std::to_string(build.secureVersion) + " is above " +
                             std::to_string(boot::kMaxSecureVersion) + ", the most the eFuse can record", 2);
    request.efuses.push_back({"SECURE_VERSION", (uint64_t(1) << build.secureVersion) - 1});
}

}  // namespace pyfw::cli
