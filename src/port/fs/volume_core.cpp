#include "port/fs/volume_core.h"

#include <algorithm>

#include "port/fs/fat_name.h"
#include "port/fs/fat_time.h"

namespace pyfw::port::fs::detail {
namespace {

uint32_t blocksSpanned(uint64_t offset, uint64_t length) {
    return length == 0 ? 0 : uint32_t((offset + length - 1) / kBlockSize - offset / kBlockSize + 1);
}

// The most flash blocks one cluster can touch.
uint32_t clusterBlocks(const Geometry& g) {
    uint32_t whole = (g.clusterBytes() + kBlockSize - 1) / kBlockSize;
    bool aligned = g.dataOffset() % kBlockSize == 0 &&
                   (g.clusterBytes() % kBlockSize == 0 || kBlockSize % g.clusterBytes() == 0);
    return aligned ? whole : whole + 1;
}

FsError unmountedError() { return fsFail(Errno::BadFile, "the volume is not mounted"); }

}  // namespace

FsResult<std::shared_ptr<VolumeCore>> VolumeCore::mount(VolumeStorage storage, VolumeOptions options,
                                                        MountReport& report) {
    if (!options.now) return fsFail(Errno::Invalid, "a volume needs a time source");
    std::shared_ptr<VolumeCore> core(new VolumeCore(std::move(storage), std::move(options)));
    FlashRegion& fat = core->storage_.fat;
    std::unique_ptr<Journal> journal;
    if (core->storage_.journal && core->storage_.journal->blockCount() >= 2) {
        journal = std::make_unique<Journal>(*core->storage_.journal, fat);
        PYFW_ASSIGN(auto recovered, journal->recover(fat));
        report.replayedBlocks = recovered.replayedBlocks;
        report.clearedTornCommit = recovered.clearedTornRecord;
    }
    base::Bytes first(kBlockSize);
    PYFW_TRY(fat.readBlock(0, first));
    auto geometry = parseBootSector(first, fat.size());
    if (!geometry.ok()) {
        PYFW_ASSIGN(bool blank, fat.erased());
        if (blank) return fsFail(Errno::NoDevice, "the fs partition is blank (never formatted)");
        return geometry.error();
    }
    core->geometry_ = *geometry;
    const Geometry& g = core->geometry_;
    uint32_t fatBlocks = blocksSpanned(g.fatOffset(0), g.fatBytes());
    core->metadataStepBlocks_ = g.fatCount * fatBlocks + 7 + 3 * clusterBlocks(g);
    core->writeStepBlocks_ = g.fatCount * std::min<uint32_t>(fatBlocks, 4) + clusterBlocks(g) + 1;
    if (journal && journal->capacity() >= core->metadataStepBlocks_) core->journal_ = std::move(journal);
    report.journaled = core->journal_ != nullptr;
    core->cache_ = std::make_unique<BlockCache>(fat, core->journal_.get(), core->options_.cacheBlocks);
    PYFW_ASSIGN(auto table, FatTable::load(*core->cache_, g));
    core->fat_ = std::make_unique<FatTable>(std::move(table));
    core->cache_->setLive(core->fat_->committedBlocks());
    return core;
}

FsStatus VolumeCore::format(VolumeStorage& storage, const TimeSource& now) {
    FlashRegion& region = storage.fat;
    PYFW_ASSIGN(Geometry g, planVolume(region.size()));
    if (storage.journal && storage.journal->blockCount() >= 2) PYFW_TRY(Journal(*storage.journal, region).reset());
    // The old boot sector goes first: a cut while the rest is written leaves no volume (formatted
    // again at the next start), never an old boot sector over half-new tables.
    PYFW_TRY(region.eraseBlock(0));
    uint32_t metaBlocks = uint32_t(g.dataOffset() / kBlockSize);
    base::Bytes meta(size_t(metaBlocks) * kBlockSize, 0);
    for (uint32_t copy = 0; copy < g.fatCount; ++copy) {
        uint8_t* table = meta.data() + g.fatOffset(copy);
        if (g.type == FatType::Fat12) {
            table[0] = g.media;
            table[1] = 0xFF;
            table[2] = 0xFF;
        } else {
            table[0] = g.media;
            table[1] = table[2] = table[3] = 0xFF;
        }
    }
    uint32_t volumeId = uint32_t(now ? now() : 0);
    auto boot = encodeBootSector(g, volumeId);
    std::copy(boot.begin(), boot.end(), meta.begin());
    for (uint32_t block = 1; block < metaBlocks; ++block)
        PYFW_TRY(region.writeBlock(block, base::ByteView(meta).subspan(size_t(block) * kBlockSize, kBlockSize)));
    return region.programBlock(0, base::ByteView(meta).first(kBlockSize));
}

FsStatus VolumeCore::usable() const {
    if (!mounted_) return unmountedError();
    if (cache_->failed()) return fsFail(Errno::Io, "a flash write failed (power cut?); mount the volume again");
    return fsOk();
}

FsStatus VolumeCore::writeNodeEntry(Node& node) {
    uint8_t bytes[kDirEntrySize];
    PYFW_TRY(cache_->read(node.entryOffset, bytes));
    auto record = DirEntryRecord::decode(bytes);
    record.firstCluster = node.firstCluster;
    record.size = node.size;
    if (node.modified) {
        auto stamp = fatTimestamp(options_.now());
        record.writeDate = record.accessDate = stamp.date;
        record.writeTime = stamp.time;
        record.attr |= kAttrArchive;
    }
    record.encode(bytes);
    PYFW_TRY(cache_->write(node.entryOffset, bytes));
    node.entryDirty = node.modified = false;
    return fsOk();
}

FsStatus VolumeCore::commit() {
    PYFW_TRY(usable());
    for (auto& [offset, weak] : nodes_)
        if (auto node = weak.lock(); node && (node->entryDirty || node->modified)) PYFW_TRY(writeNodeEntry(*node));
    PYFW_TRY(cache_->commit());
    fat_->markCommitted();
    cache_->setLive(fat_->committedBlocks());
    return fsOk();
}

FsStatus VolumeCore::rollback(FsStatus failure) {
    if (cache_->failed()) return failure;
    cache_->discard();
    fat_->rollback();
    return failure;
}

FsStatus VolumeCore::change(const std::function<FsStatus()>& body, bool commitAfter) {
    PYFW_TRY(usable());
    PYFW_TRY(commit());
    auto status = body();
    if (!status.ok()) return rollback(status);
    return commitAfter ? commit() : fsOk();
}

FsStatus VolumeCore::makeRoom(uint32_t stepBlocks, const Node* writer) {
    if (!journal_) return fsOk();
    uint32_t pending = cache_->pendingLiveBlocks();
    for (auto& [offset, weak] : nodes_)
        if (auto node = weak.lock(); node && (node->entryDirty || node.get() == writer)) ++pending;
    if (pending + stepBlocks <= journal_->capacity()) return fsOk();
    return commit();
}

// Splits an absolute path and walks it down to its last component.
FsResult<Resolved> VolumeCore::resolve(std::string_view path) {
    if (path.empty() || path[0] != '/')
        return fsFail(Errno::Invalid, std::string(path) + ": paths on the volume start with /");
    std::vector<std::string> parts;
    for (size_t at = 0; at < path.size();) {
        size_t end = path.find('/', at);
        if (end == std::string_view::npos) end = path.size();
        std::string_view part = path.substr(at, end - at);
        at = end + 1;
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        auto name = normalizeName(part);
        if (!name.ok()) return fsFail(name.error().code, std::string(path) + ": " + name.error().message);
        parts.push_back(std::move(*name));
    }
    Resolved out;
    if (parts.empty()) {
        out.isRoot = true;
        return out;
    }
    uint32_t cluster = 0;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        PYFW_ASSIGN(auto item, directory(cluster).find(parts[i]));
        if (!item) return fsFail(Errno::NoEntry, std::string(path) + ": no such file or directory");
        if (!item->entry.isDirectory()) return fsFail(Errno::NotDirectory, std::string(path) + ": " + parts[i] + " is not a directory");
        if (!fat_->isData(item->entry.firstCluster))
            return fsFail(Errno::Io, std::string(path) + ": directory " + parts[i] + " has no clusters (the volume is damaged)");
        cluster = item->entry.firstCluster;
        out.directories.push_back(cluster);
    }
    out.parentCluster = cluster;
    out.leaf = parts.back();
    PYFW_ASSIGN(out.item, directory(cluster).find(out.leaf));
    // "name/" names a directory, as in POSIX.
    out.mustBeDirectory = path.back() == '/' || path.ends_with("/.") || path.ends_with("/..");
    if (out.mustBeDirectory && out.item && !out.item->entry.isDirectory())
        return fsFail(Errno::NotDirectory, std::string(path) + ": not a directory");
    return out;
}

