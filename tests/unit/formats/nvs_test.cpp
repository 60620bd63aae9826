// The NVS format: the shared reference partitions (made by Espressif's nvs_partition_gen.py, page
// formats v1 and v2) read back to their CSVs and generated again byte for byte; the generator's
// page-filling rules at the edges; CSV parsing; the reader's problem reports on damaged pages.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "formats/nvs_csv.h"
#include "formats/nvs_generator.h"
#include "formats/nvs_reader.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::formats::nvs;

namespace {

std::filesystem::path nvsVectors() {
    auto path = std::filesystem::path(PYFW_SOURCE_DIR) / ".." / "shared" / "vectors" / "nvs";
    return std::filesystem::is_directory(path) ? path : std::filesystem::path();
}

std::vector<CsvItem> itemsOf(const std::string& csv) {
    auto rows = parseCsv(csv);
    EXPECT_TRUE(rows.ok()) << rows.error().message;
    auto items = csvItems(*rows, [](const std::string& path) { return base::readFile(path); });
    EXPECT_TRUE(items.ok()) << items.error().message;
    return items.ok() ? *items : std::vector<CsvItem>{};
}

base::Bytes generate(const std::string& csv, uint32_t size = 0x7000, PageVersion version = PageVersion::V2) {
    auto partition = generatePartition(itemsOf(csv), size, version);
    EXPECT_TRUE(partition.ok()) << partition.error().message;
    return partition.ok() ? *partition : base::Bytes{};
}

Partition read(const base::Bytes& bytes) {
    auto partition = readPartition(bytes);
    EXPECT_TRUE(partition.ok()) << partition.error().message;
    return partition.ok() ? *partition : Partition{};
}

}  // namespace

TEST(NvsVectors, GeneratedByteForByteAndReadBack) {
    auto dir = nvsVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/nvs is absent";
    int checked = 0;
    for (const char* name : {"pycom_app", "fleet_device"}) {
        auto csv = base::toString(*base::readFile(dir / (std::string(name) + ".csv")));
        for (auto [suffix, version] : {std::pair{"_v1", PageVersion::V1}, std::pair{"_v2", PageVersion::V2}}) {
            auto expected = *base::readFile(dir / (std::string(name) + suffix + ".bin"));
            EXPECT_EQ(generate(csv, 0x7000, version), expected) << name << suffix;
            auto partition = read(expected);
            EXPECT_TRUE(partition.problems.empty()) << name << suffix << ": " << partition.problems.front();
            // Every data row of the CSV is a record with the CSV's value.
            auto items = itemsOf(csv);
            std::string ns;
            size_t values = 0;
            for (const auto& item : items) {
                if (item.isNamespace) {
                    ns = item.key;
                    continue;
                }
                ++values;
                const Record* record = partition.find(ns, item.key);
                ASSERT_NE(record, nullptr) << name << suffix << " " << item.key;
                EXPECT_EQ(record->value, item.value) << item.key;
            }
            EXPECT_EQ(partition.records.size(), values);
            ++checked;
        }
    }
    EXPECT_EQ(checked, 4);
}

TEST(NvsVectors, FleetValuesAsTheirTypes) {
    auto dir = nvsVectors();
    if (dir.empty()) GTEST_SKIP() << "../shared/vectors/nvs is absent";
    for (const char* file : {"fleet_device_v1.bin", "fleet_device_v2.bin"}) {
        auto partition = read(*base::readFile(dir / file));
        EXPECT_EQ(partition.find("PY_NVM", "interval_s")->value, Value::u32(600));
        EXPECT_EQ(partition.find("fleet", "site")->value.text(), "warehouse-7 north");
        EXPECT_EQ(test::hexOf(partition.find("fleet", "dev_eui")->value.bytes), "70b3d5499e6a1c2f");
        EXPECT_EQ(partition.pages.size(), 7u);
        EXPECT_TRUE(partition.pages[6].blank);
        EXPECT_EQ(partition.pages[0].header.state, uint32_t(PageState::Full));
    }
}

