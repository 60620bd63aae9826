// A virtual board: a folder holding what a real board keeps across a power cycle.
//
//   flash.bin   the SPI flash (4 MiB on rev-0 boards, 8 MiB on rev-1 boards), erased to 0xFF
//   efuse.bin   the eFuse blocks BLK0..BLK3 (see efuses.h)
//   rtc.bin     RTC slow memory and time (see rtc_memory.h); absent until the board first runs
//   board.json  model, chip revision, MAC, flash size
//
// Every change goes to its file before the call that made it returns, so a crash or a power cut of
// the host process leaves the folder as the chip would be. A board can also live only in memory
// (fuzzing, unit tests).
#pragma once

#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "base/result.h"
#include "chip/board_model.h"
#include "base/clock.h"
#include "chip/efuses.h"
#include "chip/gpio_inputs.h"
#include "chip/hardware_rng.h"
#include "chip/power_cut.h"
#include "chip/rtc_memory.h"
#include "chip/spi_flash.h"

namespace pyfw::chip {

using MacAddress = std::array<uint8_t, 6>;

class Board {
public:
    // Makes the folder (which must not exist or be empty) with blank flash and eFuses that hold
    // only the factory identity: the MAC (random in Espressif's 24:0A:C4 range unless given) and
    // the chip revision of the model.
    static base::Result<Board> create(const std::filesystem::path& dir, const BoardModel& model,
                                      std::optional<MacAddress> mac = std::nullopt);
    static base::Result<Board> open(const std::filesystem::path& dir);
    static Board inMemory(const BoardModel& model, SpiFlash flash, Efuses efuses);

    Board(Board&&) noexcept;
    Board& operator=(Board&&) noexcept;
    ~Board();

    const std::filesystem::path& dir() const { return dir_; }
    const BoardModel& model() const { return *model_; }
    MacAddress mac() const { return efuses_.mac(); }

    SpiFlash& flash() { return flash_; }
    const SpiFlash& flash() const { return flash_; }
    const Efuses& efuses() const { return efuses_; }
    // Applies `change` to a copy of the eFuses and burns the result into efuse.bin. The burn is one
    // persistent write for the power-cut injector: a cut keeps, drops or tears it (a torn burn
    // sets only some of the new bits). On any error the fuses are as the chip would have them.
    base::Status burnEfuses(const std::function<base::Status(Efuses&)>& change);

    RtcMemory& rtc() { return rtc_; }
    const RtcMemory& rtc() const { return rtc_; }
    base::Status saveRtc();

    GpioInputs& gpio() { return gpio_; }
    const GpioInputs& gpio() const { return gpio_; }
    HardwareRng& rng() { return rng_; }
    PowerCutInjector& powerCut() { return *powerCut_; }
    // Power comes back after a cut: a fresh injector (the files hold what reached them).
    void restorePower() { *powerCut_ = PowerCutInjector(); }
    bool powerLost() const { return powerCut_->powerLost(); }
    base::Clock& clock() { return *clock_; }
    void setClock(std::unique_ptr<base::Clock> clock) { clock_ = std::move(clock); }

private:
    Board() = default;
    void wire();

    std::filesystem::path dir_;
    const BoardModel* model_ = nullptr;
    SpiFlash flash_ = SpiFlash::inMemory(kFlashSectorSize);
    Efuses efuses_;
    RtcMemory rtc_;
    GpioInputs gpio_;
    HardwareRng rng_;
    std::unique_ptr<PowerCutInjector> powerCut_ = std::make_unique<PowerCutInjector>();
    std::unique_ptr<base::Clock> clock_ = std::make_unique<base::VirtualClock>();
};

std::filesystem::path flashPath(const std::filesystem::path& dir);
std::filesystem::path efusePath(const std::filesystem::path& dir);
std::filesystem::path rtcPath(const std::filesystem::path& dir);
std::filesystem::path boardJsonPath(const std::filesystem::path& dir);

base::Result<MacAddress> parseMac(std::string_view text);

}  // namespace pyfw::chip
