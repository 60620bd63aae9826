// Names and directories: VolumeCore's stat, list, mkdir, rmdir, remove and rename.
#include <algorithm>

#include "port/fs/volume_core.h"

namespace pyfw::port::fs::detail {
namespace {

FsError noEntry(std::string_view path) { return fsFail(Errno::NoEntry, std::string(path) + ": no such file or directory"); }

}  // namespace

FsResult<FileStat> VolumeCore::stat(std::string_view path) {
    PYFW_TRY(usable());
    PYFW_ASSIGN(Resolved where, resolve(path));
    if (where.isRoot) {
        FileStat root;
        root.type = EntryType::Directory;
        return root;
    }
    if (!where.item) return noEntry(path);
    PYFW_ASSIGN(uint64_t offset, entryOffsetOf(where.parentCluster, where.item->index));
    return statOf(where.item->entry, offset);
}

FsResult<std::vector<DirEntry>> VolumeCore::list(std::string_view path) {
    PYFW_TRY(usable());
    PYFW_ASSIGN(Resolved where, resolve(path));
    uint32_t cluster = 0;
    if (!where.isRoot) {
        if (!where.item) return noEntry(path);
        if (!where.item->entry.isDirectory()) return fsFail(Errno::NotDirectory, std::string(path) + ": not a directory");
        cluster = where.item->entry.firstCluster;
        if (!fat_->isData(cluster)) return fsFail(Errno::Io, std::string(path) + ": the directory has no clusters (the volume is damaged)");
    }
    PYFW_ASSIGN(auto items, directory(cluster).items());
    std::vector<DirEntry> out;
    out.reserve(items.size());
    for (const auto& item : items) {
        PYFW_ASSIGN(uint64_t offset, entryOffsetOf(cluster, item.index));
        out.push_back(DirEntry{item.name, statOf(item.entry, offset)});
    }
    return out;
}

FsStatus VolumeCore::mkdir(std::string_view path) {
    return change(
        [&]() -> FsStatus {
            PYFW_ASSIGN(Resolved where, resolve(path));
            if (where.isRoot || where.item) return fsFail(Errno::Exists, std::string(path) + ": file exists");
            DirEntryRecord record = newRecord(kAttrDirectory);
            PYFW_ASSIGN(uint32_t cluster, fat_->allocate(0));
            PYFW_TRY(Directory::initialize(*cache_, geometry_, cluster, where.parentCluster, record));
            record.firstCluster = cluster;
            PYFW_TRY(directory(where.parentCluster).add(where.leaf, record));
            return fsOk();
        },
        true);
}

FsStatus VolumeCore::rmdir(std::string_view path) {
    return change(
        [&]() -> FsStatus {
            PYFW_ASSIGN(Resolved where, resolve(path));
            if (where.isRoot) return fsFail(Errno::Invalid, "the root directory cannot be removed");
            if (!where.item) return noEntry(path);
            const DirEntryRecord& entry = where.item->entry;
            if (!entry.isDirectory()) return fsFail(Errno::NotDirectory, std::string(path) + ": not a directory");
            if (!fat_->isData(entry.firstCluster))
                return fsFail(Errno::Io, std::string(path) + ": the directory has no clusters (the volume is damaged)");
            PYFW_ASSIGN(auto children, directory(entry.firstCluster).items());
            if (!children.empty()) return fsFail(Errno::NotEmpty, std::string(path) + ": directory not empty");
            PYFW_TRY(directory(where.parentCluster).erase(*where.item));
            return fat_->freeChain(entry.firstCluster);
        },
        true);
}

FsStatus VolumeCore::remove(std::string_view path) {
    return change(
        [&]() -> FsStatus {
            PYFW_ASSIGN(Resolved where, resolve(path));
            if (where.isRoot) return fsFail(Errno::IsDirectory, "the root directory is not a file");
            if (!where.item) return noEntry(path);
            const DirEntryRecord& entry = where.item->entry;
            if (entry.isDirectory()) return fsFail(Errno::IsDirectory, std::string(path) + ": is a directory");
            if (entry.attr & kAttrReadOnly) return fsFail(Errno::AccessDenied, std::string(path) + ": the file is read-only");
            PYFW_ASSIGN(uint64_t offset, entryOffsetOf(where.parentCluster, where.item->index));
            if (isOpen(offset)) return fsFail(Errno::Busy, std::string(path) + ": the file is open");
            PYFW_TRY(directory(where.parentCluster).erase(*where.item));
            return entry.firstCluster != 0 ? fat_->freeChain(entry.firstCluster) : fsOk();
        },
        true);
}

FsStatus VolumeCore::rename(std::string_view from, std::string_view to) {
    return change(
        [&]() -> FsStatus {
            PYFW_ASSIGN(Resolved source, resolve(from));
            if (source.isRoot) return fsFail(Errno::Invalid, "the root directory cannot be renamed");
            if (!source.item) return noEntry(from);
            PYFW_ASSIGN(Resolved target, resolve(to));
            if (target.isRoot) return fsFail(Errno::Exists, std::string(to) + ": file exists");
            const DirEntryRecord record = source.item->entry;
            bool isDirectory = record.isDirectory();
            if (isDirectory && std::find(target.directories.begin(), target.directories.end(), record.firstCluster) !=
                                   target.directories.end())
                return fsFail(Errno::Invalid, std::string(to) + ": a directory cannot move into itself");
            PYFW_ASSIGN(uint64_t sourceOffset, entryOffsetOf(source.parentCluster, source.item->index));
            bool sameEntry = target.item && target.parentCluster == source.parentCluster &&
                             target.item->index == source.item->index;
            if (sameEntry && target.item->name == target.leaf) return fsOk();
            if (target.item && !sameEntry) {
                const DirEntryRecord& old = target.item->entry;
                if (old.isDirectory()) return fsFail(Errno::Exists, std::string(to) + ": a directory is in the way");
                if (old.attr & kAttrReadOnly) return fsFail(Errno::AccessDenied, std::string(to) + ": the file is read-only");
                PYFW_ASSIGN(uint64_t targetOffset, entryOffsetOf(target.parentCluster, target.item->index));
                if (isOpen(targetOffset)) return fsFail(Errno::Busy, std::string(to) + ": the file is open");
                PYFW_TRY(directory(target.parentCluster).erase(*target.item));
                if (old.firstCluster != 0) PYFW_TRY(fat_->freeChain(old.firstCluster));
            }
            PYFW_TRY(directory(source.parentCluster).erase(*source.item));
            PYFW_ASSIGN(auto moved, directory(target.parentCluster).add(target.leaf, record));
            if (isDirectory && target.parentCluster != source.parentCluster) {
                // The moved directory's ".." names its new parent.
                Directory self = directory(record.firstCluster);
                PYFW_ASSIGN(auto dotDot, self.entryAt(1));
                dotDot.firstCluster = target.parentCluster;
                PYFW_TRY(self.update(1, dotDot));
            }
            auto open = nodes_.find(sourceOffset);
            if (open != nodes_.end()) {
                PYFW_ASSIGN(uint64_t movedOffset, entryOffsetOf(target.parentCluster, moved.index));
                auto node = open->second.lock();
                nodes_.erase(open);
                if (node) {
                    node->entryOffset = movedOffset;
                    nodes_[movedOffset] = node;
                }
            }
            return fsOk();
        },
        true);
}

}  // namespace pyfw::port::fs::detail
