// The board's file system as its interpreter sees it: a mount table (`/flash`, the FAT volume in
// the fs partition; `/sd` when a card is mounted) under a root that lists the mount points, and a
// current directory (`/flash` after boot, as on a Pycom board). Paths are normalised here — `.`,
// `..`, repeated slashes, relative paths — so each volume sees absolute paths of its own.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "engine/runtime/file_system.h"

namespace pyfw::port {

class Vfs final : public engine::FileSystem {
public:
    // Mounts `volume` at `point` ("/flash"); its paths then start at "/". Returns EEXIST or EINVAL.
    int mount(std::string point, std::shared_ptr<engine::FileSystem> volume);
    int unmount(std::string_view point);
    bool isMounted(std::string_view point) const;

    std::unique_ptr<engine::File> open(std::string_view path, const engine::OpenMode& mode, int& error) override;
    int stat(std::string_view path, engine::FileStat& out) override;
    int listDir(std::string_view path, std::vector<engine::DirEntry>& out) override;
    int makeDir(std::string_view path) override;
    int removeDir(std::string_view path) override;
    int remove(std::string_view path) override;
    int rename(std::string_view from, std::string_view to) override;
    int statVolume(std::string_view path, engine::VolumeStat& out) override;
    std::string currentDir() override;
    int changeDir(std::string_view path) override;

    // "/flash/lib/../x.py" -> "/flash/x.py"; relative paths start at the current directory.
    std::string absolute(std::string_view path) const;

private:
    struct Mount {
        std::string point;
        std::shared_ptr<engine::FileSystem> volume;
    };
    struct Resolved {
        std::shared_ptr<engine::FileSystem> volume;  // null: the root, or nothing mounted there
        std::string inner;                     // the path inside the volume
        bool isRoot = false;
    };
    Resolved resolve(std::string_view path) const;

    mutable std::mutex mutex_;
    std::vector<Mount> mounts_;
    std::string cwd_ = "/";
};

}  // namespace pyfw::port
