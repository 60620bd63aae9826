#include "port/ftp_flash_storage.h"

#include <atomic>
#include <cerrno>

#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "port/running_app.h"

namespace pyfw::port {

namespace {

// The largest image an FTP OTA takes in (the app slots are 1.5 MiB).
constexpr size_t kMaxImageBytes = 0x180000;

std::string parentOf(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == 0 ? "/" : path.substr(0, slash);
}

class FileReader final : public net::FtpReader {
public:
    FileReader(std::unique_ptr<engine::File> file, std::recursive_mutex& mutex) : file_(std::move(file)), mutex_(mutex) {}
    ~FileReader() override {
        std::lock_guard lock(mutex_);
        file_->close();
    }
    int64_t read(uint8_t* out, size_t size) override {
        std::lock_guard lock(mutex_);
        return file_->read(out, size);
    }

private:
    std::unique_ptr<engine::File> file_;
    std::recursive_mutex& mutex_;
};

// Writes to `temp`, renamed over `target` by finish(); dropped otherwise.
class FileWriter final : public net::FtpWriter {
public:
    FileWriter(Vfs& files, std::recursive_mutex& mutex, std::unique_ptr<engine::File> file, std::string temp, std::string target)
        : files_(files), mutex_(mutex), file_(std::move(file)), temp_(std::move(temp)), target_(std::move(target)) {}
    ~FileWriter() override {
        std::lock_guard lock(mutex_);
        if (file_) file_->close();
        if (!done_) files_.remove(temp_);
    }
    int write(const uint8_t* data, size_t size) override {
        std::lock_guard lock(mutex_);
        int64_t written = file_->write(data, size);
        if (written < 0) return int(-written);
        return size_t(written) == size ? 0 : ENOSPC;
    }
    int finish() override {
        std::lock_guard lock(mutex_);
        int error = file_->close();
        file_.reset();
        if (error) return error;
        error = files_.rename(temp_, target_);
        if (!error) done_ = true;
        return error;
    }

private:
    Vfs& files_;
    std::recursive_mutex& mutex_;
    std::unique_ptr<engine::File> file_;
    std::string temp_, target_;
    bool done_ = false;
};

// Takes the whole image in, then checks and writes it as pycom.ota_* would.
class OtaWriter final : public net::FtpWriter {
public:
    OtaWriter(RunningApp& app) : app_(app) {}
    int write(const uint8_t* data, size_t size) override {
        if (image_.size() + size > kMaxImageBytes) {
            failure_ = "the image is larger than an app slot";
            return EFBIG;
        }
        image_.insert(image_.end(), data, data + size);
        return 0;
    }
    int finish() override {
        std::lock_guard lock(app_.flashMutex());
        chip::Board& board = app_.board();
        auto config = boot::installedBootloaderConfig(board);
        if (!config.ok()) return fail(config.error().message);
        boot::OtaUpdater updater(board, *config);
        auto checked = updater.checkImage(image_);
        if (!checked.ok()) return fail("image refused: " + checked.error().message);
        auto started = updater.start();
        if (!started.ok()) return fail("ota_start: " + started.error().message);
        auto written = updater.write(image_);
        if (!written.ok()) return fail("ota_write: " + written.error().message);
        auto verified = updater.verify();
        if (!verified.ok()) return fail("ota_verify: " + verified.error().message);
        auto finished = updater.finish();
        if (!finished.ok()) return fail("ota_finish: " + finished.error().message);
        return 0;
    }
    std::string failure() const override { return failure_; }

private:
    int fail(std::string why) {
        failure_ = std::move(why);
        return EIO;
    }
    RunningApp& app_;
    std::vector<uint8_t> image_;
    std::string failure_;
};

std::atomic<unsigned> uploadCounter{0};

}  // namespace

int FtpFlashStorage::list(const std::string& path, std::vector<net::FtpEntry>& out) {
    std::lock_guard lock(app_.flashMutex());
    std::vector<engine::DirEntry> entries;
    engine::FileStat info;
    int error = app_.files().stat(path, info);
    if (!error && !info.isDirectory) return ENOTDIR;
    error = app_.files().listDir(path, entries);
    if (error) return error;
    for (const auto& entry : entries) {
        net::FtpEntry item{entry.name, entry.isDirectory, entry.size, 0};
        engine::FileStat detail;
        std::string full = (path == "/" ? "" : path) + "/" + entry.name;
        if (app_.files().stat(full, detail) == 0) item.modifiedSeconds = detail.modifiedSeconds;
        out.push_back(std::move(item));
    }
    return 0;
}

int FtpFlashStorage::stat(const std::string& path, net::FtpEntry& out) {
    std::lock_guard lock(app_.flashMutex());
    engine::FileStat info;
    int error = app_.files().stat(path, info);
    if (error) return error;
    size_t slash = path.rfind('/');
    out = {path.substr(slash + 1), info.isDirectory, info.size, info.modifiedSeconds};
    return 0;
}

std::unique_ptr<net::FtpReader> FtpFlashStorage::openRead(const std::string& path, int& error) {
    std::lock_guard lock(app_.flashMutex());
    engine::FileStat info;
    error = app_.files().stat(path, info);
    if (!error && info.isDirectory) error = EISDIR;
    if (error) return nullptr;
    engine::OpenMode mode;
    mode.read = true;
    auto file = app_.files().open(path, mode, error);
    if (!file) return nullptr;
    return std::make_unique<FileReader>(std::move(file), app_.flashMutex());
}

std::unique_ptr<net::FtpWriter> FtpFlashStorage::openWrite(const std::string& path, int& error) {
    if (path == kOtaPath) return std::make_unique<OtaWriter>(app_);
    std::lock_guard lock(app_.flashMutex());
    engine::FileStat info;
    if (app_.files().stat(path, info) == 0 && info.isDirectory) {
        error = EISDIR;
        return nullptr;
    }
    std::string parent = parentOf(path);
    error = app_.files().stat(parent, info);
    if (!error && !info.isDirectory) error = ENOTDIR;
    if (error) return nullptr;
    if (parent == "/") {
        error = EACCES;   // the root holds mount points only
        return nullptr;
    }
    std::string temp = parent + "/.ftp" + std::to_string(uploadCounter++) + ".tmp";
    engine::OpenMode mode;
    mode.write = mode.create = mode.truncate = true;
    auto file = app_.files().open(temp, mode, error);
    if (!file) return nullptr;
    return std::make_unique<FileWriter>(app_.files(), app_.flashMutex(), std::move(file), temp, path);
}

int FtpFlashStorage::remove(const std::string& path) {
    std::lock_guard lock(app_.flashMutex());
    return app_.files().remove(path);
}

int FtpFlashStorage::makeDir(const std::string& path) {
    std::lock_guard lock(app_.flashMutex());
    return app_.files().makeDir(path);
}

int FtpFlashStorage::removeDir(const std::string& path) {
    std::lock_guard lock(app_.flashMutex());
    return app_.files().removeDir(path);
}

int FtpFlashStorage::rename(const std::string& from, const std::string& to) {
    std::lock_guard lock(app_.flashMutex());
    return app_.files().rename(from, to);
}

}  // namespace pyfw::port
