#include "lib/int_bits.h"

#include "engine/objects/numbers.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"

namespace pyfw::lib {

using namespace pyfw::engine;

uint64_t intLowBits(Value v, const char* what) {
    if (v.isSmallInt()) return uint64_t(v.smallInt());
    if (!isInt(v)) {
        if (Value r = callSpecialOrNull(v, names::__index__)) return intLowBits(r, what);
        raiseTypeError("%s%scan't convert %s to int", what ? what : "", what ? ": " : "", typeName(v));
    }
    return intLow64(v);
}

}  // namespace pyfw::lib
