// pyfw nvs gen|show: nvs_partition_gen.py and a reader for what it (or a board) wrote.
// `gen CSV OUT.bin --size 0x7000 --version v2` makes the same bytes as Espressif's generator;
// `show BIN` lists the pages, namespaces and values and what the runtime would repair.
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/nvs_listing.h"
#include "cli/toolchain_files.h"
#include "formats/nvs_csv.h"
#include "formats/nvs_generator.h"
#include "formats/nvs_reader.h"

namespace pyfw::cli {
namespace {

namespace nvs = formats::nvs;

struct GenArgs {
    std::string input, output, size = "0x7000", version = "v2";
};

void generate(const GenArgs& args) {
    uint64_t size = parseNumberOrFail(args.size, "--size");
    if (size > 0x1000000) throw CommandFailure("--size " + args.size + " is larger than any ESP32 flash", 2);
    if (args.version != "v1" && args.version != "v2") throw CommandFailure("--version must be v1 or v2", 2);
    auto rows = nvs::parseCsv(base::toString(readFileOrFail(args.input)));
    if (!rows.ok()) throw CommandFailure(args.input + ": " + rows.error().message, 2);
    auto load = [](const std::string& path) { return base::readFile(path); };
    auto items = nvs::csvItems(*rows, load);
    if (!items.ok()) throw CommandFailure(args.input + ": " + items.error().message, 2);
    auto version = args.version == "v1" ? nvs::PageVersion::V1 : nvs::PageVersion::V2;
    auto partition = nvs::generatePartition(*items, uint32_t(size), version);
    if (!partition.ok()) throw CommandFailure(args.input + ": " + partition.error().message, 2);
    writeFileOrFail(args.output, *partition);
    std::printf("Created NVS binary (page format %s, %u pages): %s\n", args.version.c_str(), unsigned(size / nvs::kPageSize),
                args.output.c_str());
}

struct ShowArgs {
    std::string input;
    bool json = false, check = false;
};

void show(const ShowArgs& args) {
    auto data = readFileOrFail(args.input);
    auto partition = nvs::readPartition(data);
    if (!partition.ok()) throw CommandFailure(args.input + ": " + partition.error().message, 2);
    if (args.json) std::printf("%s\n", nvsListingJson(*partition).dump(2).c_str());
    else std::fputs(nvsListingText(*partition).c_str(), stdout);
    if (args.check && !partition->problems.empty())
        throw CommandFailure(args.input + ": not a clean NVS partition (" + std::to_string(partition->problems.size()) +
                             " problems, listed above)", 1);
}

void setup(CLI::App& app) {
    auto* nvsCommand = app.add_subcommand("nvs", "ESP-IDF NVS partitions: generate from CSV (nvs_partition_gen.py), show");
    nvsCommand->require_subcommand(1);

    auto gen = std::make_shared<GenArgs>();
    auto* genCommand = nvsCommand->add_subcommand("gen", "Make an NVS partition from a CSV file, as nvs_partition_gen.py");
    genCommand->add_option("input,--input", gen->input, "CSV file: key,type,encoding,value")->required();
    genCommand->add_option("output,--output", gen->output, "Partition binary to write")->required();
    genCommand->add_option("--size", gen->size, "Partition size, a multiple of 4096 (the Pycom nvs partition: 0x7000)")
        ->capture_default_str();
    genCommand->add_option("--version", gen->version, "Page format: v1 (IDF v3.0/3.1) or v2 (multi-page blobs)")
        ->capture_default_str();
    genCommand->callback([gen] { generate(*gen); });

    auto showArgs = std::make_shared<ShowArgs>();
    auto* showCommand = nvsCommand->add_subcommand("show", "List the namespaces, keys and values of an NVS partition");
    showCommand->add_option("input", showArgs->input, "Partition binary")->required();
    showCommand->add_flag("--json", showArgs->json, "Print JSON");
    showCommand->add_flag("--check", showArgs->check, "Exit non-zero when the partition is not clean");
    showCommand->callback([showArgs] { show(*showArgs); });
}

CommandRegistration registration{"nvs", setup};

}  // namespace
}  // namespace pyfw::cli
