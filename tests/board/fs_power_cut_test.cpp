// Power cuts at every flash write (program or erase) of a /flash scenario: writing a new file
// (with a flush halfway), overwriting, appending, renaming, replacing by rename, removing, mkdir,
// rmdir, with the write in flight kept, dropped or torn, on a plain and on an encrypted LoPy. After
// each cut the board is powered again and its /flash must mount, check clean, hold every file as it
// was closed (the operation under way at the cut either done or not, nothing between), and still
// take new files.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <map>
#include <random>

#include "port/fs/board_volume.h"
#include "port/fs/volume_check.h"
#include "test_firmware.h"

using namespace pyfw;
using namespace pyfw::testing;
using namespace pyfw::port::fs;
using chip::PendingWrite;

namespace {

// The volume's tree: path -> content (nullopt for a directory).
using Tree = std::map<std::string, std::optional<base::Bytes>>;

constexpr int64_t kTime = 1700000000;

// Bytes that look like noise, from a seed.
base::Bytes patterned(size_t size, uint32_t seed) {
    std::mt19937 random(seed);
    base::Bytes out(size);
    for (auto& b : out) b = uint8_t(random());
    return out;
}

TimeSource fixedClock() {
    return [] { return kTime; };
}

VolumeStorage storageOf(chip::Board& board) {
    auto cipher = chipCipher(board.efuses());
    auto table = readPartitionTable(board.flash(), cipher);
    EXPECT_TRUE(table.ok()) << table.error().message;
    auto storage = volumeStorage(board.flash(), *locateVolume(*table), cipher);
    EXPECT_TRUE(storage.ok());
    return *storage;
}

FsStatus writeAll(File& file, const base::Bytes& data) {
    PYFW_TRY(file.write(data));
    return fsOk();
}

FsStatus put(Volume& volume, const std::string& path, const base::Bytes& data) {
    PYFW_ASSIGN(auto file, volume.open(path, *OpenFlags::fromMode("wb")));
    PYFW_TRY(writeAll(file, data));
    return file.close();
}

void readTree(Volume& volume, const std::string& dir, Tree& tree) {
    auto entries = volume.list(dir);
    ASSERT_TRUE(entries.ok()) << entries.error().message;
    for (const auto& entry : *entries) {
        std::string path = (dir == "/" ? "" : dir) + "/" + entry.name;
        if (entry.stat.type == EntryType::Directory) {
            tree[path] = std::nullopt;
            readTree(volume, path, tree);
            continue;
        }
        auto file = volume.open(path, *OpenFlags::fromMode("rb"));
        ASSERT_TRUE(file.ok()) << path << ": " << file.error().message;
        base::Bytes data(entry.stat.size);
        auto got = file->read(data);
        ASSERT_TRUE(got.ok() && *got == data.size()) << path;
        tree[path] = data;
    }
}

std::string describe(const Tree& tree) {
    std::string out;
    for (const auto& [path, content] : tree)
        out += path + (content ? " (" + std::to_string(content->size()) + " bytes)" : "/") + "\n";
    return out;
}

// One step of the scenario: what it does, and the trees a cut during it may leave besides the
// ones before and after it.
struct Step {
    std::string name;
    std::function<FsStatus(Volume&)> run;
    std::function<void(Tree&)> apply;
    std::vector<std::function<void(Tree&)>> partial;
};

struct Scenario {
    base::Bytes keep = patterned(3000, 1), config = patterned(700, 2), oldModule = patterned(2048, 3);
    base::Bytes oldMain = patterned(100, 4), data = patterned(20000, 5), newConfig = patterned(1500, 6);
    base::Bytes tail = patterned(5000, 7), log = patterned(300, 8);
    std::vector<Step> steps;

