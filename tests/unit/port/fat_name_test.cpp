#include "port/fs/fat_name.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace pyfw::port::fs;

namespace {

std::string shortText(const ShortName& name) { return std::string(name.bytes.begin(), name.bytes.end()); }

}  // namespace

TEST(FatName, NormalizeDropsTrailingDotsAndSpaces) {
    EXPECT_EQ(*normalizeName("boot.py"), "boot.py");
    EXPECT_EQ(*normalizeName("notes. . "), "notes");
    EXPECT_EQ(normalizeName("...").error().code, Errno::Invalid);
    EXPECT_EQ(normalizeName("").error().code, Errno::Invalid);
}

TEST(FatName, NormalizeRefusesForbiddenCharacters) {
    for (std::string bad : std::vector<std::string>{"a*b", "a?b", "a:b", "a<b", "a>b", "a|b", "a\"b", "a\\b", "a\x01" "b", "a\x7f"})
        EXPECT_EQ(normalizeName(bad).error().code, Errno::Invalid) << bad;
    EXPECT_TRUE(normalizeName("a+b,c;d=e[f] g").ok());   // fine in a long name
    EXPECT_EQ(normalizeName("\xff\xfe").error().code, Errno::Invalid);   // not UTF-8
    EXPECT_EQ(normalizeName("\xc0\xaf").error().code, Errno::Invalid);   // overlong
}

TEST(FatName, LengthIsCountedInUtf16Units) {
    EXPECT_TRUE(normalizeName(std::string(255, 'x')).ok());
    EXPECT_EQ(normalizeName(std::string(256, 'x')).error().code, Errno::NameTooLong);
    EXPECT_EQ(normalizeName(std::string(300, 'x')).error().code, Errno::NameTooLong);
    std::string emoji = "\xF0\x9F\x98\x80";   // U+1F600: two UTF-16 units
    std::string name;
    for (int i = 0; i < 127; ++i) name += emoji;
    EXPECT_TRUE(normalizeName(name + "x").ok());
    EXPECT_EQ(normalizeName(name + emoji).error().code, Errno::NameTooLong);
}

TEST(FatName, ExactShortNamesKeepTheirCaseInFlags) {
    auto lower = exactShortName("boot.py");
    ASSERT_TRUE(lower);
    EXPECT_EQ(shortText(*lower), "BOOT    PY ");
    EXPECT_EQ(lower->caseFlags, kLowerBase | kLowerExt);
    auto upper = exactShortName("MAIN.PY");
    ASSERT_TRUE(upper);
    EXPECT_EQ(upper->caseFlags, 0);
    auto mixedParts = exactShortName("README.txt");
    ASSERT_TRUE(mixedParts);
    EXPECT_EQ(mixedParts->caseFlags, kLowerExt);
    EXPECT_EQ(shortText(*exactShortName("lib")), "LIB        ");
    EXPECT_FALSE(exactShortName("Boot.py"));        // mixed case in one part
    EXPECT_FALSE(exactShortName("toolongname.py"));
    EXPECT_FALSE(exactShortName("a.b.c"));
    EXPECT_FALSE(exactShortName("x.pyc4"));
    EXPECT_FALSE(exactShortName("a b.py"));
    EXPECT_FALSE(exactShortName(".hidden"));
    EXPECT_FALSE(exactShortName("a+b.py"));
}

TEST(FatName, BasisOfLongNames) {
    bool lossy = false;
    EXPECT_EQ(shortText(shortNameBasis("Boot.py", lossy)), "BOOT    PY ");
    EXPECT_FALSE(lossy);
    EXPECT_EQ(shortText(shortNameBasis("long file name.text", lossy)), "LONGFILETEX");
    EXPECT_TRUE(lossy);
    EXPECT_EQ(shortText(shortNameBasis("a+b.py", lossy)), "A_B     PY ");
    EXPECT_TRUE(lossy);
    EXPECT_EQ(shortText(shortNameBasis(".profile", lossy)), "PROFILE    ");
    EXPECT_TRUE(lossy);
    EXPECT_EQ(shortText(shortNameBasis("caf\xc3\xa9.txt", lossy)), "CAF_    TXT");
    EXPECT_TRUE(lossy);
    EXPECT_EQ(shortText(shortNameBasis("a.b.c", lossy)), "AB      C  ");
    EXPECT_TRUE(lossy);
}

TEST(FatName, NumericTails) {
    bool lossy = false;
    auto basis = shortNameBasis("longfilename.txt", lossy);
    EXPECT_EQ(shortText(withNumericTail(basis, 1)), "LONGFI~1TXT");
    EXPECT_EQ(shortText(withNumericTail(basis, 12)), "LONGF~12TXT");
    EXPECT_EQ(shortText(withNumericTail(basis, 999999)), "L~999999TXT");
    auto shortBase = shortNameBasis("ab cd", lossy);
    EXPECT_EQ(shortText(withNumericTail(shortBase, 3)), "ABCD~3     ");
}

TEST(FatName, ChecksumIsTheRotateAndAddOfTheShortName) {
    std::array<uint8_t, 11> name;
    std::memcpy(name.data(), "LONGFI~1TXT", 11);
    uint8_t sum = 0;
    for (uint8_t c : name) sum = uint8_t(uint8_t((sum >> 1) | (sum << 7)) + c);
    EXPECT_EQ(longNameChecksum(name), sum);
}

TEST(FatName, DisplayAppliesFlagsAndTheE5Escape) {
    std::array<uint8_t, 11> name;
    std::memcpy(name.data(), "BOOT    PY ", 11);
    EXPECT_EQ(displayShortName(name, 0), "BOOT.PY");
    EXPECT_EQ(displayShortName(name, kLowerBase), "boot.PY");
    EXPECT_EQ(displayShortName(name, kLowerBase | kLowerExt), "boot.py");
    std::memcpy(name.data(), "\x05" "BC        ", 11);
    EXPECT_EQ(displayShortName(name, 0), "\xc3\xa5" "BC");   // 0xE5 read as Latin-1
}

TEST(FatName, Utf16RoundTrip) {
    std::string text = "caf\xc3\xa9 \xe2\x82\xac \xF0\x9F\x98\x80";
    auto units = utf8ToUtf16(text);
    EXPECT_EQ(units.size(), 9u);
    EXPECT_EQ(utf16ToUtf8(units), text);
    EXPECT_EQ(utf16ToUtf8(std::u16string(1, char16_t(0xD800))), "\xef\xbf\xbd");
}

TEST(FatName, NamesCompareWithoutAsciiCase) {
    EXPECT_TRUE(sameName("Boot.PY", "boot.py"));
    EXPECT_FALSE(sameName("boot.py", "boot.pyc"));
    EXPECT_FALSE(sameName("caf\xc3\xa9", "CAF\xc3\x89"));   // only ASCII folds
}
