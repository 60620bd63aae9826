#include "test_firmware.h"

#include <algorithm>
#include <stdexcept>

#include "chip/download_mode.h"
#include "chip/provisioning.h"
#include "formats/app_image.h"
#include "formats/firmware_descriptor.h"
#include "formats/frozen_archive.h"
#include "formats/partition_csv.h"
#include "formats/partition_table.h"
#include "formats/pycom_layout.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

namespace pyfw::testing {
namespace {

template <typename T>
T must(base::Result<T> result, const char* what) {
    if (!result.ok()) throw std::runtime_error(std::string(what) + ": " + result.error().message);
    return std::move(result).value();
}

void must(const base::Status& status, const char* what) {
    if (!status.ok()) throw std::runtime_error(std::string(what) + ": " + status.error().message);
}


base::Bytes pseudoRandom(size_t size, uint32_t seed) {
    base::Bytes out(size);
    uint32_t x = seed * 2654435761u + 1;
    for (auto& byte : out) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        byte = uint8_t(x);
    }
    return out;
}

base::Bytes image(std::vector<formats::ImageSegment> segments, uint32_t entry) {
    formats::ImageHeader header;
    header.flashMode = 2;         // DIO
    header.flashSizeFreq = 0x2F;  // 4MB, 80m
    header.entryAddress = entry;
    header.hashAppended = 1;
    return must(formats::serializeAppImage(header, segments), "image");
}

void padTo4(base::Bytes& data) { data.resize((data.size() + 3) & ~size_t(3), 0); }

}  // namespace

SecureKeys makeKeys(uint8_t seed) {
    SecureKeys keys;
    for (size_t i = 0; i < 32; ++i) keys.signingKey[i] = uint8_t(seed + 7 * i + 1);
    keys.verificationKey = must(crypto::EcdsaP256::publicKeyOf(keys.signingKey), "public key");
    keys.secureBootKey = must(security::digestPrivateKey(keys.signingKey), "secure boot key");
    keys.flashEncryptionKey = pseudoRandom(32, seed + 100);
    return keys;
}

base::Bytes buildBootloader(const formats::BootloaderConfig& config) {
    formats::FirmwareDescriptor descriptor;
    descriptor.kind = formats::DescriptorKind::Bootloader;
    descriptor.version = "V0.2";
    descriptor.name = "pyfw bootloader";
    auto dram = must(descriptor.serialize(), "descriptor");
    base::append(dram, config.serialize().value());
    std::vector<formats::ImageSegment> segments;
    segments.push_back({0x3FFF0000, dram, 0});
    segments.push_back({0x40078000, pseudoRandom(0x1800, 1), 0});
    segments.push_back({0x40080400, pseudoRandom(0x2400, 2), 0});
    return image(segments, 0x40080400);
}

base::Bytes buildApp(const AppSpec& spec, const SecureKeys* keys) {
    std::vector<formats::FrozenModule> modules = {
        {"_boot.py", "# " + spec.marker + "\nimport os\nprint('_boot.py of " + spec.version + "')\n"},
        {"_main.py", "# " + spec.marker + " main\n"},
    };
    auto archive = must(formats::serializeFrozenArchive(modules), "frozen archive");
    formats::FirmwareDescriptor descriptor;
    descriptor.version = spec.version;
    descriptor.board = spec.board;
    descriptor.name = "Pycom MicroPython";
    descriptor.secureVersion = spec.secureVersion;
    descriptor.frozenOffset = formats::FirmwareDescriptor::kSize;
    descriptor.frozenLength = uint32_t(archive.size());
    auto drom = must(descriptor.serialize(), "descriptor");
    base::append(drom, archive);
    base::append(drom, base::toBytes(spec.marker + " " + spec.version));
    padTo4(drom);
    std::vector<formats::ImageSegment> segments;
    segments.push_back({0x3F400020, drom, 0});
    segments.push_back({0x40080000, pseudoRandom(spec.codeSize & ~size_t(3), uint32_t(spec.version.size())), 0});
    auto app = image(segments, 0x40080404);
    if (keys) app = must(security::signData(keys->signingKey, app), "sign app");
    return app;
}

base::Bytes buildPartitionTable(uint32_t flashSize, const SecureKeys* keys, TableLayout layout) {
    static constexpr const char* kCompact =
        "nvs,      data, nvs,     0x9000,   0x7000\n"
        "factory,  app,  factory, 0x10000,  128K, encrypted\n"
        "otadata,  data, ota,     0x30000,  4K,   encrypted\n"
        "ota_0,    app,  ota_0,   0x40000,  128K, encrypted\n"
        "fs,       data, 5,       0x60000,  32K,  encrypted\n"
        "config,   data, 6,       0x3ff000, 4K\n";
    auto table = layout == TableLayout::Compact ? must(formats::parsePartitionCsv(kCompact), "table")
                                                : must(formats::pycomPartitionTable(flashSize), "table");
    auto bytes = must(formats::serializePartitionTable(table), "table bytes");
    if (keys) bytes = must(security::signData(keys->signingKey, bytes), "sign table");
    return bytes;
}

