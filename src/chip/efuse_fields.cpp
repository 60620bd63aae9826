#include "chip/efuse_fields.h"

#include <array>
#include <cctype>

namespace pyfw::chip {
namespace {

using K = EfuseKind;
constexpr int8_t none = kNoProtectionBit;

constexpr uint16_t bit(int word, int bitInWord) { return uint16_t(word * 32 + bitInWord); }

// Positions and protection bits follow IDF v3.0 efuse_reg.h and the espefuse table of 2018
// (FLASH_CRYPT_CNT is 8 bits wide on these chips; bit 27 only became UART_DOWNLOAD_DIS on rev 3).
constexpr std::array kFields = std::to_array<EfuseField>({
    {"WR_DIS", "efuse", 0, bit(0, 0), 16, 1, none, K::Integer, false, "Efuse write disable mask"},
    {"RD_DIS", "efuse", 0, bit(0, 16), 4, 0, none, K::Integer, false, "Efuse read disable mask"},
    {"FLASH_CRYPT_CNT", "security", 0, bit(0, 20), 8, 2, none, K::BitCount, false,
     "Flash encryption mode counter"},
    {"MAC", "identity", 0, bit(1, 0), 48, 3, none, K::Mac, true, "Factory MAC address"},
    {"MAC_CRC", "identity", 0, bit(2, 16), 8, 3, none, K::Integer, true, "CRC8 of the factory MAC"},
    {"DISABLE_APP_CPU", "identity", 0, bit(3, 0), 1, 3, none, K::Flag, true, "Disables APP CPU"},
    {"DISABLE_BT", "identity", 0, bit(3, 1), 1, 3, none, K::Flag, true, "Disables Bluetooth"},
    {"DIS_CACHE", "identity", 0, bit(3, 3), 1, 3, none, K::Flag, true, "Disables cache"},
    {"SPI_PAD_CONFIG_HD", "config", 0, bit(3, 4), 5, 6, none, K::Integer, false,
     "Override SD_DATA_2 pad (GPIO9/SPIHD)"},
    {"CHIP_PACKAGE", "identity", 0, bit(3, 9), 3, none, none, K::Integer, true, "Chip package identifier"},
    {"CHIP_CPU_FREQ_LOW", "identity", 0, bit(3, 12), 1, none, none, K::Flag, true,
     "CPU frequency rated for 160 MHz"},
    {"CHIP_CPU_FREQ_RATED", "identity", 0, bit(3, 13), 1, none, none, K::Flag, true,
     "CPU frequency has been rated"},
    {"BLK3_PART_RESERVE", "calibration", 0, bit(3, 14), 1, 10, 3, K::Flag, true,
     "BLOCK3 partially served for ADC calibration data"},
    {"CHIP_VER_REV1", "identity", 0, bit(3, 15), 1, none, none, K::Flag, true, "Silicon revision 1"},
    {"CLK8M_FREQ", "config", 0, bit(4, 0), 8, 4, none, K::Integer, true, "8MHz clock freq override"},
    {"ADC_VREF", "calibration", 0, bit(4, 8), 5, 4, none, K::Integer, true, "Voltage reference calibration"},
    {"XPD_SDIO_REG", "config", 0, bit(4, 14), 1, 5, none, K::Flag, false,
     "If XPD_SDIO_FORCE, enable VDD_SDIO reg on reset"},
    {"XPD_SDIO_TIEH", "config", 0, bit(4, 15), 1, 5, none, K::Flag, false,
     "If XPD_SDIO_FORCE & XPD_SDIO_REG, 1=3.3V 0=1.8V"},
    {"XPD_SDIO_FORCE", "config", 0, bit(4, 16), 1, 5, none, K::Flag, false,
     "Ignore MTDI pin (GPIO12) for VDD_SDIO on reset"},
    {"SPI_PAD_CONFIG_CLK", "config", 0, bit(5, 0), 5, 6, none, K::Integer, false,
     "Override SD_CLK pad (GPIO6/SPICLK)"},
    {"SPI_PAD_CONFIG_Q", "config", 0, bit(5, 5), 5, 6, none, K::Integer, false,
     "Override SD_DATA_0 pad (GPIO7/SPIQ)"},
    {"SPI_PAD_CONFIG_D", "config", 0, bit(5, 10), 5, 6, none, K::Integer, false,
     "Override SD_DATA_1 pad (GPIO8/SPID)"},
    {"SPI_PAD_CONFIG_CS0", "config", 0, bit(5, 15), 5, 6, none, K::Integer, false,
     "Override SD_CMD pad (GPIO11/SPICS0)"},
    {"FLASH_CRYPT_CONFIG", "security", 0, bit(5, 28), 4, 10, 3, K::Integer, false,
     "Flash encryption config (key tweak bits)"},
    {"CODING_SCHEME", "efuse", 0, bit(6, 0), 2, 10, 3, K::Integer, false,
     "Efuse variable block length scheme"},
    {"CONSOLE_DEBUG_DISABLE", "security", 0, bit(6, 2), 1, 15, none, K::Flag, false,
     "Disable ROM BASIC interpreter fallback"},
    {"DISABLE_SDIO_HOST", "config", 0, bit(6, 3), 1, none, none, K::Flag, false, "Disable SDIO host"},
    {"ABS_DONE_0", "security", 0, bit(6, 4), 1, 12, none, K::Flag, false,
     "Secure boot enabled for bootloader"},
    {"ABS_DONE_1", "security", 0, bit(6, 5), 1, 13, none, K::Flag, false, "Secure boot abstract 1 locked"},
    {"JTAG_DISABLE", "security", 0, bit(6, 6), 1, 14, none, K::Flag, false, "Disable JTAG"},
    {"DISABLE_DL_ENCRYPT", "security", 0, bit(6, 7), 1, 15, none, K::Flag, false,
     "Disable flash encryption in UART bootloader"},
    {"DISABLE_DL_DECRYPT", "security", 0, bit(6, 8), 1, 15, none, K::Flag, false,
     "Disable flash decryption in UART bootloader"},
    {"DISABLE_DL_CACHE", "security", 0, bit(6, 9), 1, 15, none, K::Flag, false,
     "Disable flash cache in UART bootloader"},
    {"KEY_STATUS", "efuse", 0, bit(6, 10), 1, 10, 3, K::Flag, false, "Usage of efuse block 3 (reserved)"},
    {"BLK1", "security", 1, 0, 256, 7, 0, K::KeyBlock, false, "Flash encryption key"},
    {"BLK2", "security", 2, 0, 256, 8, 1, K::KeyBlock, false, "Secure boot key"},
    {"BLK3", "security", 3, 0, 256, 9, 2, K::KeyBlock, false, "Variable Block 3"},
    // ESP-IDF's anti-rollback keeps the lowest secure version an app may have in BLK3 as a count
    // of set bits (esp_efuse_table.csv: SECURE_VERSION, EFUSE_BLK3, 180, 16).
    {"SECURE_VERSION", "security", 3, 180, 16, 9, 2, K::BitCount, false, "Secure version for anti-rollback"},
});

constexpr bool fieldsFitTheirBlocks() {
    for (const auto& field : kFields) {
        if (field.block >= kEfuseBlockCount || field.width == 0) return false;
        int blockBits = (field.block == 0 ? kEfuseBlock0Words : kEfuseWordsPerBlock) * 32;
        if (field.firstBit + field.width > blockBits) return false;
        if (field.width > 64 && field.kind != EfuseKind::KeyBlock) return false;
        if (field.writeDisableBit >= 16 || field.readDisableBit >= 4) return false;
    }
    return true;
}

constexpr bool fieldsDoNotOverlap() {
    for (size_t i = 0; i < kFields.size(); ++i)
        for (size_t j = i + 1; j < kFields.size(); ++j) {
            const auto& a = kFields[i];
            const auto& b = kFields[j];
            // A key block is also the container of the fields ESP-IDF defines inside BLK3.
            if (a.block != b.block || a.kind == EfuseKind::KeyBlock || b.kind == EfuseKind::KeyBlock) continue;
            if (a.firstBit < b.firstBit + b.width && b.firstBit < a.firstBit + a.width) return false;
        }
    return true;
}

static_assert(fieldsFitTheirBlocks(), "an eFuse field runs past its block or names a bad protection bit");
static_assert(fieldsDoNotOverlap(), "two eFuse fields share bits");

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

struct Alias {
    std::string_view alias;
    std::string_view field;
};
constexpr Alias kAliases[] = {
    {"BLOCK1", "BLK1"},         {"flash_encryption", "BLK1"}, {"ENCRYPT_FLASH_KEY", "BLK1"},
    {"BLOCK2", "BLK2"},         {"secure_boot", "BLK2"},      {"secure_boot_v1", "BLK2"},
    {"SECURE_BOOT_KEY", "BLK2"}, {"BLOCK3", "BLK3"},           {"ENCRYPT_CONFIG", "FLASH_CRYPT_CONFIG"},
    {"DISABLE_JTAG", "JTAG_DISABLE"},
};

}  // namespace

std::span<const EfuseField> efuseFields() { return kFields; }

const EfuseField* findEfuseField(std::string_view name) {
    for (const auto& alias : kAliases)
        if (equalsIgnoringCase(alias.alias, name)) name = alias.field;
    for (const auto& field : kFields)
        if (equalsIgnoringCase(field.name, name)) return &field;
    return nullptr;
}

}  // namespace pyfw::chip