TEST(NvsFormat, HeaderAndEntryCrcs) {
    PageHeader header;
    header.state = uint32_t(PageState::Active);
    header.sequence = 0;
    header.version = uint8_t(PageVersion::V2);
    auto raw = header.serialize();
    EXPECT_EQ(test::hexOf(raw), "feffffff00000000feffffffffffffffffffffffffffffffffffffff842dbab9");
    EXPECT_TRUE(PageHeader::parse(raw).crcValid());
    raw[12] = 0;  // a reserved byte is covered by the CRC
    EXPECT_FALSE(PageHeader::parse(raw).crcValid());

    Entry entry;
    entry.nsIndex = 0;
    entry.type = uint8_t(ItemType::U8);
    entry.setKey("PY_NVM");
    entry.data.fill(0xFF);
    entry.data[0] = 1;
    EXPECT_EQ(test::hexOf(entry.sealed().serialize()), "000101ffb3817ab150595f4e564d0000000000000000000001ffffffffffffff");
}

TEST(NvsFormat, EntryStatesOnlyLoseBits) {
    base::Bytes page(kPageSize, 0xFF);
    setEntryState(page, 5, EntryState::Written);
    EXPECT_EQ(entryState(page, 5), EntryState::Written);
    EXPECT_EQ(entryState(page, 4), EntryState::Empty);
    setEntryState(page, 5, EntryState::Erased);
    EXPECT_EQ(entryState(page, 5), EntryState::Erased);
    setEntryState(page, 5, EntryState::Written);  // cannot come back
    EXPECT_EQ(entryState(page, 5), EntryState::Erased);
    EXPECT_EQ(page[kBitmapOffset + 1], 0xF3);
}

TEST(NvsFormat, IntegerRangesAndParsing) {
    EXPECT_TRUE(parseInteger(ItemType::U32, "4294967295").ok());
    EXPECT_FALSE(parseInteger(ItemType::U32, "4294967296").ok());
    EXPECT_FALSE(parseInteger(ItemType::U8, "-1").ok());
    EXPECT_EQ(parseInteger(ItemType::I8, "-128")->asSigned(), -128);
    EXPECT_FALSE(parseInteger(ItemType::I8, "128").ok());
    EXPECT_EQ(parseInteger(ItemType::I64, "-9223372036854775808")->asSigned(), INT64_MIN);
    EXPECT_EQ(parseInteger(ItemType::U64, "18446744073709551615")->bits, UINT64_MAX);
    EXPECT_FALSE(parseInteger(ItemType::U64, "18446744073709551616").ok());
    EXPECT_EQ(parseInteger(ItemType::U16, " 1_000 ")->bits, 1000u);  // as Python's int()
    for (const char* bad : {"", "0x10", "1__0", "_1", "1_", "12a", "+", "1.0"})
        EXPECT_FALSE(parseInteger(ItemType::U32, bad).ok()) << bad;
}

TEST(NvsCsv, QuotedFieldsAndColumnOrder) {
    auto rows = parseCsv("value,key,encoding,type\r\n,ns,,namespace\n\n\"a, \"\"b\"\"\",s,string,data\n");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[1].key, "s");
    EXPECT_EQ((*rows)[1].value, "a, \"b\"");
    EXPECT_EQ((*rows)[1].line, 4u);
}

TEST(NvsCsv, BadRowsNameTheLine) {
    auto check = [](const std::string& csv, const std::string& part) {
        auto rows = parseCsv(csv);
        std::string message = rows.ok() ? "" : rows.error().message;
        if (rows.ok()) {
            auto items = csvItems(*rows, [](const std::string&) -> base::Result<base::Bytes> { return base::fail("no file"); });
            if (!items.ok()) message = items.error().message;
        }
        EXPECT_NE(message.find(part), std::string::npos) << csv << " -> " << message;
    };
    check("key,type,encoding\n", "no \"value\" column");
    check("key,type,encoding,value\nk,data,u8,1\n", "before the first namespace");
    check("key,type,encoding,value\nns,namespace,,\nk,data,u8,256\n", "line 3");
    check("key,type,encoding,value\nns,namespace,,\nsixteen_chars_ab,data,u8,1\n", "at most 15");
    check("key,type,encoding,value\nns,namespace,,\nk,data,float,1\n", "encoding \"float\"");
    check("key,type,encoding,value\nns,namespace,,\nk,data,hex2bin,abc\n", "odd number");
    check("key,type,encoding,value\nns,namespace,,\nns,namespace,,\n", "opened twice");
    check("key,type,encoding,value\nns,namespace,,\nk,file,u32,x\n", "file row");
    check("key,type,encoding,value\nns,namespace,,\nk,file,binary,missing.bin\n", "no file");
    check("key,type,encoding,value\nns,namespace,,\nk,struct,u8,1\n", "not namespace, data or file");
    check(std::string("key,type,encoding,value\n\0\0ns,namespace,,\n", 41), "cannot contain a NUL");  // found by fuzzing
}

