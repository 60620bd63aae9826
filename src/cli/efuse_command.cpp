// pyfw efuse DIR summary|burn_key|burn_efuse|read_protect_efuse|write_protect_efuse: espefuse's
// commands on a virtual board's eFuses, refusing what the chip refuses.
#include <cstdio>
#include <string>

#include "base/file.h"
#include "chip/board.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"

namespace pyfw::cli {
namespace {

using chip::EfuseField;
using chip::EfuseKind;

const EfuseField& fieldOrFail(const std::string& name) {
    const EfuseField* field = chip::findEfuseField(name);
    if (!field) throw CommandFailure("there is no eFuse named \"" + name + "\" (see pyfw efuse DIR summary)", 2);
    return *field;
}

void burnOrFail(chip::Board& board, const std::function<base::Status(chip::Efuses&)>& change) {
    auto status = board.burnEfuses(change);
    if (!status.ok()) failWith(status.error());
}

std::string fieldValue(const chip::Efuses& fuses, const EfuseField& field) {
    char text[64];
    switch (field.kind) {
    case EfuseKind::Mac: {
        std::snprintf(text, sizeof text, " (CRC %02x %s)", unsigned(fuses.readField("MAC_CRC")),
                      fuses.macCrcValid() ? "OK" : "invalid");
        return chip::formatMac(fuses.mac()) + text;
    }
    case EfuseKind::KeyBlock: {
        int block = field.block;
        std::string out;
        auto key = fuses.readKeyBlock(block);
        for (size_t i = 0; i < key.size(); ++i) {
            if (i) out += ' ';
            if (fuses.isReadProtected(field)) {
                out += "??";
            } else {
                std::snprintf(text, sizeof text, "%02x", key[i]);
                out += text;
            }
        }
        return out;
    }
    default:
        std::snprintf(text, sizeof text, "%llu", static_cast<unsigned long long>(fuses.readField(field)));
        return text;
    }
}

void summary(const std::string& dir) {
    auto board = openBoardOrFail(dir);
    const auto& fuses = board.efuses();
    for (std::string_view category : {"identity", "security", "efuse", "config", "calibration"}) {
        std::string title(category);
        title[0] = char(std::toupper(title[0]));
        std::printf("%s fuses:\n", title.c_str());
        for (const auto& field : chip::efuseFields()) {
            if (field.category != category) continue;
            std::string value = fieldValue(fuses, field);
            bool readable = !fuses.isReadProtected(field), writable = !fuses.isWriteProtected(field);
            const char* perms = readable ? (writable ? "R/W" : "R/-") : (writable ? "-/W" : "-/-");
            std::string raw;
            if (field.kind != EfuseKind::Mac && field.kind != EfuseKind::KeyBlock) {
                char text[32];
                std::snprintf(text, sizeof text, " (0x%llx)", static_cast<unsigned long long>(fuses.readField(field)));
                raw = text;
            }
            std::printf("%-22s %-50s%s= %s %s%s\n", std::string(field.name).c_str(),
                        std::string(field.description).c_str(), value.size() > 20 ? "\n  " : "", value.c_str(),
                        perms, raw.c_str());
        }
        std::printf("\n");
    }
    if (!fuses.isSet("XPD_SDIO_FORCE"))
        std::printf("Flash voltage (VDD_SDIO) determined by GPIO12 on reset (High for 1.8V, Low/NC for 3.3V).\n");
    else if (!fuses.isSet("XPD_SDIO_REG"))
        std::printf("Flash voltage (VDD_SDIO) internal regulator disabled by efuse.\n");
    else
        std::printf("Flash voltage (VDD_SDIO) set to %s by efuse.\n", fuses.isSet("XPD_SDIO_TIEH") ? "3.3V" : "1.8V");
}

struct BurnEfuseOptions {
    std::string dir, name, value;
};

void burnEfuse(const BurnEfuseOptions& options) {
    auto board = openBoardOrFail(options.dir);
    const auto& field = fieldOrFail(options.name);
    uint64_t value = options.value.empty() ? 0 : parseNumberOrFail(options.value, "new value");
    if (field.kind == EfuseKind::Integer && options.value.empty())
        throw CommandFailure("burning " + std::string(field.name) + " needs a new value", 2);
    if (field.kind == EfuseKind::Flag && board.efuses().readField(field) == 1 && value <= 1) {
        std::printf("Efuse %s is already burned.\n", std::string(field.name).c_str());
        return;
    }
    uint64_t old = field.kind == EfuseKind::KeyBlock ? 0 : board.efuses().readField(field);
    if (field.kind == EfuseKind::Integer && (old | value) != value)
        std::printf("WARNING: New value contains some bits that cannot be cleared (value will be 0x%llx)\n",
                    static_cast<unsigned long long>(old | value));
    uint64_t burnt = 0;
    burnOrFail(board, [&](chip::Efuses& fuses) -> base::Status {
        PYFW_ASSIGN(burnt, fuses.burnField(field, value));
        return base::okStatus();
    });
    std::printf("Burned efuse %s (%s) 0x%llx -> 0x%llx\n", std::string(field.name).c_str(),
                std::string(field.description).c_str(), static_cast<unsigned long long>(old),
                static_cast<unsigned long long>(burnt));
}

struct BurnKeyOptions {
    std::string dir, block, keyFile;
    bool noProtect = false;
};

void burnKey(const BurnKeyOptions& options) {
    auto board = openBoardOrFail(options.dir);
    const auto& field = fieldOrFail(options.block);
    if (field.kind != EfuseKind::KeyBlock)
        throw CommandFailure("\"" + options.block + "\" is not a key block (flash_encryption, secure_boot, BLK1, BLK2, BLK3)", 2);
    auto key = base::readFile(options.keyFile);
    if (!key.ok()) failWith(key.error());
    burnOrFail(board, [&](chip::Efuses& fuses) { return fuses.burnKey(field.block, *key, !options.noProtect); });
    std::printf("Burned key data into %s.\n", std::string(field.name).c_str());
    if (options.noProtect)
        std::printf("Key is left unprotected as per --no-protect-key argument.\n");
    else
        std::printf("Disabled read/write to key efuse block %s (no further changes or readback).\n",
                    std::string(field.name).c_str());
}

void protect(const std::string& dir, const std::string& name, bool read) {
    auto board = openBoardOrFail(dir);
    const auto& field = fieldOrFail(name);
    const auto& fuses = board.efuses();
    if (read ? fuses.isReadProtected(field) : fuses.isWriteProtected(field)) {
        std::printf("Efuse %s is already %s protected\n", std::string(field.name).c_str(), read ? "read" : "write");
        return;
    }
    std::string sharing;
    for (const auto& other : chip::efuseFields()) {
        int bit = read ? other.readDisableBit : other.writeDisableBit;
        if (bit >= 0 && bit == (read ? field.readDisableBit : field.writeDisableBit))
            sharing += (sharing.empty() ? "" : ", ") + std::string(other.name);
    }
    burnOrFail(board, [&](chip::Efuses& f) { return read ? f.readProtect(field) : f.writeProtect(field); });
    std::printf("Permanently %s-disabled efuse%s %s\n", read ? "read" : "write",
                sharing.find(',') != std::string::npos ? "s" : "", sharing.c_str());
}

CLI::App* addCommand(CLI::App* parent, const std::string& name, const std::string& help) {
    auto* command = parent->add_subcommand(name, help);
    std::string kebab = name;
    for (char& c : kebab)
        if (c == '_') c = '-';
    if (kebab != name) command->alias(kebab);
    return command;
}

void setup(CLI::App& app) {
    auto* efuse = app.add_subcommand("efuse", "espefuse commands on a board's eFuses");
    auto dir = std::make_shared<std::string>();
    efuse->add_option("dir", *dir, "Board folder")->required();
    efuse->add_flag("--do-not-confirm")->description("Accepted for espefuse compatibility (pyfw never prompts)");
    efuse->require_subcommand(1);

    addCommand(efuse, "summary", "Print a human-readable summary of the eFuses")->callback([dir] { summary(*dir); });

    auto burn = std::make_shared<BurnEfuseOptions>();
    auto* burnCommand = addCommand(efuse, "burn_efuse", "Burn the eFuse with the given name");
    burnCommand->add_option("name", burn->name, "eFuse name, e.g. FLASH_CRYPT_CNT")->required();
    burnCommand->add_option("value", burn->value, "New value (not needed for flags and FLASH_CRYPT_CNT)");
    burnCommand->callback([dir, burn] {
        burn->dir = *dir;
        burnEfuse(*burn);
    });

    auto key = std::make_shared<BurnKeyOptions>();
    auto* keyCommand = addCommand(efuse, "burn_key", "Burn a key into BLK1 (flash_encryption), BLK2 (secure_boot) or BLK3");
    keyCommand->add_option("block", key->block, "flash_encryption, secure_boot, BLK1, BLK2 or BLK3")->required();
    keyCommand->add_option("keyfile", key->keyFile, "Raw key file (32 bytes, 24 in 3/4 coding)")->required();
    keyCommand->add_flag("--no-protect-key", key->noProtect, "Leave the key block readable and writable");
    keyCommand->callback([dir, key] {
        key->dir = *dir;
        burnKey(*key);
    });

    for (bool read : {true, false}) {
        auto name = std::make_shared<std::string>();
        auto* command = addCommand(efuse, read ? "read_protect_efuse" : "write_protect_efuse",
                                   read ? "Disable software reads of an eFuse" : "Disable further writes to an eFuse");
        command->add_option("name", *name, "eFuse name")->required();
        command->callback([dir, name, read] { protect(*dir, *name, read); });
    }
}

CommandRegistration registration{"efuse", setup};

}  // namespace
}  // namespace pyfw::cli
