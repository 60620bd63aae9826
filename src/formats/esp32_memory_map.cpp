#include "formats/esp32_memory_map.h"

namespace pyfw::formats {

std::vector<std::string_view> memoryTypesOf(uint32_t address) {
    std::vector<std::string_view> names;
    for (const auto& region : kEsp32MemoryMap)
        if (address >= region.start && address < region.end) names.push_back(region.name);
    return names;
}

}  // namespace pyfw::formats
