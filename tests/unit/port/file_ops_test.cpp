// Opening, reading, writing and seeking files (file_ops.cpp).
#include <gtest/gtest.h>

#include "fs_test_helpers.h"
#include "port/fs/fat_geometry.h"
#include "port/fs/volume.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;
using pyfw::testing::getFile;
using pyfw::testing::patterned;
using pyfw::testing::putFile;

namespace {

OpenFlags mode(const char* text) { return *OpenFlags::fromMode(text); }

std::string readAll(File& file) {
    std::string out;
    uint8_t buffer[700];
    while (true) {
        auto got = file.read(buffer);
        EXPECT_TRUE(got.ok());
        if (!got.ok() || *got == 0) return out;
        out.append(reinterpret_cast<char*>(buffer), *got);
    }
}

struct Files : ::testing::Test {
    FsRig rig;
    std::unique_ptr<Volume> volume = rig.formatAndMount();
};

}  // namespace

TEST_F(Files, ModesBehaveAsPythonsOpen) {
    EXPECT_EQ(volume->open("/none.txt", mode("r")).error().code, Errno::NoEntry);
    putFile(*volume, "/a.txt", base::toBytes("hello"));
    {
        auto file = volume->open("/a.txt", mode("a")).value();
        ASSERT_TRUE(file.seek(0, 0).ok());
        ASSERT_TRUE(file.write(base::view(std::string(" world"))).ok());   // append ignores the position
    }
    EXPECT_EQ(getFile(*volume, "/a.txt"), base::toBytes("hello world"));
    {
        auto file = volume->open("/a.txt", mode("r+")).value();
        ASSERT_TRUE(file.write(base::view(std::string("J"))).ok());
        EXPECT_EQ(readAll(file), "ello world");
    }
    EXPECT_EQ(getFile(*volume, "/a.txt"), base::toBytes("Jello world"));
    EXPECT_EQ(volume->open("/a.txt", mode("x")).error().code, Errno::Exists);
    ASSERT_TRUE(volume->open("/b.txt", mode("x")).ok());
    {
        auto file = volume->open("/a.txt", mode("w+")).value();
        EXPECT_EQ(*file.size(), 0u);
        EXPECT_EQ(readAll(file), "");
    }
    EXPECT_EQ(volume->stat("/a.txt")->size, 0u);
    EXPECT_FALSE(OpenFlags::fromMode("rw"));
    EXPECT_FALSE(OpenFlags::fromMode("q"));
    EXPECT_FALSE(OpenFlags::fromMode(""));
    EXPECT_EQ(volume->open("/", mode("r")).error().code, Errno::IsDirectory);
    OpenFlags neither;
    EXPECT_EQ(volume->open("/a.txt", neither).error().code, Errno::Invalid);
}

TEST_F(Files, HandlesCheckTheirDirection) {
    putFile(*volume, "/a.txt", base::toBytes("data"));
    auto reader = volume->open("/a.txt", mode("r")).value();
    EXPECT_EQ(reader.write(base::toBytes("x")).error().code, Errno::BadFile);
    auto writer = volume->open("/a.txt", mode("a")).value();
    uint8_t byte;
    EXPECT_EQ(writer.read(std::span<uint8_t>(&byte, 1)).error().code, Errno::BadFile);
    ASSERT_TRUE(writer.close().ok());
    EXPECT_TRUE(writer.close().ok());   // again: nothing to do
    EXPECT_EQ(writer.write(base::toBytes("x")).error().code, Errno::BadFile);
    EXPECT_EQ(writer.tell().error().code, Errno::BadFile);
}

