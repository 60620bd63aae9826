// pyfw flash DIR write|read|erase: esptool's write_flash/read_flash/erase_region over the ROM's
// download mode of a virtual board.
#include <cstdio>

#include "base/file.h"
#include "chip/download_mode.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"

namespace pyfw::cli {
namespace {

struct WriteOptions {
    std::vector<std::string> pairs;
    chip::WriteFlashOptions flash;
};

void writeCommand(const std::string& dir, const WriteOptions& options) {
    if (options.pairs.empty() || options.pairs.size() % 2 != 0)
        throw CommandFailure("write needs ADDRESS FILE pairs, e.g. 0x1000 bootloader.bin 0x10000 app.bin", 2);
    auto board = openBoardOrFail(dir);
    std::vector<chip::FlashFile> files;
    for (size_t i = 0; i < options.pairs.size(); i += 2) {
        uint64_t address = parseNumberOrFail(options.pairs[i], "flash address");
        if (address >= board.flash().size())
            throw CommandFailure("flash address " + options.pairs[i] + " is past the end of the flash", 2);
        auto data = base::readFile(options.pairs[i + 1]);
        if (!data.ok()) failWith(data.error());
        files.push_back({uint32_t(address), std::move(*data), options.pairs[i + 1]});
    }
    auto written = chip::writeFlash(board, files, options.flash);
    if (!written.ok()) failWith(written.error());
    for (size_t i = 0; i < written->size(); ++i) {
        const auto& file = (*written)[i];
        if (file.headerPatched) std::printf("Flash params set in the image header of %s\n", files[i].name.c_str());
        std::printf("Wrote %u bytes at 0x%08x%s\n", file.length, file.address,
                    options.flash.encrypt ? " (encrypted)" : "");
    }
}

struct ReadOptions {
    std::string address, size, output;
    bool decrypt = false;
};

void readCommand(const std::string& dir, const ReadOptions& options) {
    auto board = openBoardOrFail(dir);
    uint64_t address = parseNumberOrFail(options.address, "flash address");
    uint64_t size = parseNumberOrFail(options.size, "read size");
    if (address + size > board.flash().size())
        throw CommandFailure("reading " + options.size + " bytes at " + options.address + " runs past the end of the " +
                             std::to_string(board.flash().size() >> 20) + " MiB flash", 2);
    auto data = chip::readFlash(board, uint32_t(address), uint32_t(size), options.decrypt);
    if (!data.ok()) failWith(data.error());
    auto status = base::writeFileAtomically(options.output, *data);
    if (!status.ok()) failWith(status.error());
    std::printf("Read %llu bytes at 0x%llx%s\n", static_cast<unsigned long long>(size),
                static_cast<unsigned long long>(address), options.decrypt ? " (through the cache)" : "");
}

void eraseCommand(const std::string& dir, const std::string& addressText, const std::string& sizeText) {
    auto board = openBoardOrFail(dir);
    uint64_t address = addressText.empty() ? 0 : parseNumberOrFail(addressText, "erase address");
    uint64_t size = sizeText.empty() ? board.flash().size() : parseNumberOrFail(sizeText, "erase size");
    if (address + size > board.flash().size())
        throw CommandFailure("the erase runs past the end of the flash", 2);
    auto status = chip::eraseFlash(board, uint32_t(address), uint32_t(size));
    if (!status.ok()) failWith(status.error());
    std::printf("Erased %llu bytes at 0x%llx\n", static_cast<unsigned long long>(size),
                static_cast<unsigned long long>(address));
}

CLI::App* addCommand(CLI::App* parent, const std::string& name, const std::string& alias, const std::string& help) {
    auto* command = parent->add_subcommand(name, help);
    command->alias(alias);
    return command;
}

void setup(CLI::App& app) {
    auto* flash = app.add_subcommand("flash", "esptool write_flash/read_flash on a board's flash");
    auto dir = std::make_shared<std::string>();
    flash->add_option("dir", *dir, "Board folder")->required();
    flash->require_subcommand(1);

    auto write = std::make_shared<WriteOptions>();
    auto* writeCmd = addCommand(flash, "write", "write_flash", "Write files at addresses (erasing their sectors first)");
    writeCmd->add_option("address_file", write->pairs, "ADDRESS FILE [ADDRESS FILE ...]")->required();
    writeCmd->add_flag("--encrypt", write->flash.encrypt, "Encrypt with the chip's key while writing");
    writeCmd->add_flag("--ignore-flash-encryption-efuse-setting", write->flash.ignoreEncryptionEfuse,
                       "Encrypt even though FLASH_CRYPT_CNT says encryption is off");
    writeCmd->add_option("--flash_mode,--flash-mode", write->flash.header.mode, "keep, qio, qout, dio, dout");
    writeCmd->add_option("--flash_freq,--flash-freq", write->flash.header.freq, "keep, 40m, 26m, 20m, 80m");
    writeCmd->add_option("--flash_size,--flash-size", write->flash.header.size, "keep, detect, 1MB..16MB");
    writeCmd->callback([dir, write] { writeCommand(*dir, *write); });

    auto read = std::make_shared<ReadOptions>();
    auto* readCmd = addCommand(flash, "read", "read_flash", "Read SIZE bytes at ADDRESS into a file");
    readCmd->add_option("address", read->address)->required();
    readCmd->add_option("size", read->size)->required();
    readCmd->add_option("output", read->output)->required();
    readCmd->add_flag("--decrypt", read->decrypt, "Read through the flash cache (decrypts on an encrypted board)");
    readCmd->callback([dir, read] { readCommand(*dir, *read); });

    auto eraseArgs = std::make_shared<std::pair<std::string, std::string>>();
    auto* eraseCmd = addCommand(flash, "erase", "erase_region", "Erase SIZE bytes at ADDRESS (whole sectors); all without arguments");
    eraseCmd->add_option("address", eraseArgs->first);
    eraseCmd->add_option("size", eraseArgs->second);
    eraseCmd->callback([dir, eraseArgs] { eraseCommand(*dir, eraseArgs->first, eraseArgs->second); });
}

CommandRegistration registration{"flash", setup};

}  // namespace
}  // namespace pyfw::cli