    // What the volume holds before the sweep.
    FsStatus setUp(Volume& v) const {
        PYFW_TRY(put(v, "/keep.txt", keep));
        PYFW_TRY(put(v, "/config.json", config));
        PYFW_TRY(put(v, "/main.py", oldMain));
        PYFW_TRY(v.mkdir("/lib"));
        PYFW_TRY(v.mkdir("/tmp"));
        return put(v, "/lib/old.py", oldModule);
    }
    Tree initial() const {
        return {{"/keep.txt", keep}, {"/config.json", config}, {"/main.py", oldMain},
                {"/lib", std::nullopt}, {"/tmp", std::nullopt}, {"/lib/old.py", oldModule}};
    }

    Scenario() {
        auto firstPart = base::Bytes(data.begin(), data.begin() + 12000);
        steps.push_back({"write a new file, flushed halfway",
                         [this](Volume& v) -> FsStatus {
                             PYFW_ASSIGN(auto file, v.open("/data.bin", *OpenFlags::fromMode("wb")));
                             PYFW_TRY(file.write(base::ByteView(data).first(5000)));
                             PYFW_TRY(file.write(base::ByteView(data).subspan(5000, 7000)));
                             PYFW_TRY(file.flush());
                             PYFW_TRY(file.write(base::ByteView(data).subspan(12000)));
                             return file.close();
                         },
                         [this](Tree& t) { t["/data.bin"] = data; },
                         {[firstPart](Tree& t) { t["/data.bin"] = firstPart; }}});
        steps.push_back({"overwrite a file",
                         [this](Volume& v) { return put(v, "/config.json", newConfig); },
                         [this](Tree& t) { t["/config.json"] = newConfig; },
                         {}});
        steps.push_back({"append to a file",
                         [this](Volume& v) -> FsStatus {
                             PYFW_ASSIGN(auto file, v.open("/keep.txt", *OpenFlags::fromMode("ab")));
                             PYFW_TRY(writeAll(file, tail));
                             return file.close();
                         },
                         [this](Tree& t) {
                             auto grown = keep;
                             grown.insert(grown.end(), tail.begin(), tail.end());
                             t["/keep.txt"] = grown;
                         },
                         {}});
        steps.push_back({"rename into a directory, with a long name",
                         [](Volume& v) { return v.rename("/data.bin", "/lib/Collected Data Of Today.bin"); },
                         [](Tree& t) {
                             t["/lib/Collected Data Of Today.bin"] = t["/data.bin"];
                             t.erase("/data.bin");
                         },
                         {}});
        steps.push_back({"remove a file",
                         [](Volume& v) { return v.remove("/lib/old.py"); },
                         [](Tree& t) { t.erase("/lib/old.py"); },
                         {}});
        steps.push_back({"mkdir and write a file in it",
                         [this](Volume& v) -> FsStatus {
                             PYFW_TRY(v.mkdir("/logs"));
                             return put(v, "/logs/boot.log", log);
                         },
                         [this](Tree& t) {
                             t["/logs"] = std::nullopt;
                             t["/logs/boot.log"] = log;
                         },
                         {[](Tree& t) { t["/logs"] = std::nullopt; }}});
        steps.push_back({"replace a file by renaming another over it",
                         [](Volume& v) { return v.rename("/config.json", "/main.py"); },
                         [](Tree& t) {
                             t["/main.py"] = t["/config.json"];
                             t.erase("/config.json");
                         },
                         {}});
        steps.push_back({"rmdir", [](Volume& v) { return v.rmdir("/tmp"); }, [](Tree& t) { t.erase("/tmp"); }, {}});
    }

