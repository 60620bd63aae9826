// Why the chip (re)started, as the ROM reports it on its first line
// ("rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)") and as machine.reset_cause() maps it.
#pragma once

#include <cstdint>
#include <string_view>

namespace pyfw::chip {

// ROM reset reason codes (ESP32 rom/rtc.h RESET_REASON).
enum class ResetReason : uint8_t {
    PowerOn = 0x01,
    Software = 0x03,          // RTC_CNTL_SW_SYS_RST, e.g. after first-boot flash encryption
    OwdtReset = 0x04,
    DeepSleep = 0x05,
    SdioReset = 0x06,
    Timer0Watchdog = 0x07,    // machine.reset() and machine.WDT
    Timer1Watchdog = 0x08,
    RtcWatchdog = 0x09,
    Intrusion = 0x0A,
    TimerGroupCpu = 0x0B,
    SoftwareCpu = 0x0C,       // esp_restart()
    RtcWatchdogCpu = 0x0D,
    ExternalCpu = 0x0E,
    BrownOut = 0x0F,
    RtcWatchdogRtc = 0x10,
};

// "POWERON_RESET", "SW_CPU_RESET", ...; "UNKNOWN_RESET" for a code outside the table.
std::string_view romResetName(ResetReason reason);
bool isKnownResetReason(uint8_t code);

// machine.reset_cause() values (Pycom util/mpsleep.c).
enum class MachineResetCause { PowerOn = 0, Hard = 1, Watchdog = 2, DeepSleep = 3, Soft = 4, BrownOut = 5 };
MachineResetCause machineResetCause(ResetReason reason);

// The strapping value the ROM prints as "boot:0x13 (SPI_FAST_FLASH_BOOT)".
inline constexpr uint8_t kSpiFastFlashBoot = 0x13;

}  // namespace pyfw::chip
