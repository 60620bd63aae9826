// The /flash FAT volume (fs/volume.h) as the engine sees a file system: what `import`, `open()`
// and `uos` call, with paths inside the volume ("/boot.py") and errors as errno values. Every call
// (files' too) holds the board's flash mutex, as the FTP server uses the volume from its own thread.
#pragma once

#include <memory>
#include <mutex>

#include "engine/runtime/file_system.h"
#include "port/fs/volume.h"

namespace pyfw::port {

class FlashFileSystem final : public engine::FileSystem {
public:
    FlashFileSystem(std::shared_ptr<fs::Volume> volume, std::recursive_mutex& mutex)
        : volume_(std::move(volume)), mutex_(mutex) {}

    fs::Volume& volume() { return *volume_; }

    std::unique_ptr<engine::File> open(std::string_view path, const engine::OpenMode& mode, int& error) override;
    int stat(std::string_view path, engine::FileStat& out) override;
    int listDir(std::string_view path, std::vector<engine::DirEntry>& out) override;
    int makeDir(std::string_view path) override;
    int removeDir(std::string_view path) override;
    int remove(std::string_view path) override;
    int rename(std::string_view from, std::string_view to) override;
    int statVolume(std::string_view path, engine::VolumeStat& out) override;
    // A volume has no current directory of its own: the mount table keeps it.
    std::string currentDir() override { return "/"; }
    int changeDir(std::string_view) override { return EPERM; }

private:
    std::shared_ptr<fs::Volume> volume_;
    std::recursive_mutex& mutex_;
};

}  // namespace pyfw::port