    // The trees a cut during step `k` may leave.
    std::vector<Tree> allowed(size_t k) const {
        Tree before = initial();
        for (size_t i = 0; i < k; ++i) steps[i].apply(before);
        std::vector<Tree> out{before};
        Tree after = before;
        steps[k].apply(after);
        out.push_back(after);
        for (const auto& partial : steps[k].partial) {
            Tree middle = before;
            partial(middle);
            out.push_back(middle);
        }
        return out;
    }
};

struct SweepBoard {
    chip::Board board;
    std::vector<uint64_t> stepEnds;   // flash writes made by the end of each step, uncut
};

// A board with the firmware flashed and /flash set up, and the write counts of an uncut run.
SweepBoard prepare(chip::Board board, const Scenario& scenario) {
    {
        auto storage = storageOf(board);
        EXPECT_TRUE(Volume::format(storage, fixedClock()).ok());
        auto volume = Volume::mount(storage, {fixedClock()});
        EXPECT_TRUE(volume.ok());
        EXPECT_TRUE(scenario.setUp(**volume).ok());
        EXPECT_TRUE((*volume)->unmount().ok());
    }
    SweepBoard out{copyBoard(board), {}};
    auto run = copyBoard(board);
    auto volume = Volume::mount(storageOf(run), {fixedClock()});
    EXPECT_TRUE(volume.ok());
    for (const auto& step : scenario.steps) {
        auto status = step.run(**volume);
        EXPECT_TRUE(status.ok()) << step.name << ": " << status.error().message;
        out.stepEnds.push_back(run.powerCut().writesSeen());
    }
    return out;
}

size_t stepAt(const SweepBoard& sweep, uint64_t write) {
    size_t k = 0;
    while (k + 1 < sweep.stepEnds.size() && write > sweep.stepEnds[k]) ++k;
    return k;
}

// A copy of the sweep's board with the scenario cut at write n.
chip::Board cutScenario(const SweepBoard& sweep, const Scenario& scenario, uint64_t n, PendingWrite fate) {
    auto board = copyBoard(sweep.board);
    auto volume = Volume::mount(storageOf(board), {fixedClock()});
    EXPECT_TRUE(volume.ok());
    board.powerCut().armAt(n, fate, uint32_t(n));
    for (const auto& step : scenario.steps)
        if (!step.run(**volume).ok()) break;
    EXPECT_TRUE(board.powerLost());
    volume->reset();
    board.restorePower();
    return board;
}

// The board after a cut during step k: mounts, checks clean, holds one of the trees the step may
// leave, and still takes a new file.
void expectRecovered(chip::Board& board, const Scenario& scenario, size_t k) {
    auto storage = storageOf(board);
    auto volume = Volume::mount(storage, {fixedClock()});
    ASSERT_TRUE(volume.ok()) << volume.error().message;
    auto check = checkVolume(storage.fat);
    ASSERT_TRUE(check.ok());
    for (const auto& problem : check->problems) ADD_FAILURE() << problem;
    Tree tree;
    readTree(**volume, "/", tree);
    auto allowed = scenario.allowed(k);
    ASSERT_TRUE(std::find(allowed.begin(), allowed.end(), tree) != allowed.end())
        << "during \"" << scenario.steps[k].name << "\" the volume holds:\n" << describe(tree)
        << "expected before:\n" << describe(allowed[0]) << "or after:\n" << describe(allowed[1]);
    ASSERT_TRUE(put(**volume, "/after the cut.txt", patterned(1500, 9)).ok());
    ASSERT_TRUE((*volume)->unmount().ok());
    auto again = checkVolume(storage.fat);
    ASSERT_TRUE(again.ok() && again->problems.empty());
}

void sweepAll(const SweepBoard& sweep, const Scenario& scenario, PendingWrite fate) {
    uint64_t total = sweep.stepEnds.back();
    ASSERT_GT(total, 50u);
    std::printf("sweeping %llu flash writes (%s)\n", (unsigned long long)total, std::string(chip::pendingWriteName(fate)).c_str());
    for (uint64_t n = 1; n <= total; ++n) {
        SCOPED_TRACE("cut at write " + std::to_string(n) + " of " + std::to_string(total) + " (" +
                     std::string(chip::pendingWriteName(fate)) + ")");
        auto board = cutScenario(sweep, scenario, n, fate);
        expectRecovered(board, scenario, stepAt(sweep, n));
        if (::testing::Test::HasFatalFailure()) return;
    }
}

const SecureKeys& keys() {
    static const SecureKeys k = makeKeys(7);
    return k;
}

SweepBoard plainLopy(const Scenario& scenario) {
    auto board = newBoard("lopy");
    flashPlain(board, buildFirmware(board.flash().size(), nullptr));
    return prepare(std::move(board), scenario);
}

SweepBoard encryptedLopy(const Scenario& scenario) {
    auto board = newBoard("lopy");
    provisionSecure(board, buildFirmware(board.flash().size(), &keys()));
    return prepare(std::move(board), scenario);
}

}  // namespace

