#include "chip/provisioning.h"

#include <cstdio>

namespace pyfw::chip {
namespace {


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
    return base::okStatus();
}

}  // namespace

base::Result<ProvisionReport> provisionBoard(Board& board, const ProvisionRequest& request) {
    Efuses trial = board.efuses();
    PYFW_TRY(applyFuses(trial, request, nullptr));
    ProvisionReport report;
    PYFW_ASSIGN(report.written, writeFlash(board, request.files, {}));
    PYFW_TRY(board.burnEfuses([&](Efuses& fuses) { return applyFuses(fuses, request, &report.burnt); }));
    return report;
}

}  // namespace pyfw::chip
