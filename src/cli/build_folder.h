// A `pyfw build` output folder as the provisioning commands (provision, fleet) read it: flash.json,
// every file it names checked against its SHA-256, the images to flash at their addresses and the
// eFuse steps, each failing with one clear sentence.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "base/bytes.h"
#include "chip/board.h"
#include "chip/provisioning.h"

namespace pyfw::cli {

struct BuildFolder {
    std::filesystem::path dir;
    nlohmann::json manifest;
    std::string board;    // model id, "lopy4"
    std::string name;     // "LoPy4"
    std::string version;
    std::string buildId;  // hex
    bool secure = false;
    bool antiRollback = false;
    uint32_t secureVersion = 0;
    std::map<std::string, base::Bytes> files;  // every file flash.json names, by name
    chip::ProvisionRequest request;            // keys, eFuse steps and flash files as flash.json lists them

    // A file of the build by name; fails (CommandFailure) when the build has none.
    const base::Bytes& file(const std::string& fileName) const;
    // "the build is for a FiPy, the board is a LoPy4"
    void requireModel(const chip::Board& board) const;
};

BuildFolder readBuildFolderOrFail(const std::string& dir);

}  // namespace pyfw::cli
