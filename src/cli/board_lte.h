// The LTE side of `pyfw board boot` on a GPy or FiPy: the simulated operator network (--lte-network
// FILE, world/lte_network.h) with the modem's own faults under its "modem" key, the Sequans modem
// on the board's LTE UART, and the UART trace (--lte-log FILE).
//
//   "modem": {"hang_at_s": 30, "hang_survives_reset": false, "cereg": "pycom|wide|bare",
//             "imei": "<15 digits>", "iccid": "<19 or 20 digits>"}
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "chip/board.h"
#include "chip/sequans_modem.h"
#include "world/lte_network.h"

namespace pyfw::cli {

class BoardLte {
public:
    // Fails with a CommandFailure naming the file and its fault.
    BoardLte(chip::Board& board, const std::string& networkFile, const std::string& logFile);
    ~BoardLte();

    chip::SequansModem& modem() { return *modem_; }
    void trace(const std::string& line);

private:
    class Air;
    std::unique_ptr<world::LteNetwork> network_;
    std::unique_ptr<Air> air_;
    std::unique_ptr<chip::SequansModem> modem_;
    std::FILE* log_ = nullptr;
};

}  // namespace pyfw::cli
