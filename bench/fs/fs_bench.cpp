// /flash speed: a 256 KiB file written (in 4 KiB writes, as an FTP upload or a script's loop would),
// overwritten and read back through the Volume on the 508 KiB LoPy volume, plain and encrypted,
// against the floor every file system on this flash pays: the same 256 KiB as 64 raw block writes
// (erase + program) and reads of the same partition, in the same run. Flash operations are counted
// too: they are what wears a real chip and what a real SPI flash spends its time on.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

#include "chip/spi_flash.h"
#include "port/fs/volume.h"

using namespace pyfw;
using namespace pyfw::port::fs;

namespace {

constexpr size_t kFileSize = 256 * 1024;
constexpr size_t kChunk = 4096;
constexpr int kRuns = 21;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Rig {
    chip::SpiFlash flash = chip::SpiFlash::inMemory(143 * kBlockSize);   // dummy (16) + fs (127)
    std::optional<FlashCipher> cipher;
    VolumeStorage storage() {
        return {*FlashRegion::create(flash, 16 * kBlockSize, 127 * kBlockSize, cipher),
                *FlashRegion::create(flash, 0, 16 * kBlockSize, cipher)};
    }
    uint64_t flashOps() const { return flash.counters().programs + flash.counters().erases; }
};

TimeSource clock() {
    return [] { return int64_t(1700000000); };
}

struct Figures {
    double writeMs = 0, overwriteMs = 0, readMs = 0, rawWriteMs = 0, rawReadMs = 0;
    uint64_t writeOps = 0, overwriteOps = 0;
};

void writeFile(Volume& volume, const base::Bytes& data) {
    auto file = volume.open("/data.bin", *OpenFlags::fromMode("wb")).value();
    for (size_t at = 0; at < data.size(); at += kChunk) (void)file.write(base::ByteView(data).subspan(at, kChunk));
    if (!file.close().ok()) std::abort();
}

Figures measure(std::optional<FlashCipher> cipher) {
    base::Bytes data(kFileSize);
    for (size_t i = 0; i < data.size(); ++i) data[i] = uint8_t(i * 131 + (i >> 9));
    Figures f;
    std::vector<double> writes, overwrites, reads, rawWrites, rawReads;
    for (int run = 0; run < kRuns; ++run) {
        Rig rig;
        rig.cipher = cipher;
        if (!Volume::format(rig.storage(), clock()).ok()) std::abort();
        auto volume = Volume::mount(rig.storage(), {clock()}).value();
        uint64_t before = rig.flashOps();
        auto start = std::chrono::steady_clock::now();
        writeFile(*volume, data);
        auto mid = std::chrono::steady_clock::now();
        f.writeOps = rig.flashOps() - before;
        before = rig.flashOps();
        writeFile(*volume, data);
        auto end = std::chrono::steady_clock::now();
        f.overwriteOps = rig.flashOps() - before;
        writes.push_back(std::chrono::duration<double, std::milli>(mid - start).count());
        overwrites.push_back(std::chrono::duration<double, std::milli>(end - mid).count());

        base::Bytes back(kFileSize);
        start = std::chrono::steady_clock::now();
        auto file = volume->open("/data.bin", *OpenFlags::fromMode("rb")).value();
        for (size_t at = 0; at < back.size(); at += kChunk) (void)file.read(std::span<uint8_t>(back).subspan(at, kChunk));
        (void)file.close();
        reads.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (back != data) std::abort();

        auto raw = rig.storage().fat;
        start = std::chrono::steady_clock::now();
        for (uint32_t b = 0; b < kFileSize / kBlockSize; ++b)
            (void)raw.writeBlock(40 + b, base::ByteView(data).subspan(b * kBlockSize, kBlockSize));
        mid = std::chrono::steady_clock::now();
        for (uint32_t b = 0; b < kFileSize / kBlockSize; ++b)
            (void)raw.readBlock(40 + b, std::span<uint8_t>(back).subspan(b * kBlockSize, kBlockSize));
        end = std::chrono::steady_clock::now();
        rawWrites.push_back(std::chrono::duration<double, std::milli>(mid - start).count());
        rawReads.push_back(std::chrono::duration<double, std::milli>(end - mid).count());
    }
    f.writeMs = median(writes);
    f.overwriteMs = median(overwrites);
    f.readMs = median(reads);
    f.rawWriteMs = median(rawWrites);
    f.rawReadMs = median(rawReads);
    return f;
}

void report(const char* name, const Figures& f) {
    auto rate = [](double ms) { return kFileSize / 1024.0 / (ms / 1000.0) / 1024.0; };
    std::printf("-- %s --\n", name);
    std::printf("write 256 KiB file       %7.3f ms  %6.1f MiB/s  ratio to raw blocks %.2fx  flash ops %llu (raw: 128)\n",
                f.writeMs, rate(f.writeMs), f.writeMs / f.rawWriteMs, (unsigned long long)f.writeOps);
    std::printf("overwrite it (\"w\")       %7.3f ms  %6.1f MiB/s  ratio to raw blocks %.2fx  flash ops %llu\n",
                f.overwriteMs, rate(f.overwriteMs), f.overwriteMs / f.rawWriteMs, (unsigned long long)f.overwriteOps);
    std::printf("read it back             %7.3f ms  %6.1f MiB/s  ratio to raw blocks %.2fx\n", f.readMs,
                rate(f.readMs), f.readMs / f.rawReadMs);
    std::printf("raw blocks (reference)   write %.3f ms, read %.3f ms\n", f.rawWriteMs, f.rawReadMs);
}

}  // namespace

int main() {
    std::printf("median of %d runs; in-memory flash, so the figures are the CPU cost of the file system\n", kRuns);
    report("plain board", measure(std::nullopt));
    FlashCipher cipher;
    for (size_t i = 0; i < cipher.key.size(); ++i) cipher.key[i] = uint8_t(i * 29 + 7);
    report("encrypted board", measure(cipher));
}
