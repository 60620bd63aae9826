// What the board's FTP server serves: the board's mount table (the root lists /flash, and /sd when
// mounted). An upload goes to a temporary file beside its target and replaces the target only when
// complete, so a full volume or a dropped connection leaves the old file and no half-written one.
// An upload to /flash/sys/appimg.bin is a firmware update (Pycom's OTA over FTP): the image is
// checked as the bootloader will check it, then written to the other slot through the updater.
#pragma once

#include <mutex>

#include "net/ftp_storage.h"

namespace pyfw::port {

class RunningApp;

class FtpFlashStorage final : public net::FtpStorage {
public:
    explicit FtpFlashStorage(RunningApp& app) : app_(app) {}

    int list(const std::string& path, std::vector<net::FtpEntry>& out) override;
    int stat(const std::string& path, net::FtpEntry& out) override;
    std::unique_ptr<net::FtpReader> openRead(const std::string& path, int& error) override;
    std::unique_ptr<net::FtpWriter> openWrite(const std::string& path, int& error) override;
    int remove(const std::string& path) override;
    int makeDir(const std::string& path) override;
    int removeDir(const std::string& path) override;
    int rename(const std::string& from, const std::string& to) override;

    static constexpr const char* kOtaPath = "/flash/sys/appimg.bin";

private:
    RunningApp& app_;
};

}  // namespace pyfw::port
