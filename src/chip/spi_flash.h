// The SPI NOR flash chip, raw (no encryption): erase works on 4 KiB sectors and sets them to 0xFF,
// a program can only clear bits (the result is old AND new), reads see exactly what is stored.
// A flash backed by a file writes every change through to the file before the call returns, so
// killing the process at any moment leaves flash.bin as the chip would be.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>

#include "base/bytes.h"
#include "base/result.h"
#include "chip/power_cut.h"

namespace pyfw::chip {

inline constexpr uint32_t kFlashSectorSize = 0x1000;

struct FlashCounters {
    uint64_t programs = 0;
    uint64_t erases = 0;
    uint64_t bytesProgrammed = 0;
};

class SpiFlash {
public:
    // Opens flash.bin; its size is the flash size and must be a whole number of sectors.
    static base::Result<SpiFlash> openFile(const std::filesystem::path& path);
    // Creates a file of `size` bytes, all 0xFF (the file must not exist yet).
    static base::Result<SpiFlash> createFile(const std::filesystem::path& path, uint32_t size);
    // A flash that lives only in memory (fuzzing, unit tests).
    static SpiFlash inMemory(uint32_t size);
    static base::Result<SpiFlash> inMemory(base::Bytes contents);

    SpiFlash(SpiFlash&&) noexcept;
    SpiFlash& operator=(SpiFlash&&) noexcept;
    ~SpiFlash();

    uint32_t size() const { return uint32_t(data_.size()); }
    base::Status read(uint32_t address, base::MutableByteView out) const;
    base::Result<base::Bytes> read(uint32_t address, uint32_t length) const;
    // Programs bytes (any alignment): each stored byte becomes old & new.
    base::Status program(uint32_t address, base::ByteView data);
    // Erases the sector holding `address`, which must be sector-aligned.
    base::Status eraseSector(uint32_t address);
    // Erases whole sectors covering [address, address + length); both must be sector-aligned.
    base::Status eraseRange(uint32_t address, uint32_t length);

    // The power-cut injector shared with the rest of the board (may be null).
    void attachPowerCut(PowerCutInjector* injector) { powerCut_ = injector; }
    const FlashCounters& counters() const { return counters_; }
    base::ByteView contents() const { return data_; }

private:
    SpiFlash(base::Bytes data, int fd);
    base::Status checkRange(const char* operation, uint32_t address, uint64_t length) const;
    base::Status store(uint32_t address, base::ByteView bytes);   // memory, then the file
    void tear(uint32_t address, base::ByteView wanted, bool isErase);

    base::Bytes data_;
    int fd_ = -1;
    PowerCutInjector* powerCut_ = nullptr;
    FlashCounters counters_;
};

}  // namespace pyfw::chip
