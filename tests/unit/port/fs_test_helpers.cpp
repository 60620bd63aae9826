#include "fs_test_helpers.h"

#include <gtest/gtest.h>

#include "port/fs/volume_check.h"

namespace pyfw::testing {

using namespace port::fs;

FsRig::FsRig(uint32_t fat, uint32_t journal, std::optional<FlashCipher> key)
    : flash(chip::SpiFlash::inMemory((fat + journal) * kBlockSize)), fatBlocks(fat), journalBlocks(journal), cipher(key) {
    flash.attachPowerCut(&powerCut);
}

VolumeStorage FsRig::storage(bool withJournal) const {
    auto fatRegion = FlashRegion::create(flash, journalBlocks * kBlockSize, fatBlocks * kBlockSize, cipher);
    VolumeStorage out{*fatRegion, std::nullopt};
    if (withJournal && journalBlocks > 0) out.journal = *FlashRegion::create(flash, 0, journalBlocks * kBlockSize, cipher);
    return out;
}

TimeSource FsRig::clock() {
    return [this] { return now; };
}

std::unique_ptr<Volume> FsRig::formatAndMount() {
    auto formatted = Volume::format(storage(), clock());
    EXPECT_TRUE(formatted.ok()) << formatted.error().message;
    return mount();
}

std::unique_ptr<Volume> FsRig::mount(MountReport* report) {
    auto volume = Volume::mount(storage(), {clock()}, report);
    EXPECT_TRUE(volume.ok()) << volume.error().message;
    return volume.ok() ? std::move(*volume) : nullptr;
}

std::vector<std::string> FsRig::problems() const {
    auto check = checkVolume(storage().fat);
    if (!check.ok()) return {check.error().message};
    return check->problems;
}

void putFile(Volume& volume, const std::string& path, base::ByteView data) {
    auto file = volume.open(path, *OpenFlags::fromMode("wb"));
    ASSERT_TRUE(file.ok()) << path << ": " << file.error().message;
    auto written = file->write(data);
    ASSERT_TRUE(written.ok()) << path << ": " << written.error().message;
    auto closed = file->close();
    ASSERT_TRUE(closed.ok()) << path << ": " << closed.error().message;
}

base::Bytes getFile(Volume& volume, const std::string& path) {
    auto file = volume.open(path, *OpenFlags::fromMode("rb"));
    EXPECT_TRUE(file.ok()) << path << ": " << file.error().message;
    if (!file.ok()) return {};
    base::Bytes data(*file->size());
    auto got = file->read(data);
    EXPECT_TRUE(got.ok());
    data.resize(got.ok() ? *got : 0);
    return data;
}

std::string numbered(std::string prefix, long n) {
    prefix += std::to_string(n);
    return prefix;
}

base::Bytes patterned(size_t size, uint32_t seed) {
    base::Bytes out(size);
    uint32_t x = seed * 2654435761u + 1;
    for (auto& b : out) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b = uint8_t(x);
    }
    return out;
}

}  // namespace pyfw::testing
