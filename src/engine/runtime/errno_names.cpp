#include "engine/runtime/errno_names.h"

namespace pyfw::engine {

const char* errnoName(int64_t value) {
    for (const ErrnoName& e : kErrnoNames)
        if (e.value == value) return e.name;
    return nullptr;
}

}  // namespace pyfw::engine
