// The public Volume and File: Python's modes and use from several threads at once (volume.cpp).
#include "port/fs/volume.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "fs_test_helpers.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;
using pyfw::testing::getFile;
using pyfw::testing::patterned;

TEST(Volume, PythonModes) {
    auto r = *OpenFlags::fromMode("rb");
    EXPECT_TRUE(r.read && !r.write && !r.create);
    auto w = *OpenFlags::fromMode("w");
    EXPECT_TRUE(w.write && w.create && w.truncate && !w.read);
    auto a = *OpenFlags::fromMode("a+");
    EXPECT_TRUE(a.read && a.write && a.append && a.create && !a.truncate);
    auto x = *OpenFlags::fromMode("xt");
    EXPECT_TRUE(x.write && x.create && x.exclusive);
    EXPECT_FALSE(OpenFlags::fromMode("rwa"));
}

TEST(Volume, ThreadsShareOneVolume) {
    FsRig rig;
    auto volume = rig.formatAndMount();
    ASSERT_TRUE(volume->mkdir("/t").ok());
    constexpr int kThreads = 4, kFiles = 12;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kFiles; ++i) {
                std::string path = pyfw::testing::numbered("/t/thread ", t) + " file " + std::to_string(i);
                auto file = volume->open(path, *OpenFlags::fromMode("w"));
                if (!file.ok()) { ++failures; continue; }
                auto data = patterned(1000 + 97 * i, t * 100 + i);
                for (size_t at = 0; at < data.size(); at += 100)
                    if (!file->write(base::ByteView(data).subspan(at, std::min<size_t>(100, data.size() - at))).ok()) ++failures;
                if (!file->close().ok()) ++failures;
                if (!volume->list("/t").ok() || !volume->stat(path).ok()) ++failures;
                if (i % 3 == 2 && !volume->remove(path).ok()) ++failures;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures.load(), 0);
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kFiles; ++i) {
            std::string path = pyfw::testing::numbered("/t/thread ", t) + " file " + std::to_string(i);
            if (i % 3 == 2)
                EXPECT_EQ(volume->stat(path).error().code, Errno::NoEntry);
            else
                EXPECT_EQ(getFile(*volume, path), patterned(1000 + 97 * i, t * 100 + i));
        }
    ASSERT_TRUE(volume->unmount().ok());
    EXPECT_TRUE(rig.problems().empty());
}

TEST(Volume, FilesOutliveTheirVolume) {
    FsRig rig;
    auto volume = rig.formatAndMount();
    auto file = volume->open("/a.txt", *OpenFlags::fromMode("w")).value();
    ASSERT_TRUE(file.write(base::toBytes("abc")).ok());
    ASSERT_TRUE(volume->unmount().ok());   // commits the open file
    EXPECT_EQ(file.write(base::toBytes("d")).error().code, Errno::BadFile);
    EXPECT_EQ(volume->stat("/a.txt").error().code, Errno::BadFile);
    volume.reset();
    EXPECT_EQ(file.read(std::span<uint8_t>()).error().code, Errno::BadFile);
    EXPECT_TRUE(file.close().ok());
    auto again = rig.mount();
    EXPECT_EQ(getFile(*again, "/a.txt"), base::toBytes("abc"));
}
