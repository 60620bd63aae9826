// The /flash volume over arbitrary flash contents: a 64 KiB FAT region and its 64 KiB journal are
// filled from the input (erased flash after it), mounted (journal recovery included), then a short
// script of operations from the input's first bytes runs on it: listing, reading, writing,
// appending, mkdir, rename, remove, rmdir. Nothing may crash or hang; a volume that was mounted must
// mount again afterwards; and a volume the check found clean must still be clean.
#include <cstddef>
#include <cstdint>
#include <string>

#include "chip/spi_flash.h"
#include "port/fs/volume.h"
#include "port/fs/volume_check.h"

using namespace pyfw;
using namespace pyfw::port::fs;

namespace {

constexpr uint32_t kRegionBlocks = 16;
constexpr size_t kScriptBytes = 16;

std::string pathFor(uint8_t code) {
    static const char* const kNames[] = {"/a.txt", "/lib", "/lib/m.py", "/A Long Name.json", "/lib/sub", "/x"};
    return kNames[code % 6];
}

void readEverything(Volume& volume, const std::string& dir, int depth) {
    if (depth > 4) return;
    auto entries = volume.list(dir);
    if (!entries.ok()) return;
    for (const auto& entry : *entries) {
        std::string path = (dir == "/" ? "" : dir) + "/" + entry.name;
        if (entry.stat.type == EntryType::Directory) {
            readEverything(volume, path, depth + 1);
            continue;
        }
        auto file = volume.open(path, *OpenFlags::fromMode("rb"));
        if (!file.ok()) continue;
        uint8_t buffer[1024];
        for (int i = 0; i < 64; ++i) {
            auto got = file->read(buffer);
            if (!got.ok() || *got == 0) break;
        }
    }
}

void runScript(Volume& volume, base::ByteView script) {
    for (size_t i = 0; i + 1 < script.size(); i += 2) {
        uint8_t op = script[i], arg = script[i + 1];
        std::string path = pathFor(arg), other = pathFor(arg >> 3);
        switch (op % 8) {
        case 0: readEverything(volume, "/", 0); break;
        case 1: {
            auto file = volume.open(path, *OpenFlags::fromMode(op & 8 ? "ab" : "wb"));
            if (!file.ok()) break;
            base::Bytes data(size_t(arg) * 37 + 1, uint8_t(op));
            (void)file->write(data);
            if (op & 16) (void)file->seek(arg * 11, 0);
            (void)file->write(data);
            (void)file->close();
            break;
        }
        case 2: (void)volume.mkdir(path); break;
        case 3: (void)volume.rename(path, other); break;
        case 4: (void)volume.remove(path); break;
        case 5: (void)volume.rmdir(path); break;
        case 6: (void)volume.stat(path); break;
        case 7: (void)volume.sync(); break;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    auto script = input.first(std::min(size, kScriptBytes));
    auto image = input.subspan(script.size());
    base::Bytes contents(2 * kRegionBlocks * kBlockSize, 0xFF);
    std::copy_n(image.begin(), std::min(image.size(), contents.size()), contents.begin());
    auto flash = chip::SpiFlash::inMemory(std::move(contents));
    if (!flash.ok()) return 0;
    auto fat = *FlashRegion::create(*flash, 0, kRegionBlocks * kBlockSize, std::nullopt);
    auto journal = *FlashRegion::create(*flash, kRegionBlocks * kBlockSize, kRegionBlocks * kBlockSize, std::nullopt);
    TimeSource now = [] { return int64_t(1700000000); };
    auto volume = Volume::mount({fat, journal}, {now});
    if (!volume.ok()) return 0;
    auto before = checkVolume(fat);
    bool cleanBefore = before.ok() && before->problems.empty();
    runScript(**volume, script);
    if (!(*volume)->unmount().ok()) __builtin_trap();
    auto again = Volume::mount({fat, journal}, {now});
    if (!again.ok()) __builtin_trap();
    auto after = checkVolume(fat);
    if (cleanBefore && !(after.ok() && after->problems.empty())) __builtin_trap();
    return 0;
}
