// ELF files for elf2image: parsing and laying out whatever sections come out must never crash.
#include <cstddef>
#include <cstdint>

#include "formats/elf_file.h"
#include "formats/image_layout.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto elf = formats::parseElf(base::ByteView(data, size));
    if (!elf.ok()) return 0;
    size_t total = 0;
    for (const auto& section : elf->sections) total += section.data.size();
    if (total > (1u << 20)) return 0;  // keep each run small; sizes are bounded by the input anyway
    formats::ImageLayoutOptions options;
    auto image = formats::elfToImage(*elf, options);
    if (image.ok() && !formats::verifyAppImage(*image).ok()) __builtin_trap();
    (void)formats::elfToImage(*elf, options, true);
    return 0;
}
