#include "cli/board_sigfox.h"

#include "cli/command_registry.h"
#include "formats/config_block.h"

namespace pyfw::cli {

SigfoxIdentity sigfoxIdentityOf(chip::Board& board) {
    formats::ConfigBlock config = formats::ConfigBlock::erased();
    auto raw = board.flash().read(formats::ConfigBlock::kAddress, formats::ConfigBlock::kSize);
    if (raw.ok())
        if (auto parsed = formats::ConfigBlock::parse(*raw); parsed.ok()) config = *parsed;
    SigfoxIdentity identity;
    for (uint8_t byte : config.sigfoxId) identity.id = identity.id << 8 | byte;
    identity.key = config.sigfoxPrivateKey;
    return identity;
}

BoardSigfox::BoardSigfox(chip::Board& board, const std::string& backendFile) {
    auto opened = world::SigfoxBackend::open(backendFile.empty() ? ":memory:" : backendFile);
    if (!opened.ok()) throw CommandFailure(opened.error().message, 2);
    backend_ = std::move(opened).value();
    SigfoxIdentity identity = sigfoxIdentityOf(board);
    if (auto registered = backend_->registerDevice(identity.id, identity.key); !registered.ok())
        throw CommandFailure(registered.error().message, 2);
    station_ = std::make_unique<world::SigfoxBaseStation>(*backend_);
}

void BoardSigfox::transmit(base::ByteView frame, int64_t frequencyHz, int64_t startUs, int64_t airtimeUs) {
    station_->hear(frame, frequencyHz, startUs, airtimeUs);
}

std::optional<port::SigfoxAir::Heard> BoardSigfox::listen(int64_t frequencyHz, int64_t fromUs, int64_t untilUs) {
    auto sent = station_->downlinkBetween(frequencyHz, fromUs, untilUs);
    if (!sent) return std::nullopt;
    return Heard{sent->frame, sent->startUs, sent->rssiDbm};
}

void BoardSigfox::carrierOn(int64_t frequencyHz, int64_t startUs) { station_->carrierOn(frequencyHz, startUs); }

void BoardSigfox::carrierOff(int64_t endUs) { station_->carrierOff(endUs); }

}  // namespace pyfw::cli
