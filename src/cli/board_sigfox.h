// The Sigfox side of `pyfw board boot` on a SiPy, LoPy4 or FiPy: the base stations and backend of
// the simulated network (world/sigfox_base_station, world/sigfox_backend), kept in the SQLite
// database of --sigfox-backend DB (in memory without it). The board is registered with the
// backend under the ID and key of its config block, as its maker would have registered it.
#pragma once

#include <memory>
#include <string>

#include "chip/board.h"
#include "port/sigfox_air.h"
#include "world/sigfox_backend.h"
#include "world/sigfox_base_station.h"

namespace pyfw::cli {

class BoardSigfox final : public port::SigfoxAir {
public:
    // Fails with a CommandFailure naming the database and its fault.
    BoardSigfox(chip::Board& board, const std::string& backendFile);

    void transmit(base::ByteView frame, int64_t frequencyHz, int64_t startUs, int64_t airtimeUs) override;
    std::optional<Heard> listen(int64_t frequencyHz, int64_t fromUs, int64_t untilUs) override;
    void carrierOn(int64_t frequencyHz, int64_t startUs) override;
    void carrierOff(int64_t endUs) override;

private:
    std::unique_ptr<world::SigfoxBackend> backend_;
    std::unique_ptr<world::SigfoxBaseStation> station_;
};

// The Sigfox identity in a board's config block (all ones when it was never written).
struct SigfoxIdentity {
    uint32_t id = 0;
    sigfox::DeviceKey key{};
};
SigfoxIdentity sigfoxIdentityOf(chip::Board& board);

}  // namespace pyfw::cli
