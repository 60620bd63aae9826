// An NVS partition made from a list of namespaces and values, laid out byte for byte as Espressif's
// nvs_partition_gen.py lays it out (page format v1 or v2): items in order, a new page when the next
// item does not fit (a v2 blob is split into chunks instead), every page but the last written and
// marked FULL, the last page left erased for the runtime's page reclaim.
//
// Where the generator would crash or write a broken partition, this one refuses with a message: a
// value too long for a page, a partition too small for the data. Strings and binary values are
// measured in bytes (UTF-8), where the generator counted characters.
#pragma once

#include <cstdint>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/nvs_csv.h"
#include "formats/nvs_format.h"

namespace pyfw::formats::nvs {

// The largest string or v1 blob payload the generator places (it must fit one page; the
// generator's limits: 1984 bytes for v1 items, strings in v2 up to 124 data entries with the NUL).
inline constexpr size_t kMaxV1Payload = 1984;
inline constexpr size_t kMaxV2StringPayload = 3968;
inline constexpr uint32_t kMinPartitionSize = 3 * kPageSize;

base::Result<base::Bytes> generatePartition(const std::vector<CsvItem>& items, uint32_t size, PageVersion version);

}  // namespace pyfw::formats::nvs
