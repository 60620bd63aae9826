// Opening, reading and writing files: VolumeCore's file operations.
#include <algorithm>
#include <cstring>

#include "port/fs/fat_name.h"
#include "port/fs/volume_core.h"

namespace pyfw::port::fs::detail {
namespace {

constexpr uint64_t kMaxFileSize = 0xFFFFFFFFull;

}  // namespace

FsStatus VolumeCore::checkHandle(const OpenFile& file) const {
    if (file.closed || !mounted_) return fsFail(Errno::BadFile, "the file is closed");
    return usable();
}

FsResult<std::shared_ptr<OpenFile>> VolumeCore::open(std::string_view path, const OpenFlags& flags) {
    PYFW_TRY(usable());
    if (!flags.read && !flags.write) return fsFail(Errno::Invalid, "a file is opened for reading, writing or both");
    if ((flags.truncate || flags.append) && !flags.write)
        return fsFail(Errno::Invalid, "truncating or appending needs a file opened for writing");
    PYFW_ASSIGN(Resolved where, resolve(path));
    if (where.isRoot) return fsFail(Errno::IsDirectory, std::string(path) + ": is a directory");
    std::shared_ptr<Node> node;
    if (where.item) {
        const DirEntryRecord& entry = where.item->entry;
        if (entry.isDirectory()) return fsFail(Errno::IsDirectory, std::string(path) + ": is a directory");
        if (flags.create && flags.exclusive) return fsFail(Errno::Exists, std::string(path) + ": file exists");
        if (flags.write && (entry.attr & kAttrReadOnly))
            return fsFail(Errno::AccessDenied, std::string(path) + ": the file is read-only");
        PYFW_ASSIGN(uint64_t offset, entryOffsetOf(where.parentCluster, where.item->index));
        node = openNode(offset, entry);
        if (flags.truncate && (node->size != 0 || node->firstCluster != 0)) {
            auto truncated = change(
                [&]() -> FsStatus {
                    if (node->firstCluster != 0) {
                        if (!fat_->isData(node->firstCluster))
                            return fsFail(Errno::Io, std::string(path) + ": the file's first cluster is outside the volume");
                        PYFW_TRY(fat_->freeChain(node->firstCluster));
                    }
                    node->firstCluster = 0;
                    node->size = 0;
                    node->entryDirty = node->modified = true;
                    ++node->chainVersion;
                    return fsOk();
                },
                false);
            if (!truncated.ok()) {
                if (node->handles == 0) nodes_.erase(node->entryOffset);
                return truncated.error();
            }
        }
    } else {
        if (!flags.create) return fsFail(Errno::NoEntry, std::string(path) + ": no such file or directory");
        if (where.mustBeDirectory) return fsFail(Errno::IsDirectory, std::string(path) + ": a file name cannot end in /");
        PYFW_TRY(change(
            [&]() -> FsStatus {
                PYFW_ASSIGN(auto item, directory(where.parentCluster).add(where.leaf, newRecord(kAttrArchive)));
                PYFW_ASSIGN(uint64_t offset, entryOffsetOf(where.parentCluster, item.index));
                node = openNode(offset, item.entry);
                return fsOk();
            },
            false));
    }
    auto file = std::make_shared<OpenFile>();
    file->node = node;
    file->readable = flags.read;
    file->writable = flags.write;
    file->append = flags.append;
    ++node->handles;
    handles_.erase(std::remove_if(handles_.begin(), handles_.end(), [](auto& weak) { return weak.expired(); }),
                   handles_.end());
    handles_.push_back(file);
    return file;
}

// The cluster holding byte index * clusterBytes of the file, from the handle's cursor when it is
// at or before it, else from the first cluster.
FsResult<uint32_t> VolumeCore::clusterAt(OpenFile& file, uint32_t index) {
    Node& node = *file.node;
    uint32_t at = 0, cluster = node.firstCluster;
    if (file.cursorVersion == node.chainVersion && file.cursorCluster != 0 && file.cursorIndex <= index) {
        at = file.cursorIndex;
        cluster = file.cursorCluster;
    }
    for (;;) {
        if (!fat_->isData(cluster))
            return fsFail(Errno::Io, "a file's cluster chain is shorter than its size (the volume is damaged)");
        if (at == index) break;
        cluster = fat_->get(cluster);
        ++at;
        if (at > geometry_.clusterCount) return fsFail(Errno::Io, "a file's cluster chain loops (the volume is damaged)");
    }
    file.cursorIndex = index;
    file.cursorCluster = cluster;
    file.cursorVersion = node.chainVersion;
    return cluster;
}

FsResult<size_t> VolumeCore::read(OpenFile& file, std::span<uint8_t> out) {
    PYFW_TRY(checkHandle(file));
    if (!file.readable) return fsFail(Errno::BadFile, "the file is not open for reading");
    Node& node = *file.node;
    if (file.position >= node.size) return size_t(0);
    size_t wanted = size_t(std::min<uint64_t>(out.size(), node.size - file.position)), done = 0;
    uint32_t clusterBytes = geometry_.clusterBytes();
    while (done < wanted) {
        PYFW_ASSIGN(uint32_t cluster, clusterAt(file, uint32_t(file.position / clusterBytes)));
        uint32_t within = uint32_t(file.position % clusterBytes);
        size_t chunk = std::min<size_t>(wanted - done, clusterBytes - within);
        PYFW_TRY(cache_->read(geometry_.clusterOffset(cluster) + within, out.subspan(done, chunk)));
        done += chunk;
        file.position += chunk;
    }
    return done;
}

// Writes `length` bytes of `data` (zeros when it is null) at the position, one cluster at a time. A new cluster is
// taken only when the bytes before it fill the chain, and the size follows each chunk, so between
// chunks the chain always fits the size: a commit can happen there.
FsStatus VolumeCore::writeAt(OpenFile& file, const uint8_t* data, size_t length) {
    Node& node = *file.node;
    uint32_t clusterBytes = geometry_.clusterBytes();
    size_t done = 0;
    while (done < length) {
        uint32_t index = uint32_t(file.position / clusterBytes), within = uint32_t(file.position % clusterBytes);
        uint32_t chainLength = uint32_t((uint64_t(node.size) + clusterBytes - 1) / clusterBytes);
        uint32_t cluster = 0;
        if (index >= chainLength) {
            PYFW_TRY(makeRoom(writeStepBlocks_, &node));
            uint32_t last = 0;
            if (chainLength > 0) {
                PYFW_ASSIGN(last, clusterAt(file, chainLength - 1));
            }
            // A chain longer than the size (left by another system) is used before new clusters.
            uint32_t following = last != 0 ? fat_->get(last) : node.firstCluster;
            if (fat_->isData(following) && fat_->get(following) != 0) {
                cluster = following;
            } else {
                PYFW_ASSIGN(cluster, fat_->allocate(last));
                if (last != 0)
                    PYFW_TRY(fat_->set(last, cluster));
                else
                    node.firstCluster = cluster;
            }
            file.cursorIndex = index;
            file.cursorCluster = cluster;
            file.cursorVersion = node.chainVersion;
        } else {
            PYFW_ASSIGN(cluster, clusterAt(file, index));
        }
        size_t chunk = std::min<size_t>(length - done, clusterBytes - within);
        uint64_t offset = geometry_.clusterOffset(cluster) + within;
        if (data == nullptr)
            PYFW_TRY(cache_->fill(offset, chunk, 0));
        else
            PYFW_TRY(cache_->write(offset, base::ByteView(data + done, chunk)));
        done += chunk;
        file.position += chunk;
        if (file.position > node.size) node.size = uint32_t(file.position);
        node.entryDirty = node.modified = true;
    }
    return fsOk();
}

FsResult<size_t> VolumeCore::write(OpenFile& file, std::span<const uint8_t> data) {
    PYFW_TRY(checkHandle(file));
    if (!file.writable) return fsFail(Errno::BadFile, "the file is not open for writing");
    Node& node = *file.node;
    if (file.append) file.position = node.size;
    if (file.position + data.size() > kMaxFileSize) return fsFail(Errno::FileTooBig, "a FAT file holds at most 4 GiB - 1 bytes");
    if (data.empty()) return size_t(0);
    if (file.position > node.size) {
        // The gap after the end reads as zeros.
        uint64_t target = file.position;
        file.position = node.size;
        PYFW_TRY(writeAt(file, nullptr, size_t(target - node.size)));
    }
    PYFW_TRY(writeAt(file, data.data(), data.size()));
    return data.size();
}

FsResult<uint64_t> VolumeCore::seek(OpenFile& file, int64_t offset, int whence) {
    PYFW_TRY(checkHandle(file));
    int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(file.position) : whence == 2 ? int64_t(file.node->size) : -1;
    if (base < 0) return fsFail(Errno::Invalid, "whence must be 0, 1 or 2");
    if ((offset < 0 && -(offset + 1) >= base) || (offset > 0 && uint64_t(offset) > kMaxFileSize - uint64_t(base)))
        return fsFail(Errno::Invalid, "a file position must be between 0 and 4 GiB - 1");
    file.position = uint64_t(base + offset);
    return file.position;
}

FsStatus VolumeCore::close(OpenFile& file) {
    if (file.closed) return fsOk();
    // Closing what was written makes it durable; a reader's close changes nothing.
    auto status = mounted_ && file.writable ? commit() : fsOk();
    file.closed = true;
    Node& node = *file.node;
    if (--node.handles == 0) nodes_.erase(node.entryOffset);
    return status;
}

}  // namespace pyfw::port::fs::detail
