// stat, list, mkdir, rmdir, remove and rename (tree_ops.cpp).
#include <gtest/gtest.h>

#include "fs_test_helpers.h"
#include "port/fs/volume.h"

using namespace pyfw;
using namespace pyfw::port::fs;
using pyfw::testing::FsRig;
using pyfw::testing::getFile;
using pyfw::testing::patterned;
using pyfw::testing::putFile;

namespace {

struct Tree : ::testing::Test {
    FsRig rig;
    std::unique_ptr<Volume> volume = rig.formatAndMount();
    Errno errorOf(const FsStatus& status) { return status.ok() ? Errno(0) : status.error().code; }
    std::vector<std::string> names(const std::string& path) {
        std::vector<std::string> out;
        auto entries = volume->list(path);
        EXPECT_TRUE(entries.ok());
        if (entries.ok())
            for (const auto& entry : *entries) out.push_back(entry.name);
        return out;
    }
};

}  // namespace

TEST_F(Tree, DirectoriesAndPaths) {
    ASSERT_TRUE(volume->mkdir("/lib").ok());
    ASSERT_TRUE(volume->mkdir("/lib/umqtt").ok());
    putFile(*volume, "/lib/umqtt/simple.py", base::toBytes("print(1)"));
    EXPECT_EQ(getFile(*volume, "//lib/./umqtt/../umqtt/simple.py"), base::toBytes("print(1)"));
    EXPECT_EQ(getFile(*volume, "/LIB/UMQTT/SIMPLE.PY"), base::toBytes("print(1)"));
    EXPECT_EQ(names("/lib"), std::vector<std::string>{"umqtt"});
    EXPECT_EQ(volume->stat("/lib")->type, EntryType::Directory);
    EXPECT_EQ(volume->stat("/")->type, EntryType::Directory);
    EXPECT_EQ(errorOf(volume->mkdir("/lib")), Errno::Exists);
    EXPECT_EQ(errorOf(volume->mkdir("/")), Errno::Exists);
    EXPECT_EQ(errorOf(volume->mkdir("/nope/sub")), Errno::NoEntry);
    EXPECT_EQ(errorOf(volume->mkdir("/lib/umqtt/simple.py/x")), Errno::NotDirectory);
    EXPECT_EQ(volume->list("/lib/umqtt/simple.py").error().code, Errno::NotDirectory);
    EXPECT_EQ(volume->list("/nope").error().code, Errno::NoEntry);
    EXPECT_EQ(volume->stat("lib").error().code, Errno::Invalid);
    EXPECT_EQ(volume->stat("/lib/").value().type, EntryType::Directory);
    EXPECT_EQ(volume->stat("/lib/umqtt/simple.py/").error().code, Errno::NotDirectory);
    EXPECT_EQ(volume->open("/new/", *OpenFlags::fromMode("w")).error().code, Errno::IsDirectory);
    EXPECT_EQ(volume->open("/lib/umqtt/simple.py/", *OpenFlags::fromMode("r")).error().code, Errno::NotDirectory);
    EXPECT_EQ(errorOf(volume->remove("/lib/umqtt/simple.py/")), Errno::NotDirectory);
    ASSERT_TRUE(volume->mkdir("/made/").ok());
    ASSERT_TRUE(volume->rmdir("/made/").ok());
    EXPECT_EQ(errorOf(volume->rmdir("/lib")), Errno::NotEmpty);
    EXPECT_EQ(errorOf(volume->rmdir("/lib/umqtt/simple.py")), Errno::NotDirectory);
    EXPECT_EQ(errorOf(volume->rmdir("/")), Errno::Invalid);
    EXPECT_EQ(errorOf(volume->remove("/lib")), Errno::IsDirectory);
    EXPECT_EQ(errorOf(volume->remove("/lib/none.py")), Errno::NoEntry);
    ASSERT_TRUE(volume->remove("/lib/umqtt/simple.py").ok());
    ASSERT_TRUE(volume->rmdir("/lib/umqtt").ok());
    EXPECT_TRUE(names("/lib").empty());
    EXPECT_EQ(volume->usage()->freeClusters, 959u);   // /lib's own cluster
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Tree, NamesTooLongOrForbidden) {
    std::string longName(300, 'n');
    EXPECT_EQ(volume->open("/" + longName, *OpenFlags::fromMode("w")).error().code, Errno::NameTooLong);
    EXPECT_EQ(errorOf(volume->mkdir("/" + longName)), Errno::NameTooLong);
    EXPECT_EQ(volume->stat("/" + longName).error().code, Errno::NameTooLong);
    EXPECT_EQ(volume->open("/a*b", *OpenFlags::fromMode("w")).error().code, Errno::Invalid);
    putFile(*volume, "/" + std::string(255, 'n'), base::toBytes("ok"));
    EXPECT_EQ(names("/"), std::vector<std::string>{std::string(255, 'n')});
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Tree, StatCarriesSizeAndTime) {
    rig.now = 1700000000;
    putFile(*volume, "/t.txt", patterned(1234, 1));
    auto stat = *volume->stat("/t.txt");
    EXPECT_EQ(stat.type, EntryType::File);
    EXPECT_EQ(stat.size, 1234u);
    EXPECT_EQ(stat.mtime, 1700000000);
    rig.now += 3600;
    {
        auto file = volume->open("/t.txt", *OpenFlags::fromMode("a")).value();
        ASSERT_TRUE(file.write(base::toBytes("!")).ok());
        EXPECT_EQ(volume->stat("/t.txt")->size, 1235u);   // an open file's size is the live one
    }
    EXPECT_EQ(volume->stat("/t.txt")->mtime, 1700003600);
    EXPECT_EQ(volume->list("/")->at(0).stat.size, 1235u);
}

