// The CSV input of Espressif's nvs_partition_gen.py: a header row naming the columns key, type,
// encoding and value (in any order), then one row per namespace or value:
//
//   key,type,encoding,value
//   PY_NVM,namespace,,
//   interval_s,data,u32,600
//   site,data,string,warehouse-7 north
//   app_key,data,hex2bin,11b0282a189b75b0b4d2d8c7fa38548b
//   cert,file,binary,cert.der
//
// type is namespace, data or file (the value names a file whose content is the value); encoding
// is u8, i8, u16, i16, u32, i32, u64, i64, string, hex2bin, base64 or binary. Fields follow
// Python's csv module (quotes, doubled quotes, quoted commas and line breaks).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"
#include "formats/nvs_format.h"

namespace pyfw::formats::nvs {

struct CsvRow {
    size_t line = 0;  // of the row's first field, for messages
    std::string key, type, encoding, value;
};

// Splits the text into rows of the four named columns; blank lines are skipped.
base::Result<std::vector<CsvRow>> parseCsv(std::string_view text);

// What the generator lays out: a namespace (which later values belong to) or a typed value.
struct CsvItem {
    bool isNamespace = false;
    std::string key;
    Value value;
};

// Reads a file named by a `file` row (the caller decides where paths are relative to).
using FileLoader = std::function<base::Result<base::Bytes>(const std::string& path)>;

// Decodes every row (numbers, hex, base64, files) and checks it; the message names the line.
base::Result<std::vector<CsvItem>> csvItems(const std::vector<CsvRow>& rows, const FileLoader& loadFile);

// Python's int() of a decimal string: optional spaces and sign, digits with single underscores.
base::Result<Value> parseInteger(ItemType type, std::string_view text);

}  // namespace pyfw::formats::nvs
