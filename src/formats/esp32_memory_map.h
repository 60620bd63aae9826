// The ESP32 address map as esptool names it: which memory an address lies in (used to merge ELF
// sections, to lay out flash-mapped segments and to print image_info), and the flash image
// parameters (modes, sizes, frequencies) with their header encodings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyfw::formats {

struct MemoryRegion {
    uint32_t start;
    uint32_t end;  // exclusive
    std::string_view name;
};

// In esptool's order, which is the order image_info lists overlapping names in.
inline constexpr MemoryRegion kEsp32MemoryMap[] = {
    {0x00000000, 0x00010000, "PADDING"},        {0x3F400000, 0x3F800000, "DROM"},
    {0x3F800000, 0x3FC00000, "EXTRAM_DATA"},    {0x3FF80000, 0x3FF82000, "RTC_DRAM"},
    {0x3FF90000, 0x40000000, "BYTE_ACCESSIBLE"}, {0x3FFAE000, 0x40000000, "DRAM"},
    {0x3FFE0000, 0x3FFFFFFC, "DIRAM_DRAM"},     {0x40000000, 0x40070000, "IROM"},
    {0x40070000, 0x40078000, "CACHE_PRO"},      {0x40078000, 0x40080000, "CACHE_APP"},
    {0x40080000, 0x400A0000, "IRAM"},           {0x400A0000, 0x400BFFFC, "DIRAM_IRAM"},
    {0x400C0000, 0x400C2000, "RTC_IRAM"},       {0x400D0000, 0x40400000, "IROM"},
    {0x50000000, 0x50002000, "RTC_DATA"},
};

// The names of every region containing `address`, in table order.
std::vector<std::string_view> memoryTypesOf(uint32_t address);

// Flash-mapped (cache) ranges: IROM 0x400D0000..0x40400000 and DROM 0x3F400000..0x3F800000.
constexpr bool isFlashMappedAddress(uint32_t address) {
    return (address >= 0x400D0000 && address < 0x40400000) || (address >= 0x3F400000 && address < 0x3F800000);
}
// The MMU maps flash in 64 KiB pages, so flash segments sit at file offsets congruent to their
// addresses modulo this.
inline constexpr uint32_t kFlashPageSize = 0x10000;

struct NamedValue {
    std::string_view name;
    uint8_t value;
};
// Header byte 2.
inline constexpr NamedValue kFlashModes[] = {{"qio", 0}, {"qout", 1}, {"dio", 2}, {"dout", 3}};
// Header byte 3, high nibble.
inline constexpr NamedValue kFlashSizes[] = {{"1MB", 0x00},  {"2MB", 0x10},  {"4MB", 0x20},  {"8MB", 0x30},
                                             {"16MB", 0x40}, {"32MB", 0x50}, {"64MB", 0x60}, {"128MB", 0x70}};
// Header byte 3, low nibble.
inline constexpr NamedValue kFlashFrequencies[] = {{"80m", 0xF}, {"40m", 0x0}, {"26m", 0x1}, {"20m", 0x2}};

template <size_t N>
constexpr std::optional<uint8_t> valueNamed(const NamedValue (&table)[N], std::string_view name) {
    for (const auto& entry : table)
        if (entry.name == name) return entry.value;
    return std::nullopt;
}
template <size_t N>
constexpr std::optional<std::string_view> nameOfValue(const NamedValue (&table)[N], uint8_t value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry.name;
    return std::nullopt;
}
template <size_t N>
std::string namesOf(const NamedValue (&table)[N]) {
    std::string out;
    for (const auto& entry : table) out += (out.empty() ? "" : ", ") + std::string(entry.name);
    return out;
}

}  // namespace pyfw::formats
