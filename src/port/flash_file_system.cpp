#include "port/flash_file_system.h"

#include <cerrno>

namespace pyfw::port {

namespace {

int errnoOf(const fs::FsError& error) { return int(error.code); }

template <typename T>
int64_t countOrError(const fs::FsResult<T>& result) {
    return result.ok() ? int64_t(*result) : -int64_t(errnoOf(result.error()));
}

using Guard = std::lock_guard<std::recursive_mutex>;

class FlashFile final : public engine::File {
public:
    FlashFile(fs::File file, std::recursive_mutex& mutex) : file_(std::move(file)), mutex_(mutex) {}
    ~FlashFile() override {
        Guard guard(mutex_);
        (void)file_.close();   // here, under the lock, rather than in fs::File's destructor
    }
    int64_t read(uint8_t* out, size_t size) override {
        Guard guard(mutex_);
        return countOrError(file_.read({out, size}));
    }
    int64_t write(const uint8_t* data, size_t size) override {
        Guard guard(mutex_);
        return countOrError(file_.write({data, size}));
    }
    int64_t seek(int64_t offset, int whence) override {
        Guard guard(mutex_);
        return countOrError(file_.seek(offset, whence));
    }
    int flush() override {
        Guard guard(mutex_);
        auto status = file_.flush();
        return status.ok() ? 0 : errnoOf(status.error());
    }
    int close() override {
        Guard guard(mutex_);
        auto status = file_.close();
        return status.ok() ? 0 : errnoOf(status.error());
    }

private:
    fs::File file_;
    std::recursive_mutex& mutex_;
};

int statusErrno(const fs::FsStatus& status) { return status.ok() ? 0 : errnoOf(status.error()); }

}  // namespace

std::unique_ptr<engine::File> FlashFileSystem::open(std::string_view path, const engine::OpenMode& mode, int& error) {
    fs::OpenFlags flags;
    flags.read = mode.read;
    flags.write = mode.write;
    flags.append = mode.append;
    flags.create = mode.create;
    flags.truncate = mode.truncate;
    flags.exclusive = mode.exclusive;
    Guard guard(mutex_);
    auto file = volume_->open(path, flags);
    if (!file.ok()) {
        error = errnoOf(file.error());
        return nullptr;
    }
    return std::make_unique<FlashFile>(std::move(file).value(), mutex_);
}

int FlashFileSystem::stat(std::string_view path, engine::FileStat& out) {
    Guard guard(mutex_);
    auto info = volume_->stat(path);
    if (!info.ok()) return errnoOf(info.error());
    out.isDirectory = info->type == fs::EntryType::Directory;
    out.size = info->size;
    out.modifiedSeconds = info->mtime;
    return 0;
}

int FlashFileSystem::listDir(std::string_view path, std::vector<engine::DirEntry>& out) {
    Guard guard(mutex_);
    auto entries = volume_->list(path);
    if (!entries.ok()) return errnoOf(entries.error());
    for (const auto& entry : *entries)
        out.push_back({entry.name, entry.stat.type == fs::EntryType::Directory, entry.stat.size});
    return 0;
}

int FlashFileSystem::makeDir(std::string_view path) {
    Guard guard(mutex_);
    return statusErrno(volume_->mkdir(path));
}

int FlashFileSystem::removeDir(std::string_view path) {
    Guard guard(mutex_);
    return statusErrno(volume_->rmdir(path));
}

int FlashFileSystem::remove(std::string_view path) {
    Guard guard(mutex_);
    return statusErrno(volume_->remove(path));
}

int FlashFileSystem::rename(std::string_view from, std::string_view to) {
    Guard guard(mutex_);
    return statusErrno(volume_->rename(from, to));
}

int FlashFileSystem::statVolume(std::string_view, engine::VolumeStat& out) {
    Guard guard(mutex_);
    auto usage = volume_->usage();
    if (!usage.ok()) return errnoOf(usage.error());
    out.blockSize = usage->clusterBytes;
    out.blocks = usage->totalClusters;
    out.freeBlocks = usage->freeClusters;
    out.nameMax = usage->nameMax;
    return 0;
}

}  // namespace pyfw::port