DirEntryRecord VolumeCore::newRecord(uint8_t attr) const {
    auto stamp = fatTimestamp(options_.now());
    DirEntryRecord record;
    record.attr = attr;
    record.createDate = record.writeDate = record.accessDate = stamp.date;
    record.createTime = record.writeTime = stamp.time;
    return record;
}

FileStat VolumeCore::statOf(const DirEntryRecord& entry, uint64_t entryOffset) const {
    FileStat stat;
    stat.type = entry.isDirectory() ? EntryType::Directory : EntryType::File;
    stat.size = entry.isDirectory() ? 0 : entry.size;
    stat.mtime = unixSeconds(entry.writeDate, entry.writeTime);
    stat.readOnly = entry.attr & kAttrReadOnly;
    auto open = nodes_.find(entryOffset);
    if (open != nodes_.end())
        if (auto node = open->second.lock()) stat.size = node->size;
    return stat;
}

FsResult<uint64_t> VolumeCore::entryOffsetOf(uint32_t directoryCluster, uint32_t index) {
    if (directoryCluster == 0) return geometry_.rootOffset() + uint64_t(index) * kDirEntrySize;
    PYFW_ASSIGN(auto clusters, fat_->chain(directoryCluster));
    uint32_t perCluster = geometry_.clusterBytes() / kDirEntrySize;
    if (index / perCluster >= clusters.size()) return fsFail(Errno::Io, "a directory entry past the directory's end");
    return geometry_.clusterOffset(clusters[index / perCluster]) + uint64_t(index % perCluster) * kDirEntrySize;
}