TEST_F(Files, SeekTellAndGapsOfZeros) {
    auto file = volume->open("/sparse.bin", mode("w+")).value();
    EXPECT_EQ(*file.seek(3000, 0), 3000u);
    ASSERT_TRUE(file.write(base::toBytes("end")).ok());
    EXPECT_EQ(*file.tell(), 3003u);
    EXPECT_EQ(*file.size(), 3003u);
    EXPECT_EQ(*file.seek(-3, 2), 3000u);
    EXPECT_EQ(*file.seek(1, 1), 3001u);
    EXPECT_EQ(file.seek(-3002, 1).error().code, Errno::Invalid);
    EXPECT_EQ(file.seek(0, 3).error().code, Errno::Invalid);
    EXPECT_EQ(file.seek(int64_t(1) << 40, 0).error().code, Errno::Invalid);
    ASSERT_TRUE(file.seek(0, 0).ok());
    auto content = readAll(file);
    ASSERT_EQ(content.size(), 3003u);
    EXPECT_EQ(content.substr(0, 3000), std::string(3000, '\0'));
    EXPECT_EQ(content.substr(3000), "end");
    ASSERT_TRUE(file.close().ok());
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Files, LargeFilesRoundTripAndOverwriteInTheMiddle) {
    auto data = patterned(256 * 1024, 5);
    putFile(*volume, "/big.bin", data);
    {
        auto file = volume->open("/big.bin", mode("r+")).value();
        ASSERT_TRUE(file.seek(100000, 0).ok());
        auto patch = patterned(7000, 6);
        ASSERT_TRUE(file.write(patch).ok());
        std::copy(patch.begin(), patch.end(), data.begin() + 100000);
    }
    EXPECT_EQ(getFile(*volume, "/big.bin"), data);
    ASSERT_TRUE(volume->unmount().ok());
    auto again = rig.mount();
    EXPECT_EQ(getFile(*again, "/big.bin"), data);
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Files, TwoHandlesOnOneFileShareItsSize) {
    auto writer = volume->open("/log.txt", mode("a")).value();
    auto reader = volume->open("/log.txt", mode("r")).value();
    ASSERT_TRUE(writer.write(base::toBytes("line 1\n")).ok());
    EXPECT_EQ(readAll(reader), "line 1\n");
    ASSERT_TRUE(writer.write(base::toBytes("line 2\n")).ok());
    EXPECT_EQ(readAll(reader), "line 2\n");
    EXPECT_EQ(volume->stat("/log.txt")->size, 14u);
}

TEST_F(Files, AFullVolumeSaysNoSpaceAndDamagesNothing) {
    putFile(*volume, "/keep.txt", patterned(10000, 7));
    auto file = volume->open("/fill.bin", mode("w")).value();
    auto chunk = patterned(50000, 8);
    FsError error{Errno::Io, ""};
    for (int i = 0; i < 20; ++i) {
        auto written = file.write(chunk);
        if (!written.ok()) {
            error = written.error();
            break;
        }
    }
    EXPECT_EQ(error.code, Errno::NoSpace);
    EXPECT_EQ(volume->usage()->freeClusters, 0u);
    ASSERT_TRUE(file.close().ok());
    EXPECT_EQ(volume->mkdir("/more").error().code, Errno::NoSpace);
    EXPECT_EQ(getFile(*volume, "/keep.txt"), patterned(10000, 7));
    EXPECT_TRUE(rig.problems().empty());
    // Space comes back when the file goes.
    ASSERT_TRUE(volume->remove("/fill.bin").ok());
    putFile(*volume, "/after.txt", patterned(20000, 9));
    EXPECT_EQ(getFile(*volume, "/after.txt"), patterned(20000, 9));
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Files, WritesPastFourGigabytesAreRefused) {
    auto file = volume->open("/huge.bin", mode("w")).value();
    ASSERT_TRUE(file.seek(0xFFFFFFFEll, 0).ok());
    EXPECT_EQ(file.write(base::toBytes("abc")).error().code, Errno::FileTooBig);
}

TEST_F(Files, ReadOnlyFilesRefuseWriting) {
    putFile(*volume, "/ro.txt", base::toBytes("x"));
    ASSERT_TRUE(volume->unmount().ok());
    // Set the read-only attribute as another tool would: byte 11 of its entry in the root.
    auto fat = rig.storage().fat;
    base::Bytes block(kBlockSize);
    uint32_t rootBlock = uint32_t((*planVolume(fat.size())).rootOffset() / kBlockSize);
    ASSERT_TRUE(fat.readBlock(rootBlock, block).ok());
    block[11] |= 0x01;
    ASSERT_TRUE(fat.writeBlock(rootBlock, block).ok());
    auto again = rig.mount();
    EXPECT_TRUE(again->stat("/ro.txt")->readOnly);
    EXPECT_EQ(again->open("/ro.txt", mode("a")).error().code, Errno::AccessDenied);
    EXPECT_EQ(again->remove("/ro.txt").error().code, Errno::AccessDenied);
    EXPECT_TRUE(again->open("/ro.txt", mode("r")).ok());
}
