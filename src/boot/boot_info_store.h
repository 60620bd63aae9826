// boot_info_t kept so that a power cut never loses it: the first 40 bytes of otadata (where the
// original keeps its only copy) plus a second copy in the sector after otadata. A save writes the
// primary copy, then the backup; a load takes the primary when its CRC holds, else the backup, and
// rewrites whichever copy disagrees. A torn write therefore leaves one good copy, old or new.
// With flash encryption on, both copies are written through the encryption engine (48 bytes: the
// record and 8 bytes of 0xFF padding), as the firmware's encrypted writes are.
#pragma once

#include <cstdint>
#include <optional>

#include "base/result.h"
#include "chip/flash_access.h"
#include "formats/boot_info.h"

namespace pyfw::boot {

class BootInfoStore {
public:
    BootInfoStore(chip::FlashAccess& flash, uint32_t primary, std::optional<uint32_t> backup)
        : flash_(flash), primary_(primary), backup_(backup) {}

    struct Loaded {
        formats::BootInfo info;
        bool valid = false;          // false: neither copy holds a valid record
        bool repaired = false;       // one copy was rewritten from the other
        bool fromBackup = false;
    };
    base::Result<Loaded> load();
    base::Status save(const formats::BootInfo& info);

private:
    base::Result<std::optional<formats::BootInfo>> readCopy(uint32_t address);
    base::Status writeCopy(uint32_t address, const formats::BootInfo& info);

    chip::FlashAccess& flash_;
    uint32_t primary_;
    std::optional<uint32_t> backup_;
};

}  // namespace pyfw::boot
