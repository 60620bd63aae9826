#include "port/fs/volume_check.h"

#include <cstring>
#include <set>

#include "port/fs/directory.h"
#include "port/fs/fat_geometry.h"
#include "port/fs/fat_name.h"

namespace pyfw::port::fs {
namespace {

constexpr uint32_t kMaxDepth = 64;

class Checker {
public:
    Checker(base::ByteView image, const Geometry& g) : image_(image), g_(g), owner_(g.maxCluster() + 1, 0) {}

    VolumeCheck run() {
        decodeFats();
        checkDirectory(0, 0, "/", 0);
        uint32_t lost = 0;
        for (uint32_t c = 2; c <= g_.maxCluster(); ++c) {
            if (fat_[c] != 0 && !isBad(fat_[c])) ++result_.usedClusters;
            if (fat_[c] != 0 && !isBad(fat_[c]) && owner_[c] == 0) ++lost;
        }
        if (lost) problem(std::to_string(lost) + " allocated clusters belong to no file or directory");
        return std::move(result_);
    }

private:
    void problem(std::string text) {
        if (result_.problems.size() < 100) result_.problems.push_back(std::move(text));
    }
    bool isEnd(uint32_t v) const { return v >= (g_.type == FatType::Fat12 ? 0xFF8u : 0xFFF8u); }
    bool isBad(uint32_t v) const { return v == (g_.type == FatType::Fat12 ? 0xFF7u : 0xFFF7u); }
    bool isData(uint32_t v) const { return v >= 2 && v <= g_.maxCluster(); }

    std::vector<uint32_t> decodeCopy(uint32_t copy) const {
        std::vector<uint32_t> out(g_.maxCluster() + 1);
        const uint8_t* table = image_.data() + g_.fatOffset(copy);
        for (uint32_t n = 0; n < out.size(); ++n) {
            if (g_.type == FatType::Fat16) {
                out[n] = base::readLe16(table + n * 2);
            } else {
                uint32_t pair = base::readLe16(table + n * 3 / 2);
                out[n] = n % 2 == 0 ? pair & 0xFFF : pair >> 4;
            }
        }
        return out;
    }

    void decodeFats() {
        fat_ = decodeCopy(0);
        for (uint32_t copy = 1; copy < g_.fatCount; ++copy)
            if (decodeCopy(copy) != fat_) problem("FAT copy " + std::to_string(copy + 1) + " differs from the first");
        if ((fat_[0] & 0xFF) != g_.media) problem("the first FAT entry does not repeat the media byte");
        for (uint32_t c = 2; c <= g_.maxCluster(); ++c) {
            uint32_t v = fat_[c];
            if (v != 0 && !isEnd(v) && !isBad(v) && !isData(v))
                problem("cluster " + std::to_string(c) + " points to " + std::to_string(v) + ", outside the volume");
        }
    }

    // The chain from `first`, claimed for `owner` (an id per file or directory); problems for
    // chains that leave the volume, loop or cross another.
    std::vector<uint32_t> claimChain(uint32_t first, uint32_t owner, const std::string& path) {
        std::vector<uint32_t> clusters;
        uint32_t c = first;
        while (true) {
            if (!isData(c)) {
                problem(path + ": its cluster chain reaches " + std::to_string(c));
                return clusters;
            }
            if (owner_[c] != 0) {
                problem(path + (owner_[c] == owner ? ": its cluster chain loops" : ": shares cluster " + std::to_string(c) + " with another file"));
                return clusters;
            }
            owner_[c] = owner;
            clusters.push_back(c);
            uint32_t next = fat_[c];
            if (isEnd(next)) return clusters;
            if (next == 0 || isBad(next)) {
                problem(path + ": its cluster chain ends in a free or bad cluster");
                return clusters;
            }
            c = next;
        }
    }

    void checkShortName(const uint8_t* entry, const std::string& where) {
        for (int i = 0; i < 11; ++i) {
            uint8_t c = entry[i];
            bool bad = (c < 0x20 && !(i == 0 && c == 0x05)) || (c >= 'a' && c <= 'z') ||
                       (c != 0 && std::strchr("\"*+,./:;<=>?[\\]|", c) != nullptr) || c == 0x7F;
            if (bad) {
                problem(where + ": the short name holds a forbidden character");
                return;
            }
        }
        if (entry[0] == ' ') problem(where + ": the short name starts with a space");
    }

