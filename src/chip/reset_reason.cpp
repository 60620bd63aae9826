#include "chip/reset_reason.h"

#include <array>

namespace pyfw::chip {
namespace {

struct ResetName {
    ResetReason reason;
    std::string_view name;
};

constexpr std::array kResetNames = std::to_array<ResetName>({
    {ResetReason::PowerOn, "POWERON_RESET"},
    {ResetReason::Software, "SW_RESET"},
    {ResetReason::OwdtReset, "OWDT_RESET"},
    {ResetReason::DeepSleep, "DEEPSLEEP_RESET"},
    {ResetReason::SdioReset, "SDIO_RESET"},
    {ResetReason::Timer0Watchdog, "TG0WDT_SYS_RESET"},
    {ResetReason::Timer1Watchdog, "TG1WDT_SYS_RESET"},
    {ResetReason::RtcWatchdog, "RTCWDT_SYS_RESET"},
    {ResetReason::Intrusion, "INTRUSION_RESET"},
    {ResetReason::TimerGroupCpu, "TGWDT_CPU_RESET"},
    {ResetReason::SoftwareCpu, "SW_CPU_RESET"},
    {ResetReason::RtcWatchdogCpu, "RTCWDT_CPU_RESET"},
    {ResetReason::ExternalCpu, "EXT_CPU_RESET"},
    {ResetReason::BrownOut, "RTCWDT_BROWN_OUT_RESET"},
    {ResetReason::RtcWatchdogRtc, "RTCWDT_RTC_RESET"},
});

}  // namespace

std::string_view romResetName(ResetReason reason) {
    for (const auto& entry : kResetNames)
        if (entry.reason == reason) return entry.name;
    return "UNKNOWN_RESET";
}

bool isKnownResetReason(uint8_t code) {
    for (const auto& entry : kResetNames)
        if (uint8_t(entry.reason) == code) return true;
    return false;
}

MachineResetCause machineResetCause(ResetReason reason) {
    switch (reason) {
    case ResetReason::Timer0Watchdog: return MachineResetCause::Watchdog;
    case ResetReason::DeepSleep: return MachineResetCause::DeepSleep;
    case ResetReason::BrownOut: return MachineResetCause::BrownOut;
    case ResetReason::Timer1Watchdog: return MachineResetCause::Hard;
    default: return MachineResetCause::PowerOn;
    }
}

}  // namespace pyfw::chip
