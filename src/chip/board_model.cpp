#include "chip/board_model.h"

#include <array>

namespace pyfw::chip {
namespace {

constexpr uint32_t MiB = 1024 * 1024;
constexpr uint32_t kRev0Heap = 67 * 1024;
constexpr uint32_t kPsramHeap = 2560 * 1024;

constexpr std::array kModels = std::to_array<BoardModel>({
    {"wipy", "WiPy", 0, 4 * MiB, 0, kRev0Heap, "", false, false},
    {"lopy", "LoPy", 0, 4 * MiB, 0, kRev0Heap, "SX1272", false, false},
    {"sipy", "SiPy", 0, 4 * MiB, 0, kRev0Heap, "", true, false},
    {"lopy4", "LoPy4", 1, 8 * MiB, 4 * MiB, kPsramHeap, "SX1276", true, false},
    {"gpy", "GPy", 1, 8 * MiB, 4 * MiB, kPsramHeap, "", false, true},
    {"fipy", "FiPy", 1, 8 * MiB, 4 * MiB, kPsramHeap, "SX1272", true, true},
});

constexpr bool revisionDecidesMemory() {
    for (const auto& model : kModels) {
        bool rev1 = model.chipRevision == 1;
        if (model.flashSize != (rev1 ? 8 * MiB : 4 * MiB)) return false;
        if ((model.psramSize != 0) != rev1) return false;
    }
    return true;
}
static_assert(revisionDecidesMemory(), "flash and PSRAM size follow the chip revision on Pycom boards");

}  // namespace

std::span<const BoardModel> boardModels() { return kModels; }

const BoardModel* findBoardModel(std::string_view id) {
    for (const auto& model : kModels)
        if (model.id == id) return &model;
    return nullptr;
}

std::string_view boardModelList() { return "wipy, lopy, lopy4, sipy, gpy, fipy"; }

}  // namespace pyfw::chip
