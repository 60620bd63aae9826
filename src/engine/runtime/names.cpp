#include "engine/runtime/names.h"

namespace pyfw::engine {
void initStaticStrings();
}

namespace pyfw::engine::names {

#define NAME(id, text) StrObject* id;
#include "engine/runtime/names.def"
#undef NAME

void initStaticNames() {
    initStaticStrings();
#define NAME(id, text) id = intern(text);
#include "engine/runtime/names.def"
#undef NAME
}

}  // namespace pyfw::engine::names
