// The modules reach time, randomness, the console and files only through the interpreter's Host
// and the installed FileSystem, so a board (or a test) decides what they see.
#include <gtest/gtest.h>

#include <cerrno>

#include <cstring>
#include <map>
#include <string>

#include "engine/engine_test_helpers.h"
#include "engine/runtime/file_system.h"
#include "lib/standard_library.h"

namespace pyfw::lib {
namespace {

using engine::testing::CaptureHost;
using engine::testing::EngineTest;
using engine::DirEntry;
using engine::File;
using engine::FileStat;
using engine::OpenMode;
using engine::VolumeStat;

// Virtual time: sleeping advances the clock at once.
class VirtualClockHost : public CaptureHost {
public:
    uint64_t now = 4294967000000ull;   // near a 32-bit wrap of ticks_us
    int64_t epoch = 1700000000;
    uint64_t monotonicMicros() override { return now; }
    int64_t epochSeconds() override { return epoch + int64_t(now / 1000000); }
    void sleepMicros(uint64_t micros) override { now += micros; }
    std::optional<std::string> readLine() override {
        if (lines.empty()) return std::nullopt;
        std::string line = lines.front();
        lines.erase(lines.begin());
        return line;
    }
    std::vector<std::string> lines;
};

// A file system in memory, as a board's /flash would be.
class MemoryFileSystem : public engine::FileSystem {
public:
    std::map<std::string, std::string> files;

    class MemoryFile : public File {
    public:
        MemoryFile(std::string& data) : data_(data) {}
        int64_t read(uint8_t* out, size_t size) override {
            size_t n = std::min(size, data_.size() - std::min(position_, data_.size()));
            std::memcpy(out, data_.data() + position_, n);
            position_ += n;
            return int64_t(n);
        }
        int64_t write(const uint8_t* data, size_t size) override {
            data_.replace(position_, size, reinterpret_cast<const char*>(data), size);
            position_ += size;
            return int64_t(size);
        }
        int64_t seek(int64_t offset, int whence) override {
            int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(position_) : int64_t(data_.size());
            position_ = size_t(std::max<int64_t>(0, base + offset));
            return int64_t(position_);
        }
        int flush() override { return 0; }

    private:
        std::string& data_;
        size_t position_ = 0;
    };

    std::unique_ptr<File> open(std::string_view path, const OpenMode& mode, int& error) override {
        auto it = files.find(std::string(path));
        if (it == files.end()) {
            if (!mode.create) {
                error = 2;
                return nullptr;
            }
            it = files.emplace(std::string(path), "").first;
        }
        if (mode.truncate) it->second.clear();
        auto file = std::make_unique<MemoryFile>(it->second);
        if (mode.append) file->seek(0, 2);
        return file;
    }
    int stat(std::string_view path, FileStat& out) override {
        auto it = files.find(std::string(path));
        if (it == files.end()) return ENOENT;
        out = FileStat{.size = it->second.size()};
        return 0;
    }
    // Directories are not modelled here; the board's volume has them.
    int listDir(std::string_view, std::vector<DirEntry>&) override { return ENOTDIR; }
    int makeDir(std::string_view) override { return EPERM; }
    int removeDir(std::string_view) override { return ENOENT; }
    int remove(std::string_view path) override { return files.erase(std::string(path)) ? 0 : ENOENT; }
    int rename(std::string_view, std::string_view) override { return EPERM; }
    int statVolume(std::string_view, VolumeStat&) override { return EPERM; }
    std::string currentDir() override { return "/"; }
    int changeDir(std::string_view) override { return EPERM; }
};

class ModulesOnHost : public EngineTest {
protected:
    void SetUp() override {
        engine::InterpreterConfig config;
        config.heapBytes = 512 * 1024;
        config.host = &clock;
        config.files = &files;
        config.libraries = {&standardLibrary()};
        interpreter = std::make_unique<engine::Interpreter>(config);
    }

    std::string runOnClock(std::string_view source) {
        clock.out.clear();
        clock.err.clear();
        engine::RunResult r = engine::runMain(*interpreter, source, "<test>");
        EXPECT_EQ(r.exitCode, 0) << clock.err;
        return clock.out;
    }

    VirtualClockHost clock;
    MemoryFileSystem files;
};

TEST_F(ModulesOnHost, UtimeRunsOnTheHostClock) {
    EXPECT_EQ(runOnClock("import utime\n"
                         "t = utime.ticks_ms(); u = utime.ticks_us(); s = utime.time()\n"
                         "utime.sleep(3600)\n"
                         "utime.sleep_ms(250)\n"
                         "print(utime.ticks_diff(t, utime.ticks_ms()), utime.ticks_diff(u, utime.ticks_us()))\n"
                         "print(utime.time() - s, u > utime.ticks_us())\n"),
              "3600250 -694717296\n3600 True\n");
}

TEST_F(ModulesOnHost, ConsoleStreamsUseTheHostConsole) {
    clock.lines = {"first", "second"};
    EXPECT_EQ(runOnClock("import sys\n"
                         "sys.stdout.write('out ')\n"
                         "sys.stderr.write('err')\n"
                         "print(repr(sys.stdin.readline()), repr(sys.stdin.read(3)), repr(sys.stdin.read()))\n"),
              "out 'first\\n' 'sec' 'ond\\n'\n");
    EXPECT_EQ(clock.err, "err");
}

TEST_F(ModulesOnHost, RandomSeedsFromHostEntropy) {
    EXPECT_EQ(runOnClock("import urandom\nprint(0 <= urandom.getrandbits(32) < 2**32)\n"), "True\n");
}

TEST_F(ModulesOnHost, OpenUsesTheInterpretersFileSystem) {
    MemoryFileSystem& flash = files;
    flash.files["/flash/main.py"] = "print('hi')\n";
    std::string out = runOnClock("with open('/flash/main.py') as f: print(repr(f.read()))\n"
                                 "with open('/flash/log.txt', 'a') as f: f.write('one\\n')\n"
                                 "with open('/flash/log.txt', 'a') as f: f.write('two\\n')\n"
                                 "try:\n    open('/flash/missing')\nexcept OSError as e:\n    print(e.args[0])\n");
    EXPECT_EQ(out, "\"print('hi')\\n\"\n2\n");
    EXPECT_EQ(flash.files["/flash/log.txt"], "one\ntwo\n");
}

}  // namespace
}  // namespace pyfw::lib
