#include "base/file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using namespace pyfw::base;

namespace {

// A fresh folder per test, so parallel test runs never share files.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        path = std::filesystem::temp_directory_path() /
               ("pyfw_file_test_" + std::to_string(::getpid()) + "_" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() { std::filesystem::remove_all(path); }
    int entries() const {
        int n = 0;
        for ([[maybe_unused]] auto& entry : std::filesystem::directory_iterator(path)) ++n;
        return n;
    }
};

}  // namespace

TEST(File, WriteThenReadBack) {
    ScratchDir dir;
    auto path = dir.path / "out.bin";
    Bytes data{1, 2, 3};
    ASSERT_TRUE(writeFileAtomically(path, data).ok());
    auto back = readFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, data);
    EXPECT_EQ(dir.entries(), 1);  // no temporary file is left beside the target
}

TEST(File, ReadsEmptyAndLargeFiles) {
    ScratchDir dir;
    ASSERT_TRUE(writeFileAtomically(dir.path / "empty", Bytes{}).ok());
    EXPECT_TRUE(readFile(dir.path / "empty")->empty());
    Bytes big(3 << 20);
    for (size_t i = 0; i < big.size(); ++i) big[i] = uint8_t(i * 7 + (i >> 12));
    ASSERT_TRUE(writeFileAtomically(dir.path / "big", big, Durability::Atomic).ok());
    EXPECT_EQ(*readFile(dir.path / "big"), big);
}

TEST(File, ReadsFilesWhoseSizeIsUnknownBeforehand) {
    // /proc files report a size of 0 and have content: the read must go on to the real end.
    auto status = readFile("/proc/self/status");
    ASSERT_TRUE(status.ok());
    EXPECT_NE(toString(*status).find("Name:"), std::string::npos);
}

TEST(File, AFileTruncatedWhileBeingReadEndsEarlyInsteadOfCrashing) {
    ScratchDir dir;
    auto path = dir.path / "shrinking.bin";
    ASSERT_TRUE(writeFileAtomically(path, Bytes(1 << 20, 0xA5)).ok());
    auto file = InputFile::open(path);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->sizeAtOpen(), 1u << 20);
    Bytes buffer(4096);
    ASSERT_EQ(*file->readUpTo(buffer), 4096u);
    std::filesystem::resize_file(path, 8192);  // another process cuts the file short
    Bytes rest(1 << 20);
    EXPECT_EQ(*file->readUpTo(rest), 4096u);  // a mapping would have faulted on the lost pages
    EXPECT_EQ(*file->readUpTo(rest), 0u);
}

TEST(File, AnOutputFileNeverCommittedLeavesNothingBehind) {
    ScratchDir dir;
    auto path = dir.path / "out.bin";
    ASSERT_TRUE(writeFileAtomically(path, Bytes{7}).ok());
    {
        auto output = OutputFile::create(path);
        ASSERT_TRUE(output.ok());
        ASSERT_TRUE(output->write(Bytes(100, 1)).ok());
        EXPECT_EQ(dir.entries(), 2);  // the target and the temporary file
    }
    EXPECT_EQ(dir.entries(), 1);
    EXPECT_EQ(*readFile(path), Bytes{7});  // the old content is untouched
    auto output = OutputFile::create(path);
    ASSERT_TRUE(output->write(Bytes{8, 9}).ok());
    ASSERT_TRUE(output->commit(Durability::Atomic).ok());
    EXPECT_EQ(*readFile(path), (Bytes{8, 9}));
    EXPECT_EQ(dir.entries(), 1);
}

TEST(File, MissingFileIsAnErrorNamingIt) {
    auto result = readFile("/nonexistent/pyfw/file.bin");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("/nonexistent/pyfw/file.bin"), std::string::npos);
    auto output = OutputFile::create("/nonexistent/pyfw/out.bin");
    ASSERT_FALSE(output.ok());
    EXPECT_NE(output.error().message.find("/nonexistent/pyfw/out.bin"), std::string::npos);
}
