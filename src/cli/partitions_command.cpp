// pyfw partitions gen|show: gen_esp32part.py. `gen CSV OUT.bin` builds a binary table (IDF v3.0
// rules, as Pycom's 2018 firmware used; --idf-version 3.1 adds the MD5 entry), `gen BIN OUT.csv`
// converts back like gen_esp32part does, and `show BIN` prints the CSV.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/toolchain_files.h"
#include "formats/esp32_memory_map.h"
#include "formats/partition_csv.h"
#include "formats/partition_table.h"
#include "formats/pycom_layout.h"

namespace pyfw::cli {
namespace {

bool isBinaryTable(base::ByteView data) { return data.size() >= 2 && data[0] == 0xAA && data[1] == 0x50; }

std::optional<uint32_t> flashSizeOrFail(const std::string& text) {
    if (text.empty()) return std::nullopt;
    auto code = formats::valueNamed(formats::kFlashSizes, text);
    if (!code) throw CommandFailure("--flash-size \"" + text + "\" is not one of " + formats::namesOf(formats::kFlashSizes), 2);
    return uint32_t(1u << 20) << (*code >> 4);
}

formats::PartitionTable parseBinaryOrFail(const std::string& path, base::ByteView data) {
    auto table = formats::parsePartitionTable(data);
    if (!table.ok()) throw CommandFailure(path + ": " + table.error().message, 2);
    return std::move(table).value();
}

formats::PartitionTable parseCsvOrFail(const std::string& path, base::ByteView data, uint32_t firstOffset) {
    auto environment = [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        return value ? std::optional<std::string>(value) : std::nullopt;
    };
    auto table = formats::parsePartitionCsv(base::toString(data), environment, firstOffset);
    if (!table.ok()) throw CommandFailure(path + ": " + table.error().message, 2);
    return std::move(table).value();
}

struct GenArgs {
    std::string input, output, idfVersion = "3.0", flashSize, pycom, offset = "0x8000";
    bool disableMd5 = false, noVerify = false, quiet = false;
};

void generate(const GenArgs& args) {
    if (args.idfVersion != "3.0" && args.idfVersion != "3.1") throw CommandFailure("--idf-version must be 3.0 or 3.1", 2);
    auto flashSize = flashSizeOrFail(args.flashSize);
    // v3.0 let partitions start at 0x5000; v3.1 starts them after the table's own 4 KiB sector.
    uint64_t tableOffset = parseNumberOrFail(args.offset, "--offset");
    if (tableOffset % 0x1000 != 0 || tableOffset > 0xFFFF0000) throw CommandFailure("--offset must be 4 KiB aligned", 2);
    uint32_t firstOffset = args.idfVersion == "3.0" ? formats::kFirstPartitionOffset : uint32_t(tableOffset + 0x1000);
    formats::PartitionTable table;
    bool binaryInput = false;
    std::string source = args.input;
    if (!args.pycom.empty()) {
        auto pycom = formats::pycomPartitionTable(*flashSizeOrFail(args.pycom));
        if (!pycom.ok()) failWith(pycom.error());
        table = *pycom;
        source = "the Pycom layout";
    } else {
        base::Bytes data = readFileOrFail(args.input);
        binaryInput = isBinaryTable(data);
        table = binaryInput ? parseBinaryOrFail(args.input, data) : parseCsvOrFail(args.input, data, firstOffset);
    }
    if (!args.quiet) std::fprintf(stderr, "Parsing %s input...\n", binaryInput ? "binary partition" : "CSV");
    if (!args.noVerify) {
        if (!args.quiet) std::fprintf(stderr, "Verifying table...\n");
        auto status = formats::verifyPartitionTable(table, flashSize, firstOffset);
        if (!status.ok()) throw CommandFailure(source + ": " + status.error().message, 2);
    }
    if (binaryInput) {
        std::string csv = formats::formatPartitionCsv(table);
        if (args.output.empty() || args.output == "-") std::fputs(csv.c_str(), stdout);
        else writeFileOrFail(args.output, base::view(csv));
        return;
    }
    if (args.output.empty()) throw CommandFailure("give an output file for the binary table", 2);
    bool md5 = args.idfVersion == "3.1" && !args.disableMd5;
    auto binary = formats::serializePartitionTable(table, md5);
    if (!binary.ok()) throw CommandFailure(source + ": " + binary.error().message, 2);
    writeFileOrFail(args.output, *binary);
}

void addGen(CLI::App* partitions) {
    auto args = std::make_shared<GenArgs>();
    auto* cmd = partitions->add_subcommand("gen", "CSV -> binary partition table (or binary -> CSV)");
    cmd->add_option("input", args->input, "CSV or binary partition table");
    cmd->add_option("output", args->output, "Output file (CSV output goes to stdout when omitted)");
    cmd->add_option("--pycom", args->pycom, "Use the built-in Pycom layout for this flash size (4MB or 8MB)");
    cmd->add_option("--idf-version", args->idfVersion, "gen_esp32part rules: 3.0 (no MD5) or 3.1 (MD5 entry)")->capture_default_str();
    cmd->add_flag("--disable-md5sum", args->disableMd5, "Leave out the MD5 entry (3.1)");
    cmd->add_option("--offset,-o", args->offset, "Flash offset of the table (3.1: partitions start after it)")
        ->capture_default_str();
    cmd->add_option("--flash-size", args->flashSize, "Check that every partition fits in this flash size");
    cmd->add_flag("--no-verify", args->noVerify, "Do not check alignment and overlaps");
    cmd->add_flag("--quiet,-q", args->quiet, "No status messages");
    cmd->callback([args] {
        if (!args->pycom.empty() && !args->input.empty() && args->output.empty()) {
            // With --pycom the single positional is the output.
            args->output = args->input;
            args->input.clear();
        }
        if (args->pycom.empty() && args->input.empty()) throw CommandFailure("give an input CSV or binary table, or --pycom SIZE", 2);
        generate(*args);
    });
}

void addShow(CLI::App* partitions) {
    auto input = std::make_shared<std::string>();
    auto* cmd = partitions->add_subcommand("show", "Print a binary partition table as CSV");
    cmd->add_option("input", *input, "Binary partition table (a signature block after it is ignored)")->required();
    cmd->callback([input] {
        auto table = parseBinaryOrFail(*input, readFileOrFail(*input));
        std::fputs(formats::formatPartitionCsv(table).c_str(), stdout);
        if (table.hasMd5) std::fputs("# (with an MD5 entry, which matches)\n", stdout);
    });
}

CommandRegistration registration{"partitions", [](CLI::App& app) {
    auto* partitions = app.add_subcommand("partitions", "gen_esp32part.py: partition tables");
    partitions->require_subcommand(1);
    addGen(partitions);
    addShow(partitions);
}};

}  // namespace
}  // namespace pyfw::cli
