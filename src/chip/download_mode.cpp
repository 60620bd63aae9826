#include "chip/download_mode.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "chip/flash_access.h"

namespace pyfw::chip {
namespace {

using base::fail;

constexpr uint32_t kBootloaderOffset = 0x1000;
constexpr uint8_t kImageMagic = 0xE9;
constexpr uint32_t kEncryptedWriteAlign = 32;


struct Choice {
    std::string_view name;
    uint8_t value;
};
constexpr std::array kModes = std::to_array<Choice>({{"qio", 0}, {"qout", 1}, {"dio", 2}, {"dout", 3}});
constexpr std::array kFreqs = std::to_array<Choice>({{"40m", 0x0}, {"26m", 0x1}, {"20m", 0x2}, {"80m", 0xF}});
constexpr std::array kSizes =
    std::to_array<Choice>({{"1MB", 0x00}, {"2MB", 0x10}, {"4MB", 0x20}, {"8MB", 0x30}, {"16MB", 0x40}});

template <size_t N>
base::Result<int> lookup(const std::array<Choice, N>& table, std::string_view name, const char* what) {
    if (name == "keep") return -1;
    for (const auto& choice : table)
        if (choice.name == name) return int(choice.value);
    return fail(std::string("unknown ") + what + " \"" + std::string(name) + "\"");
}

// esptool's _update_image_flash_params: only a bootloader image written at 0x1000 is touched.
base::Result<bool> patchHeader(base::Bytes& image, uint32_t address, const FlashHeaderParams& params,
                               uint32_t flashSize) {
    PYFW_ASSIGN(int mode, lookup(kModes, params.mode, "flash mode"));
    PYFW_ASSIGN(int freq, lookup(kFreqs, params.freq, "flash frequency"));
    std::string sizeName = params.size;
    if (sizeName == "detect") {
        // What the flash chip's ID reports; a size the header cannot express is left as it is.
        sizeName = "keep";
        for (const auto& choice : kSizes)
            if (std::to_string(flashSize >> 20) + "MB" == choice.name) sizeName = choice.name;
    }
    PYFW_ASSIGN(int size, lookup(kSizes, sizeName, "flash size"));
    if (address != kBootloaderOffset || image.size() < 8 || image[0] != kImageMagic) return false;
    uint8_t newMode = mode < 0 ? image[2] : uint8_t(mode);
    uint8_t newSizeFreq = uint8_t((size < 0 ? image[3] & 0xF0 : size) | (freq < 0 ? image[3] & 0x0F : freq));
    if (newMode == image[2] && newSizeFreq == image[3]) return false;
    image[2] = newMode;
    image[3] = newSizeFreq;
    return true;
}

base::Status checkFiles(const Board& board, const std::vector<FlashFile>& files, const WriteFlashOptions& options) {
    const auto& fuses = board.efuses();
    if (options.encrypt) {
        if (fuses.isSet("DISABLE_DL_ENCRYPT"))
            return fail("the chip refuses encrypted writes in download mode: DISABLE_DL_ENCRYPT is burnt");
        if (fuses.hardwareKeyIsBlank(1))
            return fail("--encrypt needs a flash encryption key in BLK1, and BLK1 is blank");
        if (!fuses.flashEncryptionEnabled() && !options.ignoreEncryptionEfuse)
            return fail("flash encryption is not enabled (FLASH_CRYPT_CNT has an even number of bits set); "
                        "use --ignore-flash-encryption-efuse-setting to encrypt anyway");
    }
    std::vector<std::pair<uint64_t, uint64_t>> ranges;
    for (const auto& file : files) {
        uint64_t end = uint64_t(file.address) + file.data.size();
        if (end > board.flash().size())
            return fail("file " + file.name + " (length " + std::to_string(file.data.size()) + ") at offset " +
                        base::hexNumber(file.address) + " will not fit in " + std::to_string(board.flash().size()) +
                        " bytes of flash");
        if (options.encrypt && file.address % kEncryptedWriteAlign != 0)
            return fail("file " + file.name + " is at " + base::hexNumber(file.address) +
                        ", which is not 32-byte aligned as encrypted writes must be");
        for (const auto& [start, stop] : ranges)
            if (file.address < stop && start < end)
                return fail("file " + file.name + " at " + base::hexNumber(file.address) + " overlaps another file");
        ranges.emplace_back(file.address, end);
    }
    return base::okStatus();
}

}  // namespace

base::Result<std::vector<WrittenFile>> writeFlash(Board& board, const std::vector<FlashFile>& files,
                                                  const WriteFlashOptions& options) {
    PYFW_TRY(checkFiles(board, files, options));
    FlashAccess access(board.flash(), board.efuses());
    std::vector<WrittenFile> written;
    for (const auto& file : files) {
        base::Bytes image = file.data;
        size_t align = options.encrypt ? kEncryptedWriteAlign : 4;
        image.resize((image.size() + align - 1) / align * align, 0xFF);
        PYFW_ASSIGN(bool patched, patchHeader(image, file.address, options.header, board.flash().size()));
        uint32_t eraseStart = file.address & ~(kFlashSectorSize - 1);
        uint64_t eraseEnd = (uint64_t(file.address) + image.size() + kFlashSectorSize - 1) & ~uint64_t(kFlashSectorSize - 1);
        if (eraseEnd > board.flash().size()) return fail("file " + file.name + " runs past the end of the flash");
        PYFW_TRY(board.flash().eraseRange(eraseStart, uint32_t(eraseEnd - eraseStart)));
        if (options.encrypt)
            PYFW_TRY(access.writeEncrypted(file.address, image));
        else
            PYFW_TRY(access.writeRaw(file.address, image));
        written.push_back({file.address, uint32_t(image.size()), patched});
    }
    return written;
}

base::Result<base::Bytes> readFlash(Board& board, uint32_t address, uint32_t length, bool decrypt) {
    FlashAccess access(board.flash(), board.efuses());
    if (!decrypt) return access.readRaw(address, length);
    const auto& fuses = board.efuses();
    if (fuses.isSet("DISABLE_DL_DECRYPT"))
        return fail("the chip refuses decrypted reads in download mode: DISABLE_DL_DECRYPT is burnt");
    if (fuses.isSet("DISABLE_DL_CACHE"))
        return fail("the flash cache is disabled in download mode (DISABLE_DL_CACHE is burnt), so reads cannot be decrypted");
    return access.read(address, length);
}

base::Status eraseFlash(Board& board, uint32_t address, uint32_t length) {
    return board.flash().eraseRange(address, length);
}

}  // namespace pyfw::chip
