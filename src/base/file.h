// File input and output for the toolchain and the board files.
//
// Reads use plain read() calls, never a mapping: when another process truncates a file while it is
// being read, a mapping faults (SIGBUS) on the vanished pages, whereas read() just meets the new
// end of the file. Writes go to a temporary file in the same folder, which is renamed over the
// target only when everything was written, so a reader never sees a half-written file and a failed
// command leaves no partial output.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::base {

Result<Bytes> readFile(const std::filesystem::path& path);

// Synced: flushed to disk before the rename, so the new content survives a power cut.
// Atomic: renamed without the flush: a reader still sees the old file or the whole new one, but a
// power cut may lose the new content; for outputs that can simply be made again.
enum class Durability { Synced, Atomic };

Status writeFileAtomically(const std::filesystem::path& path, ByteView data, Durability durability = Durability::Synced);
inline Status writeFileAtomically(const std::filesystem::path& path, const std::string& text,
                                  Durability durability = Durability::Synced) {
    return writeFileAtomically(path, view(text), durability);
}

// A secret (a key file): created with mode 0600, flushed to disk, and put in place only if no file
// has that name yet, unless `replace`; the check and the rename are one step, so a key file that
// exists is never overwritten by accident, even by a second writer racing this one.
Status writeSecretFile(const std::filesystem::path& path, ByteView data, bool replace);

// A folder made as a whole: its files are written into a temporary folder beside `target`, and
// commit() renames that folder to `target`, so a failed or interrupted command (a full disk) leaves
// either the old folder or none, never a half-written one. An existing `target` is replaced only
// when `mayReplace(target)` agrees (e.g. it holds nothing but an earlier output of the same
// command); it is renamed aside first and removed once the new folder is in place.
class OutputFolder {
public:
    static Result<OutputFolder> create(const std::filesystem::path& target);
    OutputFolder(OutputFolder&& other) noexcept;
    OutputFolder& operator=(OutputFolder&&) = delete;
    ~OutputFolder();

    const std::filesystem::path& staging() const { return staging_; }
    Status commit(const std::function<Status(const std::filesystem::path&)>& mayReplace);

private:
    OutputFolder(std::filesystem::path target, std::filesystem::path staging);
    std::filesystem::path target_, staging_;
    bool committed_ = false;
};

// An open file read piece by piece (for streaming a large input through a small buffer).
class InputFile {
public:
    static Result<InputFile> open(const std::filesystem::path& path);
    InputFile(InputFile&& other) noexcept;
    InputFile& operator=(InputFile&&) = delete;
    ~InputFile();

    bool isRegular() const { return regular_; }
    // The size when the file was opened; the file may still shrink or grow while it is read.
    uint64_t sizeAtOpen() const { return sizeAtOpen_; }
    // Fills `into` unless the file ends first; returns how many bytes were read.
    Result<size_t> readUpTo(MutableByteView into);

private:
    InputFile(int fd, std::filesystem::path path, bool regular, uint64_t size);
    int fd_;
    std::filesystem::path path_;
    bool regular_;
    uint64_t sizeAtOpen_;
};

// A temporary file beside `path`; commit() renames it over `path`, and destruction without a
// commit removes it.
class OutputFile {
public:
    static Result<OutputFile> create(const std::filesystem::path& path, unsigned mode = 0644);
    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;
    ~OutputFile();

    Status write(ByteView data);
    Status commit(Durability durability);
    // Flushes and renames only if `path` does not exist yet ("... already exists" otherwise).
    Status commitNew();

private:
    OutputFile(int fd, std::filesystem::path path, std::filesystem::path temp);
    int fd_;
    std::filesystem::path path_, temp_;
    bool committed_ = false;
};

}  // namespace pyfw::base
