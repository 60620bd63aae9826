// An in-memory flash holding a journal region and a FAT region, as the Pycom layout has them
// (dummy: 16 blocks; fs: 127 blocks on 4 MiB boards), with a clock the test moves.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "chip/power_cut.h"
#include "chip/spi_flash.h"
#include "port/fs/volume.h"

namespace pyfw::testing {

struct FsRig {
    explicit FsRig(uint32_t fatBlocks = 127, uint32_t journalBlocks = 16,
                   std::optional<port::fs::FlashCipher> cipher = std::nullopt);

    port::fs::VolumeStorage storage(bool withJournal = true) const;
    port::fs::TimeSource clock();
    std::unique_ptr<port::fs::Volume> formatAndMount();
    std::unique_ptr<port::fs::Volume> mount(port::fs::MountReport* report = nullptr);
    // The problems the consistency check finds (empty: clean).
    std::vector<std::string> problems() const;

    mutable chip::SpiFlash flash;
    chip::PowerCutInjector powerCut;
    uint32_t fatBlocks, journalBlocks;
    std::optional<port::fs::FlashCipher> cipher;
    int64_t now = 1700000000;   // 2023-11-14 22:13:20
};

void putFile(port::fs::Volume& volume, const std::string& path, base::ByteView data);
base::Bytes getFile(port::fs::Volume& volume, const std::string& path);
base::Bytes patterned(size_t size, uint32_t seed);
// prefix + decimal n (GCC 12 misreads '"a" + std::to_string(n)' as an overlapping copy).
std::string numbered(std::string prefix, long n);

}  // namespace pyfw::testing
