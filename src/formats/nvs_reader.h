// Reading an NVS partition (any mix of page format v1 and v2): the pages and their states, the
// namespaces and every key with its typed value, and a list of problems, i.e. everything ESP-IDF's
// runtime would repair at start-up (half-written entries, an interrupted page reclaim, a key
// written twice) or would reject (a corrupt page header, a missing free page). A partition that
// ESP-IDF accepts as it is, and that pyfw's store leaves after each complete operation, has no
// problems.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/nvs_format.h"

namespace pyfw::formats::nvs {

struct PageInfo {
    uint32_t index = 0;  // position in the partition
    PageHeader header;
    bool blank = false;    // erased: a free page
    bool corrupt = false;  // holds data the runtime cannot trust (the page is treated as free)
    uint32_t written = 0, erased = 0, empty = 0;
};

struct Record {
    std::string nsName;
    uint8_t nsIndex = 0;
    std::string key;
    Value value;
    uint32_t page = 0;   // where the item (or its blob index) lives
    uint32_t entry = 0;
};

struct Partition {
    std::vector<PageInfo> pages;
    std::map<uint8_t, std::string> namespaces;  // index -> name
    std::vector<Record> records;                // in namespace order, then key order
    std::vector<std::string> problems;

    const Record* find(std::string_view nsName, std::string_view key) const;
};

// Fails only on what no runtime could read: a size that is not a whole number of pages, or a page
// in a format newer than v2 (ESP-IDF refuses to start on it too).
base::Result<Partition> readPartition(base::ByteView partition);

}  // namespace pyfw::formats::nvs