TEST_F(Tree, RenameMovesAndReplacesFilesAtomically) {
    putFile(*volume, "/new.py", base::toBytes("new"));
    putFile(*volume, "/main.py", base::toBytes("old"));
    ASSERT_TRUE(volume->rename("/new.py", "/main.py").ok());
    EXPECT_EQ(getFile(*volume, "/main.py"), base::toBytes("new"));
    EXPECT_EQ(names("/"), std::vector<std::string>{"main.py"});
    ASSERT_TRUE(volume->mkdir("/lib").ok());
    ASSERT_TRUE(volume->rename("/main.py", "/lib/A Long Module Name.py").ok());
    EXPECT_EQ(getFile(*volume, "/lib/a long module name.PY"), base::toBytes("new"));
    ASSERT_TRUE(volume->rename("/lib/A Long Module Name.py", "/lib/a long module name.py").ok());   // case only
    EXPECT_EQ(names("/lib"), std::vector<std::string>{"a long module name.py"});
    ASSERT_TRUE(volume->rename("/lib/a long module name.py", "/lib/a long module name.py").ok());
    EXPECT_EQ(errorOf(volume->rename("/none", "/x")), Errno::NoEntry);
    EXPECT_EQ(errorOf(volume->rename("/lib/a long module name.py", "/nodir/x")), Errno::NoEntry);
    putFile(*volume, "/other.py", base::toBytes("o"));
    EXPECT_EQ(errorOf(volume->rename("/other.py", "/lib")), Errno::Exists);
    EXPECT_EQ(errorOf(volume->rename("/", "/x")), Errno::Invalid);
    EXPECT_EQ(volume->usage()->freeClusters, 960u - 3);
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Tree, RenamingDirectoriesKeepsTheirContentAndDotDot) {
    ASSERT_TRUE(volume->mkdir("/a").ok());
    ASSERT_TRUE(volume->mkdir("/a/b").ok());
    ASSERT_TRUE(volume->mkdir("/c").ok());
    putFile(*volume, "/a/b/f.txt", base::toBytes("f"));
    EXPECT_EQ(errorOf(volume->rename("/a", "/a/b/a")), Errno::Invalid);
    EXPECT_EQ(errorOf(volume->rename("/a", "/a/x")), Errno::Invalid);
    ASSERT_TRUE(volume->rename("/a/b", "/c/b").ok());
    ASSERT_TRUE(volume->rename("/c/b", "/top").ok());
    EXPECT_EQ(getFile(*volume, "/top/f.txt"), base::toBytes("f"));
    EXPECT_TRUE(rig.problems().empty());   // checks ".." of the moved directory
    ASSERT_TRUE(volume->rename("/top", "/a/deep").ok());
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Tree, OpenFilesCannotBeRemovedButCanBeRenamed) {
    putFile(*volume, "/busy.txt", base::toBytes("busy"));
    putFile(*volume, "/target.txt", base::toBytes("t"));
    auto file = volume->open("/busy.txt", *OpenFlags::fromMode("a")).value();
    EXPECT_EQ(errorOf(volume->remove("/busy.txt")), Errno::Busy);
    EXPECT_EQ(errorOf(volume->rename("/target.txt", "/busy.txt")), Errno::Busy);
    ASSERT_TRUE(volume->rename("/busy.txt", "/moved with a long name.txt").ok());
    ASSERT_TRUE(file.write(base::toBytes(" and written")).ok());
    ASSERT_TRUE(file.close().ok());
    EXPECT_EQ(getFile(*volume, "/moved with a long name.txt"), base::toBytes("busy and written"));
    EXPECT_TRUE(rig.problems().empty());
}

TEST_F(Tree, FailedChangesLeaveNothingBehind) {
    // Fill the root directory, then try to make one more directory: the cluster it took is given back.
    for (int i = 0; i < 512; ++i) ASSERT_TRUE(volume->open(pyfw::testing::numbered("/F", i), *OpenFlags::fromMode("w")).ok());
    uint32_t free = volume->usage()->freeClusters;
    EXPECT_EQ(errorOf(volume->mkdir("/onemore")), Errno::NoSpace);
    EXPECT_EQ(volume->usage()->freeClusters, free);
    ASSERT_TRUE(volume->unmount().ok());
    EXPECT_TRUE(rig.problems().empty());
}
