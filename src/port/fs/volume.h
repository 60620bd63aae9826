// The board's /flash file system: a FAT12/FAT16 volume in the `fs` partition with a write-ahead
// journal in a second region (the `dummy` partition), so that no power cut leaves it unmountable or
// damages a file that was closed before the cut (README.md says how).
//
// Paths are absolute inside the volume: "/", "/boot.py", "/lib/x.py" ("//", "." and ".." are
// resolved as written; the VFS above maps "/flash/..." onto them). Names follow FAT's rules: at most
// 255 UTF-16 characters (ENAMETOOLONG), none of " * / : < > ? \ | or control characters (EINVAL),
// trailing dots and spaces dropped, compared without regard to ASCII case.
//
// Every error is an FsError: an errno value in MicroPython's numbering (what OSError carries to a
// script) and a sentence for logs. The errors each call can give are listed with it.
//
// Thread safety: a Volume and its Files may be used from several threads at once (the REPL and a
// server thread); each call holds the volume's lock while it runs. The Volume must not outlive the
// flash (chip::SpiFlash) its storage points into; Files may outlive the Volume (they fail with
// EBADF once it is unmounted).
//
// Durability: a change is on the flash, atomically, after File::flush/close, after each of mkdir,
// rmdir, remove and rename, and after sync(). Data written to a file that is still open when the
// power fails may be lost; everything else is as of the last of those points. Without a journal
// region the volume is written in place, as Pycom's firmware did, with none of these promises.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "port/fs/errors.h"
#include "port/fs/flash_region.h"

namespace pyfw::port::fs {

namespace detail {
class VolumeCore;
struct OpenFile;
}  // namespace detail

// Seconds since 1970-01-01 (the board's RTC time), for file timestamps.
using TimeSource = std::function<int64_t()>;

// Where a volume lives: the FAT region (the `fs` partition) and, normally, its journal (the
// `dummy` partition: at least 2 blocks, 16 in the Pycom layout).
struct VolumeStorage {
    FlashRegion fat;
    std::optional<FlashRegion> journal;
};

struct VolumeOptions {
    TimeSource now;               // required
    size_t cacheBlocks = 4;       // 4 KiB blocks held in memory
};

// What mount found and did.
struct MountReport {
    uint32_t replayedBlocks = 0;   // blocks of a transaction a power cut interrupted, completed
    bool clearedTornCommit = false; // a commit record torn by a power cut, discarded
    bool journaled = false;         // false: no journal region, or too small for this volume
};

struct OpenFlags {
    bool read = false;
    bool write = false;
    bool append = false;      // every write goes to the end
    bool create = false;      // make the file when it does not exist
    bool truncate = false;    // empty an existing file
    bool exclusive = false;   // with create: EEXIST when the file exists

    // Python's open() modes: "r", "w", "a", "x", each with optional "+" (and "b"/"t", ignored).
    static std::optional<OpenFlags> fromMode(std::string_view mode);
};

enum class EntryType { File, Directory };

struct FileStat {
    EntryType type = EntryType::File;
    uint32_t size = 0;        // 0 for directories
    int64_t mtime = 0;        // seconds since 1970 (FAT keeps 2-second steps); 0 for "/"
    bool readOnly = false;
};

struct DirEntry {
    std::string name;
    FileStat stat;
};

struct VolumeUsage {
    uint32_t clusterBytes = 0;    // statvfs f_bsize / f_frsize
    uint32_t totalClusters = 0;   // f_blocks
    uint32_t freeClusters = 0;    // f_bfree, f_bavail
    uint32_t nameMax = 255;       // f_namemax
    uint64_t freeBytes() const { return uint64_t(freeClusters) * clusterBytes; }
};

struct VolumeDescription {
    std::string fatType;          // "FAT12" or "FAT16"
    uint32_t totalSectors = 0;
    uint32_t sectorsPerCluster = 0;
    uint32_t rootEntries = 0;
    bool journaled = false;
    uint32_t journalBlocks = 0;   // blocks one transaction can hold
};

// An open file. Reads and writes move the position; positions past the end are allowed, and a
// write there fills the gap with zeros.
class File {
public:
    File(File&&) noexcept;
    File& operator=(File&&) noexcept;
    ~File();   // closes (a failure to flush is lost: call close() to see it)

