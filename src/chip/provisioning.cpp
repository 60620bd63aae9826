#include "chip/provisioning.h"

#include <cstdio>

namespace pyfw::chip {
namespace {

constexpr ReleaseFuse kReleaseFuses[] = {
    {"JTAG_DISABLE", "JTAG debugging is off"},
    {"DISABLE_DL_ENCRYPT", "the download mode cannot write through the flash encryption engine"},
    {"DISABLE_DL_DECRYPT", "the download mode cannot read flash decrypted (read_flash returns ciphertext only)"},
    {"DISABLE_DL_CACHE", "the download mode cannot use the flash cache"},
    {"CONSOLE_DEBUG_DISABLE", "the ROM's debug console is off"},
};


// Everything the request would do, applied to a copy of the fuses, so a refusal happens before
// the real board is touched.
base::Status applyFuses(Efuses& fuses, const ProvisionRequest& request, std::vector<std::string>* burnt) {
    if (request.flashEncryptionKey) {
        auto status = fuses.burnKey(1, *request.flashEncryptionKey, true);
        if (!status.ok()) return base::fail("flash encryption key: " + status.error().message);
        if (burnt) burnt->push_back("BLK1 flash encryption key (read- and write-protected)");
    }
    if (request.secureBootKey) {
        auto status = fuses.burnKey(2, *request.secureBootKey, true);
        if (!status.ok()) return base::fail("secure boot key: " + status.error().message);
        if (burnt) burnt->push_back("BLK2 secure boot key (read- and write-protected)");
    }
    for (const auto& step : request.efuses) {
        const EfuseField* field = findEfuseField(step.field);
        if (!field) return base::fail("there is no eFuse named \"" + step.field + "\"");
        uint64_t before = fuses.readField(*field);
        auto after = fuses.burnField(*field, step.value);
        if (!after.ok()) return base::fail(step.field + ": " + after.error().message);
        if (burnt) burnt->push_back(std::string(field->name) + " " + base::hexNumber(before) + " -> " + base::hexNumber(*after));
    }
    for (const auto& name : request.writeProtect) {
        const EfuseField* field = findEfuseField(name);
        if (!field) return base::fail("there is no eFuse named \"" + name + "\"");
        if (fuses.isWriteProtected(*field)) continue;
        auto status = fuses.writeProtect(*field);
        if (!status.ok()) return base::fail(name + ": " + status.error().message);
        if (burnt) burnt->push_back(std::string(field->name) + " write-protected (WR_DIS bit " + std::to_string(field->writeDisableBit) + ")");
    }
    return base::okStatus();
}

}  // namespace

std::span<const ReleaseFuse> releaseModeFuses() { return kReleaseFuses; }

void addReleaseMode(ProvisionRequest& request) {
    for (const auto& fuse : kReleaseFuses) request.efuses.push_back({std::string(fuse.field), 0});
    request.writeProtect.push_back(std::string(kReleaseWriteProtected));
}

base::Result<ProvisionReport> provisionBoard(Board& board, const ProvisionRequest& request) {
    Efuses trial = board.efuses();
    PYFW_TRY(applyFuses(trial, request, nullptr));
    ProvisionReport report;
    PYFW_ASSIGN(report.written, writeFlash(board, request.files, {}));
    PYFW_TRY(board.burnEfuses([&](Efuses& fuses) { return applyFuses(fuses, request, &report.burnt); }));
    return report;
}

}  // namespace pyfw::chip
