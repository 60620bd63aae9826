// pyfw fs DIR ls|cat|get|put|rm|mkdir|rmdir|mv|df|check|format: the board's /flash, offline, through
// the same file-system code the firmware runs (journal recovery included), and through the flash
// encryption of a board whose key the owner holds.
#include <cstdio>
#include <ctime>

#include "base/file.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/power_cut_options.h"
#include "formats/pycom_layout.h"
#include "port/fs/board_volume.h"
#include "port/fs/volume_check.h"

namespace pyfw::cli {
namespace {

namespace fs = port::fs;

struct FsOptions {
    std::string dir;
    std::string keyFile;
    PowerCutOptions cut;
};

int64_t hostTime() { return int64_t(std::time(nullptr)); }

// One open board with its volume's storage found and the power-cut options armed. The storage
// points into the board's flash, so a BoardFs stays where it was made.
struct BoardFs {
    BoardFs(chip::Board opened, const FsOptions& opts) : board(std::move(opened)), options(opts) {}
    BoardFs(const BoardFs&) = delete;

    chip::Board board;
    const FsOptions& options;
    fs::VolumeStorage storage{*fs::FlashRegion::create(board.flash(), 0, fs::kBlockSize, std::nullopt), std::nullopt};

    [[noreturn]] void fail(const fs::FsError& error) const {
        if (board.powerLost()) options.cut.reportCut();
        throw CommandFailure(error.message + " (" + std::string(fs::errnoName(error.code)) + ")", 2);
    }
    template <typename T>
    T check(fs::FsResult<T> result) const {
        if (!result.ok()) fail(result.error());
        return std::move(result).value();
    }
    void check(const fs::FsStatus& status) const {
        if (!status.ok()) fail(status.error());
    }
};

std::unique_ptr<BoardFs> openBoardFs(const FsOptions& options) {
    auto target = std::make_unique<BoardFs>(openBoardOrFail(options.dir), options);
    auto& board = target->board;
    std::optional<base::Bytes> key;
    if (!options.keyFile.empty()) {
        auto bytes = base::readFile(options.keyFile);
        if (!bytes.ok()) failWith(bytes.error());
        key = std::move(*bytes);
        if (!board.efuses().flashEncryptionEnabled())
            std::fprintf(stderr, "pyfw: the board does not encrypt its flash; --keyfile is not used\n");
    }
    auto cipher = fs::ownerCipher(board.efuses(), key);
    if (!cipher.ok()) throw CommandFailure(cipher.error().message, 2);
    auto table = fs::readPartitionTable(board.flash(), *cipher);
    formats::PartitionTable layout;
    if (table.ok()) {
        layout = std::move(*table);
    } else if (table.error().code == fs::Errno::NoDevice) {
        auto pycom = formats::pycomPartitionTable(board.flash().size());
        if (!pycom.ok()) failWith(pycom.error());
        layout = std::move(*pycom);
        std::fprintf(stderr, "pyfw: the board has no partition table yet: using the Pycom layout\n");
    } else {
        throw CommandFailure(table.error().message, 2);
    }
    auto location = fs::locateVolume(layout);
    if (!location.ok()) throw CommandFailure(location.error().message, 2);
    auto storage = fs::volumeStorage(board.flash(), *location, *cipher);
    if (!storage.ok()) throw CommandFailure(storage.error().message, 2);
    target->storage = std::move(*storage);
    options.cut.arm(board);
    return target;
}

// Mounts /flash; a blank partition is formatted first (as the firmware does on its first start),
// a damaged one is refused: formatting it is the owner's decision (`pyfw fs DIR format`).
std::unique_ptr<fs::Volume> mountOrFormat(BoardFs& target) {
    fs::MountReport report;
    auto volume = fs::Volume::mount(target.storage, {hostTime}, &report);
    if (!volume.ok() && volume.error().code == fs::Errno::NoDevice) {
        if (target.board.powerLost()) target.options.cut.reportCut();
        auto blank = target.storage.fat.erased();
        if (!blank.ok() || !*blank)
            throw CommandFailure(volume.error().message + "; `pyfw fs " + target.options.dir +
                                     " format` makes a new, empty one (everything in it is lost)", 2);
        target.check(fs::Volume::format(target.storage, hostTime));
        volume = fs::Volume::mount(target.storage, {hostTime}, &report);
        if (volume.ok()) {
            auto usage = target.check((*volume)->usage());
            std::fprintf(stderr, "pyfw: /flash had no file system: formatted it (%s, %llu KiB free)\n",
                         (*volume)->describe().fatType.c_str(), (unsigned long long)usage.freeBytes() / 1024);
        }
    }
    if (!volume.ok()) target.fail(volume.error());
    if (report.replayedBlocks)
        std::fprintf(stderr, "pyfw: finished a change a power cut had interrupted (%u blocks)\n", report.replayedBlocks);
    return std::move(*volume);
}

std::string formatTime(int64_t seconds) {
    std::time_t t = std::time_t(seconds);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &parts);
    return text;
}

void printEntry(const std::string& name, const fs::FileStat& stat) {
    bool dir = stat.type == fs::EntryType::Directory;
    std::printf("%9s  %s  %s%s\n", dir ? "<dir>" : std::to_string(stat.size).c_str(), formatTime(stat.mtime).c_str(),
                name.c_str(), dir ? "/" : "");
}

std::string joinPath(const std::string& dir, const std::string& name) {
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

void listCommand(BoardFs& target, fs::Volume& volume, const std::string& path) {
    auto stat = target.check(volume.stat(path));
    if (stat.type == fs::EntryType::File) return printEntry(path, stat);
    for (const auto& entry : target.check(volume.list(path))) printEntry(entry.name, entry.stat);
}

base::Bytes readWhole(BoardFs& target, fs::Volume& volume, const std::string& path) {
    auto file = target.check(volume.open(path, *fs::OpenFlags::fromMode("rb")));
    base::Bytes data(target.check(file.size()));
    size_t got = target.check(file.read(data));
    data.resize(got);
    target.check(file.close());
    return data;
}

void putCommand(BoardFs& target, fs::Volume& volume, const std::string& local, std::string path) {
    auto data = base::readFile(local);
    if (!data.ok()) failWith(data.error());
    std::string name = std::filesystem::path(local).filename().string();
    if (path.empty()) path = "/" + name;
    auto existing = volume.stat(path);
    if (existing.ok() && existing->type == fs::EntryType::Directory) path = joinPath(path, name);
    auto file = target.check(volume.open(path, *fs::OpenFlags::fromMode("wb")));
    target.check(file.write(*data));
    target.check(file.close());
    std::printf("%s -> %s (%zu bytes)\n", local.c_str(), path.c_str(), data->size());
}

void checkCommand(BoardFs& target) {
    auto result = target.check(fs::checkVolume(target.storage.fat));
    for (const auto& problem : result.problems) std::printf("problem: %s\n", problem.c_str());
    std::printf("%u files, %u directories, %u clusters used: %s\n", result.files, result.directories,
                result.usedClusters, result.problems.empty() ? "clean" : "damaged");
    if (!result.problems.empty()) throw CommandFailure("the volume has " + std::to_string(result.problems.size()) + " problems", 1);
}

void usageCommand(BoardFs& target, fs::Volume& volume) {
    auto usage = target.check(volume.usage());
    auto description = volume.describe();
    std::printf("%s, %u-byte clusters, %u clusters, %u free (%llu KiB); journal: %s\n", description.fatType.c_str(),
                usage.clusterBytes, usage.totalClusters, usage.freeClusters, (unsigned long long)usage.freeBytes() / 1024,
                description.journaled ? (std::to_string(description.journalBlocks) + " blocks").c_str() : "none");
}

// Runs `action` on the mounted volume, then unmounts (which commits) and reports the power cut.
template <typename Action>
void withVolume(const FsOptions& options, Action action) {
    auto target = openBoardFs(options);
    auto volume = mountOrFormat(*target);
    action(*target, *volume);
    target->check(volume->unmount());
    options.cut.reportUnreached(target->board);
}

void addPathCommand(CLI::App* fsCmd, std::shared_ptr<FsOptions> options, const std::string& name, const std::string& help,
                    std::function<void(BoardFs&, fs::Volume&, const std::string&)> each) {
    auto paths = std::make_shared<std::vector<std::string>>();
    auto* command = fsCmd->add_subcommand(name, help);
    command->add_option("paths", *paths, "Paths on /flash, e.g. /lib/x.py")->required();
    command->fallthrough();
    command->callback([options, paths, each] {
        withVolume(*options, [&](BoardFs& target, fs::Volume& volume) {
            for (const auto& path : *paths) each(target, volume, path);
        });
    });
}

void setup(CLI::App& app) {
    auto options = std::make_shared<FsOptions>();
    auto* fsCmd = app.add_subcommand("fs", "Read and write a board's /flash file system offline");
    fsCmd->add_option("dir", options->dir, "Board folder")->required();
    fsCmd->add_option("--keyfile", options->keyFile,
                      "The flash encryption key, for a board whose key block is read-protected");
    options->cut.add(fsCmd);
    fsCmd->require_subcommand(1);

    auto listPath = std::make_shared<std::string>("/");
    auto* ls = fsCmd->add_subcommand("ls", "List a directory (default /) or show a file");
    ls->add_option("path", *listPath, "Path on /flash");
    ls->fallthrough();
    ls->callback([options, listPath] {
        withVolume(*options, [&](BoardFs& target, fs::Volume& volume) { listCommand(target, volume, *listPath); });
    });

    addPathCommand(fsCmd, options, "cat", "Print files", [](BoardFs& target, fs::Volume& volume, const std::string& path) {
        auto data = readWhole(target, volume, path);
        std::fwrite(data.data(), 1, data.size(), stdout);
    });

    auto get = std::make_shared<std::pair<std::string, std::string>>();
    auto* getCmd = fsCmd->add_subcommand("get", "Copy a file from /flash to the host");
    getCmd->add_option("path", get->first, "Path on /flash")->required();
    getCmd->add_option("local", get->second, "Host file (default: the file's name, here)");
    getCmd->fallthrough();
    getCmd->callback([options, get] {
        withVolume(*options, [&](BoardFs& target, fs::Volume& volume) {
            auto data = readWhole(target, volume, get->first);
            std::string local = get->second.empty() ? std::filesystem::path(get->first).filename().string() : get->second;
            auto written = base::writeFileAtomically(local, data);
            if (!written.ok()) failWith(written.error());
            std::printf("%s -> %s (%zu bytes)\n", get->first.c_str(), local.c_str(), data.size());
        });
    });

    auto put = std::make_shared<std::pair<std::string, std::string>>();
    auto* putCmd = fsCmd->add_subcommand("put", "Copy a host file onto /flash (replacing a file of that name)");
    putCmd->add_option("local", put->first, "Host file")->required();
    putCmd->add_option("path", put->second, "Path or directory on /flash (default: /NAME)");
    putCmd->fallthrough();
    putCmd->callback([options, put] {
        withVolume(*options, [&](BoardFs& target, fs::Volume& volume) { putCommand(target, volume, put->first, put->second); });
    });

    addPathCommand(fsCmd, options, "rm", "Remove files", [](BoardFs& target, fs::Volume& volume, const std::string& path) {
        target.check(volume.remove(path));
    });
    addPathCommand(fsCmd, options, "mkdir", "Make directories", [](BoardFs& target, fs::Volume& volume, const std::string& path) {
        target.check(volume.mkdir(path));
    });
    addPathCommand(fsCmd, options, "rmdir", "Remove empty directories",
                   [](BoardFs& target, fs::Volume& volume, const std::string& path) { target.check(volume.rmdir(path)); });

    auto move = std::make_shared<std::pair<std::string, std::string>>();
    auto* mv = fsCmd->add_subcommand("mv", "Rename or move a file or directory (replacing a file at the target)");
    mv->add_option("from", move->first)->required();
    mv->add_option("to", move->second)->required();
    mv->fallthrough();
    mv->callback([options, move] {
        withVolume(*options, [&](BoardFs& target, fs::Volume& volume) { target.check(volume.rename(move->first, move->second)); });
    });

    auto* df = fsCmd->add_subcommand("df", "Show the volume's size and free space");
    df->fallthrough();
    df->callback([options] { withVolume(*options, usageCommand); });

    auto* check = fsCmd->add_subcommand("check", "Check the volume's consistency (after finishing an interrupted change)");
    check->fallthrough();
    check->callback([options] {
        withVolume(*options, [](BoardFs& target, fs::Volume& volume) {
            target.check(volume.sync());
            checkCommand(target);
        });
    });

    auto* format = fsCmd->add_subcommand("format", "Make a new, empty /flash (everything on it is lost)");
    format->fallthrough();
    format->callback([options] {
        auto target = openBoardFs(*options);
        target->check(fs::Volume::format(target->storage, hostTime));
        auto volume = target->check(fs::Volume::mount(target->storage, {hostTime}));
        usageCommand(*target, *volume);
        target->check(volume->unmount());
        options->cut.reportUnreached(target->board);
    });
}

CommandRegistration registration{"fs", setup};

}  // namespace
}  // namespace pyfw::cli
