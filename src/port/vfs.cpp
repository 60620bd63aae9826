#include "port/vfs.h"

#include <algorithm>
#include <cerrno>

namespace pyfw::port {

namespace {

// Splits on '/', dropping empty parts and '.', and folding '..' (which stops at the root).
std::string normalise(std::string_view path) {
    std::vector<std::string_view> parts;
    size_t at = 0;
    while (at <= path.size()) {
        size_t end = path.find('/', at);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(at, end - at);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        at = end + 1;
    }
    std::string out;
    for (auto part : parts) {
        out += '/';
        out += part;
    }
    return out.empty() ? "/" : out;
}

}  // namespace

std::string Vfs::absolute(std::string_view path) const {
    if (!path.empty() && path[0] == '/') return normalise(path);
    return normalise(cwd_ + "/" + std::string(path));
}

Vfs::Resolved Vfs::resolve(std::string_view path) const {
    std::string full = absolute(path);
    if (full == "/") return {nullptr, "/", true};
    for (const auto& mount : mounts_) {
        if (full == mount.point) return {mount.volume, "/", false};
        if (full.size() > mount.point.size() && full.compare(0, mount.point.size(), mount.point) == 0 &&
            full[mount.point.size()] == '/')
            return {mount.volume, full.substr(mount.point.size()), false};
    }
    return {nullptr, full, false};
}

int Vfs::mount(std::string point, std::shared_ptr<engine::FileSystem> volume) {
    std::lock_guard lock(mutex_);
    point = normalise(point);
    // Mount points are names directly under the root, as MicroPython's VFS has them.
    if (point == "/" || point.find('/', 1) != std::string::npos || !volume) return EINVAL;
    if (std::any_of(mounts_.begin(), mounts_.end(), [&](const Mount& m) { return m.point == point; })) return EPERM;
    mounts_.push_back({std::move(point), std::move(volume)});
    return 0;
}

int Vfs::unmount(std::string_view point) {
    std::lock_guard lock(mutex_);
    std::string wanted = normalise(point);
    auto it = std::find_if(mounts_.begin(), mounts_.end(), [&](const Mount& m) { return m.point == wanted; });
    if (it == mounts_.end()) return EINVAL;
    mounts_.erase(it);
    if (cwd_ == wanted || cwd_.compare(0, wanted.size() + 1, wanted + "/") == 0) cwd_ = "/";
    return 0;
}

bool Vfs::isMounted(std::string_view point) const {
    std::lock_guard lock(mutex_);
    std::string wanted = normalise(point);
    return std::any_of(mounts_.begin(), mounts_.end(), [&](const Mount& m) { return m.point == wanted; });
}

std::unique_ptr<engine::File> Vfs::open(std::string_view path, const engine::OpenMode& mode, int& error) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (!where.volume) {
        error = where.isRoot ? EISDIR : ENOENT;
        return nullptr;
    }
    return where.volume->open(where.inner, mode, error);
}

int Vfs::stat(std::string_view path, engine::FileStat& out) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (where.isRoot) {
        out = engine::FileStat{.isDirectory = true};
        return 0;
    }
    return where.volume ? where.volume->stat(where.inner, out) : ENOENT;
}

int Vfs::listDir(std::string_view path, std::vector<engine::DirEntry>& out) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    if (where.isRoot) {
        for (const auto& mount : mounts_) out.push_back({mount.point.substr(1), true, 0});
        return 0;
    }
    lock.unlock();
    return where.volume ? where.volume->listDir(where.inner, out) : ENOENT;
}

int Vfs::makeDir(std::string_view path) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (where.isRoot || (where.volume && where.inner == "/")) return EEXIST;
    return where.volume ? where.volume->makeDir(where.inner) : EPERM;
}

int Vfs::removeDir(std::string_view path) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (where.isRoot || (where.volume && where.inner == "/")) return EBUSY;
    return where.volume ? where.volume->removeDir(where.inner) : ENOENT;
}

int Vfs::remove(std::string_view path) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (where.isRoot || (where.volume && where.inner == "/")) return EISDIR;
    return where.volume ? where.volume->remove(where.inner) : ENOENT;
}

int Vfs::rename(std::string_view from, std::string_view to) {
    std::unique_lock lock(mutex_);
    Resolved source = resolve(from), target = resolve(to);
    lock.unlock();
    if (!source.volume || source.inner == "/") return source.isRoot ? EBUSY : ENOENT;
    if (source.volume != target.volume) return EXDEV;
    return source.volume->rename(source.inner, target.inner);
}

int Vfs::statVolume(std::string_view path, engine::VolumeStat& out) {
    std::unique_lock lock(mutex_);
    Resolved where = resolve(path);
    lock.unlock();
    if (where.isRoot) {
        out = engine::VolumeStat{};
        return 0;
    }
    return where.volume ? where.volume->statVolume(where.inner, out) : ENOENT;
}

std::string Vfs::currentDir() {
    std::lock_guard lock(mutex_);
    return cwd_;
}

int Vfs::changeDir(std::string_view path) {
    engine::FileStat info;
    if (int error = stat(path, info)) return error;
    if (!info.isDirectory) return ENOTDIR;
    std::lock_guard lock(mutex_);
    cwd_ = absolute(path);
    return 0;
}

}  // namespace pyfw::port
