#include "engine/runtime/args.h"

#include <cstring>

#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"

namespace pyfw::engine {

void checkArgsOutOfLine(const char* function, size_t nargs, TupleObject* kwnames, size_t min, size_t max) {
    if (kwnames && kwnames->size) raiseTypeError("%s() takes no keyword arguments", function);
    if (nargs < min || nargs > max) {
        if (min == max)
            raiseTypeError("%s() takes exactly %zu argument%s (%zu given)", function, min, min == 1 ? "" : "s", nargs);
        if (nargs < min)
            raiseTypeError("%s() takes at least %zu argument%s (%zu given)", function, min, min == 1 ? "" : "s", nargs);
        raiseTypeError("%s() takes at most %zu argument%s (%zu given)", function, max, max == 1 ? "" : "s", nargs);
    }
}

void parseArgs(const char* function, const Value* args, size_t nargs, TupleObject* kwnames,
               std::initializer_list<const char*> names, size_t required, Value* out) {
    size_t count = names.size();
    if (nargs > count)
        raiseTypeError("%s() takes at most %zu arguments (%zu given)", function, count, nargs);
    for (size_t i = 0; i < count; ++i) out[i] = i < nargs ? args[i] : Value();
    size_t nkw = kwnames ? kwnames->size : 0;
    for (size_t k = 0; k < nkw; ++k) {
        std::string_view key = asStr(kwnames->items[k])->view();
        size_t i = 0;
        for (const char* name : names) {
            if (key == name) break;
            ++i;
        }
        if (i == count)
            raiseTypeError("%s() got an unexpected keyword argument '%.*s'", function, int(key.size()), key.data());
        if (out[i])
            raiseTypeError("%s() got multiple values for argument '%.*s'", function, int(key.size()), key.data());
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < required; ++i)
        if (!out[i]) {
            const char* name = *(names.begin() + i);
            raiseTypeError("%s() missing required argument '%s' (pos %zu)", function, name, i + 1);
        }
}

}  // namespace pyfw::engine
