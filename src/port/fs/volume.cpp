// The public Volume and File: each call takes the volume's lock and runs the core's operation.
#include "port/fs/volume.h"

#include "port/fs/volume_core.h"

namespace pyfw::port::fs {

using Lock = std::lock_guard<std::mutex>;

std::optional<OpenFlags> OpenFlags::fromMode(std::string_view mode) {
    OpenFlags flags;
    int kinds = 0;
    for (char c : mode) {
        switch (c) {
        case 'r': flags.read = true; ++kinds; break;
        case 'w': flags.write = flags.create = flags.truncate = true; ++kinds; break;
        case 'a': flags.write = flags.create = flags.append = true; ++kinds; break;
        case 'x': flags.write = flags.create = flags.exclusive = true; ++kinds; break;
        case '+': flags.read = flags.write = true; break;
        case 'b': case 't': break;
        default: return std::nullopt;
        }
    }
    if (kinds != 1) return std::nullopt;
    return flags;
}

// --- File ---

File::File(std::shared_ptr<detail::VolumeCore> core, std::shared_ptr<detail::OpenFile> handle)
    : core_(std::move(core)), handle_(std::move(handle)) {}
File::File(File&&) noexcept = default;
File& File::operator=(File&& other) noexcept {
    if (this != &other) {
        (void)close();
        core_ = std::move(other.core_);
        handle_ = std::move(other.handle_);
    }
    return *this;
}
File::~File() { (void)close(); }

FsResult<size_t> File::read(std::span<uint8_t> out) {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    return core_->read(*handle_, out);
}

FsResult<size_t> File::write(std::span<const uint8_t> data) {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    return core_->write(*handle_, data);
}

FsResult<uint64_t> File::seek(int64_t offset, int whence) {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    return core_->seek(*handle_, offset, whence);
}

FsResult<uint64_t> File::tell() const {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    PYFW_TRY(core_->checkHandle(*handle_));
    return handle_->position;
}

FsResult<uint64_t> File::size() const {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    PYFW_TRY(core_->checkHandle(*handle_));
    return uint64_t(handle_->node->size);
}

FsStatus File::flush() {
    if (!handle_) return fsFail(Errno::BadFile, "the file is closed");
    Lock lock(core_->mutex);
    PYFW_TRY(core_->checkHandle(*handle_));
    return core_->commit();
}

FsStatus File::close() {
    if (!handle_) return fsOk();
    FsStatus status;
    {
        Lock lock(core_->mutex);
        status = core_->close(*handle_);
    }
    handle_.reset();
    core_.reset();
    return status;
}

// --- Volume ---

Volume::Volume(std::shared_ptr<detail::VolumeCore> core) : core_(std::move(core)) {}

Volume::~Volume() { (void)unmount(); }

FsResult<std::unique_ptr<Volume>> Volume::mount(VolumeStorage storage, VolumeOptions options, MountReport* report) {
    MountReport ignored;
    PYFW_ASSIGN(auto core, detail::VolumeCore::mount(std::move(storage), std::move(options), report ? *report : ignored));
    return std::unique_ptr<Volume>(new Volume(std::move(core)));
}

FsStatus Volume::format(VolumeStorage storage, const TimeSource& now) { return detail::VolumeCore::format(storage, now); }

FsResult<File> Volume::open(std::string_view path, const OpenFlags& flags) {
    Lock lock(core_->mutex);
    PYFW_ASSIGN(auto handle, core_->open(path, flags));
    return File(core_, std::move(handle));
}

FsResult<FileStat> Volume::stat(std::string_view path) {
    Lock lock(core_->mutex);
    return core_->stat(path);
}

FsResult<std::vector<DirEntry>> Volume::list(std::string_view path) {
    Lock lock(core_->mutex);
    return core_->list(path);
}

FsStatus Volume::mkdir(std::string_view path) {
    Lock lock(core_->mutex);
    return core_->mkdir(path);
}

FsStatus Volume::rmdir(std::string_view path) {
    Lock lock(core_->mutex);
    return core_->rmdir(path);
}

FsStatus Volume::remove(std::string_view path) {
    Lock lock(core_->mutex);
    return core_->remove(path);
}

FsStatus Volume::rename(std::string_view from, std::string_view to) {
    Lock lock(core_->mutex);
    return core_->rename(from, to);
}

FsResult<VolumeUsage> Volume::usage() {
    Lock lock(core_->mutex);
    return core_->usage();
}

FsStatus Volume::sync() {
    Lock lock(core_->mutex);
    return core_->commit();
}

FsStatus Volume::unmount() {
    Lock lock(core_->mutex);
    return core_->unmount();
}

VolumeDescription Volume::describe() {
    Lock lock(core_->mutex);
    return core_->describe();
}

}  // namespace pyfw::port::fs
