// The small records the boot chain reads from flash: boot_info_t, the config block, the pyfw
// descriptor, the bootloader configuration and the frozen-module archive. Round trips must hold.
#include <cstddef>
#include <algorithm>
#include <cstdint>

#include "formats/boot_info.h"
#include "formats/bootloader_config.h"
#include "formats/config_block.h"
#include "formats/firmware_descriptor.h"
#include "formats/frozen_archive.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    if (auto info = formats::BootInfo::parse(input); info.ok()) {
        auto bytes = info->serialize();
        if (info->isValid() && !std::equal(bytes.begin(), bytes.end(), data)) __builtin_trap();
    }
    if (auto block = formats::ConfigBlock::parse(input); block.ok()) {
        auto bytes = block->serialize();
        if (!std::equal(bytes.begin(), bytes.end(), data)) __builtin_trap();
    }
    if (auto descriptor = formats::FirmwareDescriptor::parse(input); descriptor.ok()) {
        if (!descriptor->serialize().ok()) __builtin_trap();
    }
    (void)formats::findBootloaderConfig(input);
    if (auto modules = formats::parseFrozenArchive(input); modules.ok()) {
        auto bytes = formats::serializeFrozenArchive(*modules);
        if (!bytes.ok() || !formats::parseFrozenArchive(*bytes).ok()) __builtin_trap();
    }
    return 0;
}
