// The fleet manifest (JSON): one record per board, naming what a fleet owner needs to find again
// and never a key byte. Written again after every board, atomically, so an interrupted run leaves
// a manifest of the boards it finished.
//
//   {"format": 1, "keys": "<key folder>", "boards": [
//     {"dir": "boards/b001", "mac": "24:0a:c4:12:34:56", "model": "lopy4",
//      "flash_encryption_key": "240ac4123456.flash_encryption_key.bin",
//      "lorawan_keys": "240ac4123456.lorawan.json", "dev_eui": "240ac4fffe123456", "app_eui": "...",
//      "firmware": {"version": "1.17.2.b1", "build_id": "...", "secure_version": 0},
//      "efuse": {"flash_encryption": true, "flash_crypt_cnt": 1, "secure_boot": true, "release": true, ...}}]}
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chip/board.h"

namespace pyfw::cli {

struct FleetManifest {
    std::filesystem::path path;    // the manifest file
    std::filesystem::path keys;    // the key folder
    nlohmann::json boards = nlohmann::json::array();

    nlohmann::json* find(const std::string& mac);
    void put(nlohmann::json record);  // replaces the record of the same MAC
    // A board folder or key file named in the manifest, relative to the manifest's folder.
    std::filesystem::path resolve(const std::string& name) const;
    void save() const;
};

// Loads the manifest, or starts an empty one when the file does not exist yet.
FleetManifest loadFleetManifest(const std::filesystem::path& path, bool mustExist);

// The security state of a board as the manifest records it.
nlohmann::json efuseState(const chip::Board& board);

}  // namespace pyfw::cli