struct SweepCase {
    bool encrypted;
    PendingWrite fate;
};

class FsPowerCutSweep : public ::testing::TestWithParam<SweepCase> {};

TEST_P(FsPowerCutSweep, EveryWrite) {
    Scenario scenario;
    auto sweep = GetParam().encrypted ? encryptedLopy(scenario) : plainLopy(scenario);
    sweepAll(sweep, scenario, GetParam().fate);
}

INSTANTIATE_TEST_SUITE_P(FsPowerCut, FsPowerCutSweep,
                         ::testing::Values(SweepCase{false, PendingWrite::Kept}, SweepCase{false, PendingWrite::Dropped},
                                           SweepCase{false, PendingWrite::Torn}, SweepCase{true, PendingWrite::Kept},
                                           SweepCase{true, PendingWrite::Dropped}, SweepCase{true, PendingWrite::Torn}),
                         [](const auto& info) {
                             return std::string(info.param.encrypted ? "Encrypted" : "Plain") +
                                    std::string(chip::pendingWriteName(info.param.fate));
                         });

// A cut while the mount copies a committed transaction into place: the next mount copies it again.
TEST(FsPowerCut, ACutDuringRecoveryIsRecoveredToo) {
    Scenario scenario;
    auto sweep = plainLopy(scenario);
    uint64_t recoveriesCut = 0;
    for (uint64_t n = 1; n <= sweep.stepEnds.back(); ++n) {
        auto cut = cutScenario(sweep, scenario, n, PendingWrite::Dropped);
        auto counting = copyBoard(cut);
        (void)Volume::mount(storageOf(counting), {fixedClock()});
        uint64_t recoveryWrites = counting.powerCut().writesSeen();
        for (uint64_t m = 1; m <= recoveryWrites; ++m) {
            SCOPED_TRACE("scenario cut at write " + std::to_string(n) + ", recovery cut at its write " + std::to_string(m));
            auto board = copyBoard(cut);
            auto storage = storageOf(board);
            board.powerCut().armAt(m, PendingWrite::Torn, uint32_t(m));
            EXPECT_FALSE(Volume::mount(storage, {fixedClock()}).ok());
            board.restorePower();
            expectRecovered(board, scenario, stepAt(sweep, n));
            ++recoveriesCut;
            if (::testing::Test::HasFatalFailure()) return;
        }
    }
    std::printf("cut %llu recoveries\n", (unsigned long long)recoveriesCut);
    EXPECT_GT(recoveriesCut, 20u);
}

TEST(FsPowerCut, NoFileContentInPlaintextOnAnEncryptedBoard) {
    Scenario scenario;
    auto sweep = encryptedLopy(scenario);
    auto board = copyBoard(sweep.board);
    auto volume = Volume::mount(storageOf(board), {fixedClock()});
    ASSERT_TRUE(volume.ok());
    std::string marker = "PYFW-FLASH-FILE-CONTENT";
    std::string text;
    while (text.size() < 9000) text += marker + " ";
    ASSERT_TRUE(put(**volume, "/marker.txt", base::toBytes(text)).ok());
    for (const auto& step : scenario.steps) ASSERT_TRUE(step.run(**volume).ok());
    ASSERT_TRUE((*volume)->unmount().ok());
    EXPECT_FALSE(contains(board.flash().contents(), marker));
    EXPECT_FALSE(contains(board.flash().contents(), "Collected"));
    // Noise-like data (the scenario's files) cannot be searched for whole: look for a 16-byte piece
    // of each.
    for (const auto& content : {scenario.keep, scenario.data, scenario.newConfig}) {
        std::string piece(content.begin() + 32, content.begin() + 48);
        EXPECT_FALSE(contains(board.flash().contents(), piece));
    }
}
