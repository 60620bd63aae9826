#include "cli/nvs_listing.h"

namespace pyfw::cli {
namespace {

namespace nvs = formats::nvs;

std::string pageLine(const nvs::PageInfo& page) {
    char line[160];
    if (page.blank) {
        std::snprintf(line, sizeof line, "page %2u  free (erased)\n", page.index);
    } else if (page.corrupt) {
        std::snprintf(line, sizeof line, "page %2u  CORRUPT\n", page.index);
    } else {
        std::snprintf(line, sizeof line, "page %2u  %-8s seq %-4u format %s  %3u written, %3u erased, %3u empty\n", page.index,
                      std::string(nvs::pageStateName(page.header.state)).c_str(), page.header.sequence,
                      page.header.version == uint8_t(nvs::PageVersion::V1) ? "v1" : "v2", page.written, page.erased, page.empty);
    }
    return line;
}

nlohmann::json valueJson(const nvs::Value& value) {
    if (value.isInteger()) {
        const auto* info = nvs::findItemType(uint8_t(value.type));
        return info->isSigned ? nlohmann::json(value.asSigned()) : nlohmann::json(value.bits);
    }
    if (value.type == nvs::ItemType::String) return value.text();
    return base::toHex(value.bytes);
}

}  // namespace

std::string nvsListingText(const nvs::Partition& partition) {
    std::string text;
    for (const auto& page : partition.pages) text += pageLine(page);
    std::string current;
    for (const auto& record : partition.records) {
        if (record.nsName != current) {
            current = record.nsName;
            text += "namespace " + current + "\n";
        }
        text += "  " + record.key + " = " + record.value.describe() + "\n";
    }
    for (const auto& problem : partition.problems) text += "problem: " + problem + "\n";
    return text;
}

nlohmann::json nvsListingJson(const nvs::Partition& partition) {
    nlohmann::json pages = nlohmann::json::array(), values = nlohmann::json::array();
    for (const auto& page : partition.pages) {
        std::string state = page.blank ? "FREE" : page.corrupt ? "CORRUPT" : std::string(nvs::pageStateName(page.header.state));
        nlohmann::json entry = {{"index", page.index}, {"state", state}};
        if (!page.blank && !page.corrupt) {
            entry["sequence"] = page.header.sequence;
            entry["format"] = page.header.version == uint8_t(nvs::PageVersion::V1) ? "v1" : "v2";
            entry["written"] = page.written;
            entry["erased"] = page.erased;
            entry["empty"] = page.empty;
        }
        pages.push_back(entry);
    }
    for (const auto& record : partition.records) {
        const auto* info = nvs::findItemType(uint8_t(record.value.type));
        values.push_back({{"namespace", record.nsName}, {"key", record.key}, {"type", info ? info->name : "?"},
                          {"value", valueJson(record.value)}});
    }
    return {{"pages", pages}, {"values", values}, {"problems", partition.problems}};
}

}  // namespace pyfw::cli
