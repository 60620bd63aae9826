#include "boot/device_keys.h"

namespace pyfw::boot {
namespace {

base::Status burnRandomKeyAndWriteProtect(chip::Board& board, const chip::EfuseField& field) {
    return board.burnEfuses([&](chip::Efuses& fuses) -> base::Status {
        size_t bytes = fuses.codingScheme() == chip::CodingScheme::ThreeQuarters ? 24 : 32;
        PYFW_TRY(fuses.burnKeyWords(field.block, board.rng().bytes(bytes)));
        return fuses.writeProtect(field);
    });
}

}  // namespace

base::Result<KeySource> ensureDeviceKey(chip::Board& board, const KeyPolicy& policy, BootLog& log) {
    const auto& field = *chip::findEfuseField("BLK" + std::to_string(policy.block));
    const auto& fuses = board.efuses();
    bool readProtected = fuses.isReadProtected(field), writeProtected = fuses.isWriteProtected(field);
    bool blank = true;
    for (uint8_t byte : fuses.readKeyBlock(policy.block)) blank = blank && byte == 0;
    std::string what(policy.what);

    if (!readProtected && !writeProtected && blank) {
        log.info(policy.tag, "Generating new " + what + " key...");
        PYFW_TRY(board.burnEfuses([&](chip::Efuses& f) { return f.readProtect(field); }));
        PYFW_TRY(burnRandomKeyAndWriteProtect(board, field));
        log.info(policy.tag, "Read & write protected the new key in EFUSE block " + std::to_string(policy.block));
        return KeySource::Generated;
    }
    if (readProtected && !writeProtected) {
        log.warn(policy.tag, "Finishing the " + what + " key generation a power cut interrupted");
        PYFW_TRY(burnRandomKeyAndWriteProtect(board, field));
        return KeySource::Generated;
    }
    if ((readProtected && writeProtected) || (!blank && !writeProtected && policy.acceptUnprotectedPreloaded)) {
        log.warn(policy.tag, "Using pre-loaded " + what + " key in EFUSE block " + std::to_string(policy.block));
        return KeySource::Preloaded;
    }
    log.error(policy.tag, "The " + what + " key has to be either unset or both read and write protected");
    return base::fail("the " + what + " key in BLK" + std::to_string(policy.block) +
                      " is neither blank nor read- and write-protected");
}

}  // namespace pyfw::boot