    void checkDirectory(uint32_t cluster, uint32_t parent, const std::string& path, uint32_t depth) {
        if (depth > kMaxDepth) {
            problem(path + ": directories nest deeper than " + std::to_string(kMaxDepth));
            return;
        }
        base::Bytes raw;
        if (cluster == 0) {
            auto root = image_.subspan(g_.rootOffset(), size_t(g_.rootEntries) * kDirEntrySize);
            raw.assign(root.begin(), root.end());
        } else {
            for (uint32_t c : claimChain(cluster, ++nextOwner_, path)) {
                auto part = image_.subspan(g_.clusterOffset(c), g_.clusterBytes());
                raw.insert(raw.end(), part.begin(), part.end());
            }
            checkDots(raw, cluster, parent, path);
        }
        std::set<std::array<uint8_t, 11>> shortNames;
        uint32_t count = uint32_t(raw.size() / kDirEntrySize);
        for (uint32_t i = cluster == 0 ? 0 : 2; i < count; ++i) {
            const uint8_t* e = raw.data() + size_t(i) * kDirEntrySize;
            if (e[0] == 0) break;
            if (e[0] == kDeletedMark || (e[11] & 0x3F) == kAttrLongName) continue;
            auto record = DirEntryRecord::decode(e);
            if (record.attr & kAttrVolumeLabel) {
                if (cluster != 0) problem(path + ": a volume label outside the root directory");
                continue;
            }
            std::string where = path + (path == "/" ? "" : "/") + displayShortName(record.shortName, record.caseFlags);
            checkShortName(e, where);
            if (!shortNames.insert(record.shortName).second) problem(where + ": the name appears twice");
            if (record.isDirectory()) {
                ++result_.directories;
                if (record.size != 0) problem(where + ": a directory with a size");
                checkDirectory(record.firstCluster, cluster, where, depth + 1);
            } else {
                ++result_.files;
                checkFile(record, where);
            }
        }
        checkLongNames(raw, path);
    }

    void checkDots(const base::Bytes& raw, uint32_t cluster, uint32_t parent, const std::string& path) {
        if (raw.size() < 2 * kDirEntrySize) return;
        auto dot = DirEntryRecord::decode(raw.data()), dotDot = DirEntryRecord::decode(raw.data() + kDirEntrySize);
        std::array<uint8_t, 11> one, two;
        one.fill(' ');
        two.fill(' ');
        one[0] = two[0] = two[1] = '.';
        if (dot.shortName != one || !dot.isDirectory() || dot.firstCluster != cluster)
            problem(path + ": its \".\" entry is missing or wrong");
        if (dotDot.shortName != two || !dotDot.isDirectory() || dotDot.firstCluster != parent)
            problem(path + ": its \"..\" entry is missing or wrong");
    }

    void checkFile(const DirEntryRecord& record, const std::string& where) {
        if (record.firstCluster == 0) {
            if (record.size != 0) problem(where + ": a size of " + std::to_string(record.size) + " bytes but no clusters");
            return;
        }
        auto clusters = claimChain(record.firstCluster, ++nextOwner_, where);
        uint64_t needed = (uint64_t(record.size) + g_.clusterBytes() - 1) / g_.clusterBytes();
        if (clusters.size() != needed)
            problem(where + ": " + std::to_string(record.size) + " bytes in a chain of " + std::to_string(clusters.size()) +
                    " clusters");
    }

    // Long-name runs must count down to 1 with one checksum, and end at the short entry they name.
    void checkLongNames(const base::Bytes& raw, const std::string& path) {
        uint32_t count = uint32_t(raw.size() / kDirEntrySize);
        int expected = -1;
        uint8_t checksum = 0;
        for (uint32_t i = 0; i < count; ++i) {
            const uint8_t* e = raw.data() + size_t(i) * kDirEntrySize;
            if (e[0] == 0) break;
            bool isLong = e[0] != kDeletedMark && (e[11] & 0x3F) == kAttrLongName;
            if (isLong) {
                int order = e[0] & 0x3F;
                if (e[0] & 0x40) {
                    if (expected > 0) problem(path + ": a long name is cut short");
                    expected = order;
                    checksum = e[13];
                } else if (order != expected || e[13] != checksum) {
                    problem(path + ": long-name entries out of order");
                    expected = -1;
                    continue;
                }
                expected = order - 1;
                if (order == 0) problem(path + ": a long-name entry numbered 0");
                continue;
            }
            if (expected == 0) {
                std::array<uint8_t, 11> name;
                std::memcpy(name.data(), e, 11);
                if (e[0] == kDeletedMark)
                    problem(path + ": a long name without its short entry");
                else if (longNameChecksum(name) != checksum)
                    problem(path + ": a long name whose checksum does not match");
            } else if (expected > 0) {
                problem(path + ": a long name is cut short");
            }
            expected = -1;
        }
    }

    base::ByteView image_;
    const Geometry& g_;
    std::vector<uint32_t> fat_;
    std::vector<uint32_t> owner_;
    uint32_t nextOwner_ = 0;
    VolumeCheck result_;
};

}  // namespace

FsResult<VolumeCheck> checkVolume(const FlashRegion& fat) {
    base::Bytes image(fat.size());
    for (uint32_t block = 0; block < fat.blockCount(); ++block)
        PYFW_TRY(fat.readBlock(block, base::MutableByteView(image).subspan(size_t(block) * kBlockSize, kBlockSize)));
    auto geometry = parseBootSector(image, image.size());
    if (!geometry.ok()) {
        VolumeCheck result;
        result.problems.push_back(geometry.error().message);
        return result;
    }
    return Checker(image, *geometry).run();
}

}  // namespace pyfw::port::fs
