#include "port/flash_file_system.h"

#include <cerrno>

namespace pyfw::port {

namespace {

int errnoOf(const fs::FsError& error) { return int(error.code); }

template <typename T>
int64_t countOrError(const fs::FsResult<T>& result) {
    return result.ok() ? int64_t(*result) : -int64_t(errnoOf(result.error()));
}

class FlashFile final : public engine::File {
public:
    explicit FlashFile(fs::File file) : file_(std::move(file)) {}
    int64_t read(uint8_t* out, size_t size) override { return countOrError(file_.read({out, size})); }
    int64_t write(const uint8_t* data, size_t size) override { return countOrError(file_.write({data, size})); }
    int64_t seek(int64_t offset, int whence) override { return countOrError(file_.seek(offset, whence)); }
    int flush() override {
        auto status = file_.flush();
        return status.ok() ? 0 : errnoOf(status.error());
    }
    int close() override {
        auto status = file_.close();
        return status.ok() ? 0 : errnoOf(status.error());
    }

private:
    fs::File file_;
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
    auto file = volume_->open(path, flags);
    if (!file.ok()) {
        error = errnoOf(file.error());
        return nullptr;
    }
    return std::make_unique<FlashFile>(std::move(file).value());
}

int FlashFileSystem::stat(std::string_view path, engine::FileStat& out) {
    auto info = volume_->stat(path);
    if (!info.ok()) return errnoOf(info.error());
    out.isDirectory = info->type == fs::EntryType::Directory;
    out.size = info->size;
    out.modifiedSeconds = info->mtime;
    return 0;
}

int FlashFileSystem::listDir(std::string_view path, std::vector<engine::DirEntry>& out) {
    auto entries = volume_->list(path);
    if (!entries.ok()) return errnoOf(entries.error());
    for (const auto& entry : *entries)
        out.push_back({entry.name, entry.stat.type == fs::EntryType::Directory, entry.stat.size});
    return 0;
}

int FlashFileSystem::makeDir(std::string_view path) { return statusErrno(volume_->mkdir(path)); }
int FlashFileSystem::removeDir(std::string_view path) { return statusErrno(volume_->rmdir(path)); }
int FlashFileSystem::remove(std::string_view path) { return statusErrno(volume_->remove(path)); }
int FlashFileSystem::rename(std::string_view from, std::string_view to) { return statusErrno(volume_->rename(from, to)); }

int FlashFileSystem::statVolume(std::string_view, engine::VolumeStat& out) {
    auto usage = volume_->usage();
    if (!usage.ok()) return errnoOf(usage.error());
    out.blockSize = usage->clusterBytes;
    out.blocks = usage->totalClusters;
    out.freeBlocks = usage->freeClusters;
    out.nameMax = usage->nameMax;
    return 0;
}

}  // namespace pyfw::port
