// sys.stdin, sys.stdout and sys.stderr: text streams over the interpreter's host console (the
// terminal under `pyfw run`, the UART/telnet REPL on a board).
#include <algorithm>
#include <string>

#include "engine/native.h"
#include "engine/runtime/host.h"
#include "engine/runtime/module.h"
#include "lib/io_types.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

constexpr int kIllegalSeek = 29;   // ESPIPE
constexpr int kBadFile = 9;        // EBADF

enum class Channel { In, Out, Err };

class ConsoleFile : public File {
public:
    ConsoleFile(Host& host, Channel channel) : host_(host), channel_(channel) {}

    // The console delivers lines; a line is handed out in pieces as the reader asks.
    int64_t read(uint8_t* out, size_t size) override {
        if (channel_ != Channel::In) return -kBadFile;
        if (position_ == pending_.size()) {
            auto line = host_.readLine();
            if (!line) return 0;
            pending_ = std::move(*line) + '\n';
            position_ = 0;
        }
        size_t count = std::min(size, pending_.size() - position_);
        pending_.copy(reinterpret_cast<char*>(out), count, position_);
        position_ += count;
        return int64_t(count);
    }

    int64_t write(const uint8_t* data, size_t size) override {
        std::string_view text(reinterpret_cast<const char*>(data), size);
        if (channel_ == Channel::Out) host_.writeOut(text);
        else if (channel_ == Channel::Err) host_.writeErr(text);
        else return -kBadFile;
        return int64_t(size);
    }

    int64_t seek(int64_t, int) override { return -kIllegalSeek; }

    int flush() override {
        host_.flush();
        return 0;
    }

private:
    Host& host_;
    Channel channel_;
    std::string pending_;
    size_t position_ = 0;
};

void addStdio(ModuleObject* sys) {
    Host& console = host();
    moduleSet(sys, "stdin", newFileStream(std::make_unique<ConsoleFile>(console, Channel::In), true, false));
    moduleSet(sys, "stdout", newFileStream(std::make_unique<ConsoleFile>(console, Channel::Out), true, true));
    moduleSet(sys, "stderr", newFileStream(std::make_unique<ConsoleFile>(console, Channel::Err), true, true));
}

}  // namespace

void addStdioToSys(ModuleObject* sys) { addStdio(sys); }

}  // namespace pyfw::lib
