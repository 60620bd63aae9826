#include "base/file.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace pyfw::base;

TEST(File, WriteThenReadBack) {
    auto dir = std::filesystem::temp_directory_path() / "pyfw_file_test";
    std::filesystem::create_directories(dir);
    auto path = dir / "out.bin";
    Bytes data{1, 2, 3};
    ASSERT_TRUE(writeFileAtomically(path, data).ok());
    auto back = readFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, data);
    // No temporary file is left beside the target.
    int entries = 0;
    for ([[maybe_unused]] auto& entry : std::filesystem::directory_iterator(dir)) ++entries;
    EXPECT_EQ(entries, 1);
    std::filesystem::remove_all(dir);
}

TEST(File, MissingFileIsAnErrorNamingIt) {
    auto result = readFile("/nonexistent/pyfw/file.bin");
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("/nonexistent/pyfw/file.bin"), std::string::npos);
}