    // Up to out.size() bytes; 0 at the end. EBADF (closed, or not opened for reading), EIO.
    FsResult<size_t> read(std::span<uint8_t> out);
    // All of `data`, or an error: ENOSPC (the bytes that fit are kept), EFBIG, EBADF, EIO.
    FsResult<size_t> write(std::span<const uint8_t> data);
    // whence: 0 from the start, 1 from the position, 2 from the end. EINVAL for a negative result.
    FsResult<uint64_t> seek(int64_t offset, int whence);
    FsResult<uint64_t> tell() const;
    FsResult<uint64_t> size() const;
    // Commits the file's data and size to the flash.
    FsStatus flush();
    // Flushes and releases the handle; later calls fail with EBADF (close itself succeeds again).
    FsStatus close();

private:
    friend class Volume;
    File(std::shared_ptr<detail::VolumeCore> core, std::shared_ptr<detail::OpenFile> handle);
    std::shared_ptr<detail::VolumeCore> core_;
    std::shared_ptr<detail::OpenFile> handle_;
};

class Volume {
public:
    // Mounts the volume: replays or discards what a power cut left in the journal, then reads the
    // boot sector. ENODEV with the reason when the partition holds no usable FAT volume (blank,
    // corrupt, FAT32, sectors other than 512 bytes): the firmware formats it then. EIO when the
    // flash fails or the journal is damaged.
    static FsResult<std::unique_ptr<Volume>> mount(VolumeStorage storage, VolumeOptions options,
                                                   MountReport* report = nullptr);
    // Makes an empty volume (mkfs) over whatever the partition holds, and clears the journal.
    // EINVAL when the partition cannot hold a FAT12/16 volume; EIO.
    static FsStatus format(VolumeStorage storage, const TimeSource& now);

    ~Volume();   // syncs (errors are lost: call unmount() to see them)

    // ENOENT, ENOTDIR (a path component is a file), EISDIR (a directory), EEXIST (exclusive),
    // EACCES (writing a read-only file), EINVAL (bad name or flags), ENAMETOOLONG, ENOSPC, EIO.
    FsResult<File> open(std::string_view path, const OpenFlags& flags);
    // ENOENT, ENOTDIR.
    FsResult<FileStat> stat(std::string_view path);
    // The names in a directory with their stats, in directory order. ENOENT, ENOTDIR.
    FsResult<std::vector<DirEntry>> list(std::string_view path);
    // EEXIST, ENOENT (no parent), ENOTDIR, EINVAL, ENAMETOOLONG, ENOSPC.
    FsStatus mkdir(std::string_view path);
    // ENOENT, ENOTDIR (a file), ENOTEMPTY, EINVAL ("/").
    FsStatus rmdir(std::string_view path);
    // Removes a file. ENOENT, EISDIR, EBUSY (open), EACCES (read-only).
    FsStatus remove(std::string_view path);
    // Moves a file or directory, replacing a file at `to` (as MicroPython's FAT driver does) in the
    // same atomic step. ENOENT, EEXIST (`to` is a directory), EINVAL (a directory into itself),
    // EBUSY (`to` is open), ENOTDIR, ENAMETOOLONG, ENOSPC.
    FsStatus rename(std::string_view from, std::string_view to);
    FsResult<VolumeUsage> usage();
    // Commits every open file's data and size.
    FsStatus sync();
    // Syncs and closes every open file; afterwards every call fails with EBADF.
    FsStatus unmount();

    VolumeDescription describe();

private:
    explicit Volume(std::shared_ptr<detail::VolumeCore> core);
    std::shared_ptr<detail::VolumeCore> core_;
};

}  // namespace pyfw::port::fs
