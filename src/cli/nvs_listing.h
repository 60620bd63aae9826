// How an NVS partition is shown by `pyfw nvs show` and the board commands: one text listing and
// one JSON form (integers as numbers, strings as text, blobs as hex).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "formats/nvs_reader.h"

namespace pyfw::cli {

std::string nvsListingText(const formats::nvs::Partition& partition);
nlohmann::json nvsListingJson(const formats::nvs::Partition& partition);

}  // namespace pyfw::cli
