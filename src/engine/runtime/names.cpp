#include "engine/names.h"

namespace pyfw::engine {
void initStaticStrings();
}

namespace pyfw::engine::names {

#define NAME(id, text) StrObject* id;
#include "engine/names.def"
#undef NAME

void initStaticNames() {
    initStaticStrings();
#define NAME(id, text) id = intern(text);
#include "engine/names.def"
#undef NAME
}

}  // namespace pyfw::engine::names
