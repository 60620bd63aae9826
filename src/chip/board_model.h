// The six Pycom boards of release 1.17.2 as rows of one table: chip revision, flash and PSRAM, the
// radios they carry. Rev-0 boards have 4 MiB of flash and no PSRAM, rev-1 boards 8 MiB and 4 MiB.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace pyfw::chip {

struct BoardModel {
    std::string_view id;         // as given to --model: "lopy4"
    std::string_view name;       // as the firmware names it: "LoPy4"
    int chipRevision;
    uint32_t flashSize;
    uint32_t psramSize;
    uint32_t heapSize;           // the MicroPython GC heap
    std::string_view loraRadio;  // "SX1272", "SX1276", or empty
    bool sigfox;
    bool lte;
};

std::span<const BoardModel> boardModels();
const BoardModel* findBoardModel(std::string_view id);
// "wipy, lopy, lopy4, sipy, gpy, fipy", for messages.
std::string_view boardModelList();

}  // namespace pyfw::chip