TEST(NvsGenerator, ABlobSplitsAcrossPagesInV2AndReadsBack) {
    std::string big(6000 * 2, 'a');  // 6000 bytes as hex
    auto bytes = generate("key,type,encoding,value\nns,namespace,,\nn,data,u32,7\nbig,data,hex2bin," + big + "\n");
    auto partition = read(bytes);
    EXPECT_TRUE(partition.problems.empty()) << partition.problems.front();
    ASSERT_NE(partition.find("ns", "big"), nullptr);
    EXPECT_EQ(partition.find("ns", "big")->value.bytes, base::Bytes(6000, 0xAA));
    // Page 0 holds the namespace, n and a chunk of 123 data entries (3936 bytes); page 1 the rest.
    Entry chunk = Entry::parse(base::ByteView(bytes).subspan(entryOffset(2), kEntrySize));
    EXPECT_EQ(chunk.type, uint8_t(ItemType::BlobData));
    EXPECT_EQ(chunk.varSize(), 3936);
    EXPECT_EQ(chunk.chunkIndex, 0);
}

TEST(NvsGenerator, V1RefusesWhatDoesNotFitAPage) {
    std::string big(1985 * 2, 'b');
    auto items = itemsOf("key,type,encoding,value\nns,namespace,,\nbig,data,hex2bin," + big + "\n");
    auto partition = generatePartition(items, 0x7000, PageVersion::V1);
    ASSERT_FALSE(partition.ok());
    EXPECT_NE(partition.error().message.find("1984"), std::string::npos);
}

TEST(NvsGenerator, AStringMovesToTheNextPageRatherThanUseTheLastEntry) {
    // 124 u8 values fill entries 1..124 after the namespace; a string of one data entry would end
    // on entry 126, which the generator never uses for a variable-length item.
    std::string csv = "key,type,encoding,value\nns,namespace,,\n";
    for (int i = 0; i < 124; ++i) csv += "k" + std::to_string(i) + ",data,u8," + std::to_string(i % 256) + "\n";
    csv += "s,data,string,x\nlast,data,u8,9\n";
    auto bytes = generate(csv);
    Entry moved = Entry::parse(base::ByteView(bytes).subspan(kPageSize + entryOffset(0), kEntrySize));
    EXPECT_EQ(moved.keyString(), "s");
    EXPECT_EQ(entryState(bytes, 125), EntryState::Empty);
    EXPECT_TRUE(read(bytes).problems.empty());
}

TEST(NvsGenerator, TooSmallPartitionsAreRefused) {
    auto items = itemsOf("key,type,encoding,value\nns,namespace,,\nk,data,u8,1\n");
    EXPECT_FALSE(generatePartition(items, 0x2000, PageVersion::V2).ok());
    EXPECT_FALSE(generatePartition(items, 0x3100, PageVersion::V2).ok());
    std::string many = "key,type,encoding,value\nns,namespace,,\n";
    for (int i = 0; i < 300; ++i) many += "k" + std::to_string(i) + ",data,u32,1\n";
    auto full = generatePartition(itemsOf(many), 0x3000, PageVersion::V2);
    ASSERT_FALSE(full.ok());
    EXPECT_NE(full.error().message.find("too small"), std::string::npos);
}

TEST(NvsReader, ProblemsOfDamagedPages) {
    auto bytes = generate("key,type,encoding,value\nns,namespace,,\na,data,u32,1\nb,data,string,hello\n");
    auto clean = read(bytes);
    ASSERT_TRUE(clean.problems.empty());

    auto flipped = bytes;
    flipped[entryOffset(1) + 24] ^= 1;  // a's value: its entry CRC no longer matches
    auto partition = read(flipped);
    EXPECT_EQ(partition.find("ns", "a"), nullptr);
    EXPECT_NE(partition.find("ns", "b"), nullptr);
    EXPECT_FALSE(partition.problems.empty());

    auto header = bytes;
    header[4] ^= 1;  // page 0's sequence number: header CRC wrong, page corrupt, other pages kept
    partition = read(header);
    EXPECT_TRUE(partition.pages[0].corrupt);
    EXPECT_TRUE(partition.records.empty());

    EXPECT_FALSE(readPartition(base::Bytes(100, 0xFF)).ok());
    auto future = bytes;
    PageHeader newer = PageHeader::parse(future);
    newer.version = 0xFD;
    auto raw = newer.serialize();
    std::copy(raw.begin(), raw.end(), future.begin());
    EXPECT_FALSE(readPartition(future).ok());
}
