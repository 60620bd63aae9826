// Inside a Volume: the mounted state (geometry, FAT, cache, journal, open files) and the
// operations the public Volume and File call with the volume's lock held.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "port/fs/block_cache.h"
#include "port/fs/directory.h"
#include "port/fs/fat_geometry.h"
#include "port/fs/fat_table.h"
#include "port/fs/journal.h"
#include "port/fs/volume.h"

namespace pyfw::port::fs::detail {

// The state of one open file, shared by every handle open on it.
struct Node {
    uint64_t entryOffset = 0;      // where its short entry lives in the region
    uint32_t firstCluster = 0;
    uint32_t size = 0;
    uint8_t attr = 0;
    bool entryDirty = false;       // size or first cluster not yet in the entry
    bool modified = false;         // written since the last commit: the entry gets a new mtime
    uint32_t chainVersion = 0;     // bumped when clusters are freed, so cursors start over
    int handles = 0;
};

struct OpenFile {
    std::shared_ptr<Node> node;
    uint64_t position = 0;
    bool readable = false;
    bool writable = false;
    bool append = false;
    bool closed = false;
    // The last cluster reached, so sequential access does not walk the chain from the start.
    uint32_t cursorIndex = 0;
    uint32_t cursorCluster = 0;
    uint32_t cursorVersion = UINT32_MAX;
};

// A path resolved down to its last component.
struct Resolved {
    bool isRoot = false;
    uint32_t parentCluster = 0;              // the directory holding the last component (0 = root)
    std::vector<uint32_t> directories;       // clusters of every directory on the way (not root)
    std::string leaf;                        // the last component, normalised
    std::optional<DirItem> item;             // its entry, when it exists
    bool mustBeDirectory = false;            // the path ends in "/" (or "/.", "/..")
};

class VolumeCore {
public:
    std::mutex mutex;

    static FsResult<std::shared_ptr<VolumeCore>> mount(VolumeStorage storage, VolumeOptions options,
                                                       MountReport& report);
    static FsStatus format(VolumeStorage& storage, const TimeSource& now);

    // --- file operations (file_ops.cpp) ---
    FsResult<std::shared_ptr<OpenFile>> open(std::string_view path, const OpenFlags& flags);
    FsResult<size_t> read(OpenFile& file, std::span<uint8_t> out);
    FsResult<size_t> write(OpenFile& file, std::span<const uint8_t> data);
    FsResult<uint64_t> seek(OpenFile& file, int64_t offset, int whence);
    FsStatus close(OpenFile& file);
    FsStatus checkHandle(const OpenFile& file) const;

    // --- names and directories (tree_ops.cpp) ---
    FsResult<FileStat> stat(std::string_view path);
    FsResult<std::vector<DirEntry>> list(std::string_view path);
    FsStatus mkdir(std::string_view path);
    FsStatus rmdir(std::string_view path);
    FsStatus remove(std::string_view path);
    FsStatus rename(std::string_view from, std::string_view to);

    // --- the volume (volume_core.cpp) ---
    FsResult<VolumeUsage> usage();
    FsStatus commit();
    FsStatus unmount();
    VolumeDescription describe() const;
    bool mounted() const { return mounted_; }

private:
    VolumeCore(VolumeStorage storage, VolumeOptions options) : storage_(std::move(storage)), options_(std::move(options)) {}
    FsStatus usable() const;
    FsResult<Resolved> resolve(std::string_view path);
    Directory directory(uint32_t firstCluster) { return Directory(*cache_, *fat_, geometry_, firstCluster); }
    // Runs a change of names or allocation as one step: whatever is pending is committed first, so
    // that a failure can return to the committed state by dropping this step alone.
    FsStatus change(const std::function<FsStatus()>& body, bool commitAfter);
    FsStatus rollback(FsStatus failure);
    // Commits first when the journal could not take `stepBlocks` more blocks.
    FsStatus makeRoom(uint32_t stepBlocks, const Node* writer);
    FsStatus writeNodeEntry(Node& node);
    DirEntryRecord newRecord(uint8_t attr) const;
    FileStat statOf(const DirEntryRecord& entry, uint64_t entryOffset) const;
    std::shared_ptr<Node> openNode(uint64_t entryOffset, const DirEntryRecord& entry);
    FsResult<uint64_t> entryOffsetOf(uint32_t directoryCluster, uint32_t index);
    bool isOpen(uint64_t entryOffset) const;
    FsResult<uint32_t> clusterAt(OpenFile& file, uint32_t index);
    FsStatus writeAt(OpenFile& file, const uint8_t* data, size_t length);

    VolumeStorage storage_;
    VolumeOptions options_;
    std::unique_ptr<Journal> journal_;
    std::unique_ptr<BlockCache> cache_;
    std::unique_ptr<FatTable> fat_;
    Geometry geometry_;
    uint32_t metadataStepBlocks_ = 0;   // the most journal blocks one change of names can need
    uint32_t writeStepBlocks_ = 0;      // ... and one cluster of a write
    std::map<uint64_t, std::weak_ptr<Node>> nodes_;   // open files by entry offset
    std::vector<std::weak_ptr<OpenFile>> handles_;
    bool mounted_ = true;
};

}  // namespace pyfw::port::fs::detail