FirmwareBuild buildFirmware(uint32_t flashSize, const SecureKeys* keys, const AppSpec& spec, TableLayout layout) {
    formats::BootloaderConfig config;
    if (keys) {
        config.secureBoot = true;
        config.flashEncryption = true;
        config.verificationKey = keys->verificationKey;
    }
    FirmwareBuild build;
    build.bootloader = buildBootloader(config);
    build.table = buildPartitionTable(flashSize, keys, layout);
    build.app = buildApp(spec, keys);
    build.keys = keys;
    return build;
}

chip::Board newBoard(const char* model) {
    const auto& info = *chip::findBoardModel(model);
    auto fuses = chip::Efuses::blank();
    fuses.programFactoryIdentity({0x24, 0x0A, 0xC4, 0x01, 0x02, 0x03}, info.chipRevision);
    auto board = chip::Board::inMemory(info, chip::SpiFlash::inMemory(info.flashSize), fuses);
    board.rng().seed(kBoardRngSeed);
    return board;
}

chip::Board copyBoard(const chip::Board& board) {
    auto flash = must(chip::SpiFlash::inMemory(base::Bytes(board.flash().contents().begin(), board.flash().contents().end())),
                      "flash copy");
    auto copy = chip::Board::inMemory(board.model(), std::move(flash), board.efuses());
    copy.rng().seed(kBoardRngSeed);
    return copy;
}

void flashPlain(chip::Board& board, const FirmwareBuild& build) {
    must(chip::writeFlash(board,
                          {{0x1000, build.bootloader, "bootloader"}, {0x8000, build.table, "table"},
                           {0x10000, build.app, "app"}},
                          chip::WriteFlashOptions{.encrypt = false, .ignoreEncryptionEfuse = false, .header = {"keep", "keep", "keep"}}),
         "write_flash");
}

base::Bytes encryptFor(const base::Bytes& key, uint32_t address, base::ByteView data) {
    base::Bytes padded(data.begin(), data.end());
    padded.resize((padded.size() + 15) & ~size_t(15), 0xFF);
    auto flashKey = must(security::FlashEncryption::keyFromFile(key), "flash key");
    return must(security::FlashEncryption::encrypt(flashKey, address, 0xF, padded), "encrypt");
}

void provisionSecure(chip::Board& board, const FirmwareBuild& build, const BurntKeys& burnt) {
    const SecureKeys& keys = *build.keys;
    security::SecureBootKey sbKey{};
    std::copy_n(keys.secureBootKey.begin(), 32, sbKey.begin());
    base::Bytes iv(128, 0x5A);
    auto digestImage = must(security::digestSecureBootloader(sbKey, iv, build.bootloader), "digest");
    chip::ProvisionRequest request;
    request.flashEncryptionKey = burnt.flashEncryptionKey.value_or(keys.flashEncryptionKey);
    request.secureBootKey = burnt.secureBootKey.value_or(keys.secureBootKey);
    request.efuses = {{"FLASH_CRYPT_CNT", 0}, {"FLASH_CRYPT_CONFIG", 0xF}, {"ABS_DONE_0", 0}};
    request.files = {{0x0, encryptFor(keys.flashEncryptionKey, 0x0, digestImage), "bootloader-reflash-digest.bin_enc"},
                     {0x8000, encryptFor(keys.flashEncryptionKey, 0x8000, build.table), "partitions.bin_enc"},
                     {0x10000, encryptFor(keys.flashEncryptionKey, 0x10000, build.app), "app.bin_enc_0x10000"}};
    must(chip::provisionBoard(board, request), "provision");
}

Booted bootBoard(chip::Board& board) {
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    return {std::move(result), log.text()};
}

void rewriteFlash(chip::Board& board, uint32_t address, const base::Bytes& data) {
    uint32_t start = address & ~0xFFFu;
    uint32_t end = uint32_t((uint64_t(address) + data.size() + 0xFFF) & ~uint64_t(0xFFF));
    must(board.flash().eraseRange(start, end - start), "erase");
    must(board.flash().program(address, data), "program");
}

bool contains(base::ByteView haystack, const std::string& needle) {
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

}  // namespace pyfw::testing