bool VolumeCore::isOpen(uint64_t entryOffset) const {
    auto found = nodes_.find(entryOffset);
    return found != nodes_.end() && !found->second.expired();
}

std::shared_ptr<Node> VolumeCore::openNode(uint64_t entryOffset, const DirEntryRecord& entry) {
    auto found = nodes_.find(entryOffset);
    if (found != nodes_.end())
        if (auto node = found->second.lock()) return node;
    auto node = std::make_shared<Node>();
    node->entryOffset = entryOffset;
    node->firstCluster = entry.firstCluster;
    node->size = entry.size;
    node->attr = entry.attr;
    nodes_[entryOffset] = node;
    return node;
}

FsResult<VolumeUsage> VolumeCore::usage() {
    PYFW_TRY(usable());
    VolumeUsage out;
    out.clusterBytes = geometry_.clusterBytes();
    out.totalClusters = geometry_.clusterCount;
    out.freeClusters = fat_->freeCount();
    return out;
}

FsStatus VolumeCore::unmount() {
    if (!mounted_) return fsOk();
    auto status = usable().ok() ? commit() : usable();
    for (auto& weak : handles_)
        if (auto handle = weak.lock()) handle->closed = true;
    handles_.clear();
    nodes_.clear();
    mounted_ = false;
    return status;
}

VolumeDescription VolumeCore::describe() const {
    VolumeDescription out;
    out.fatType = geometry_.type == FatType::Fat12 ? "FAT12" : "FAT16";
    out.totalSectors = geometry_.totalSectors;
    out.sectorsPerCluster = geometry_.sectorsPerCluster;
    out.rootEntries = geometry_.rootEntries;
    out.journaled = journal_ != nullptr;
    out.journalBlocks = journal_ ? journal_->capacity() : 0;
    return out;
}

}  // namespace pyfw::port::fs::detail
