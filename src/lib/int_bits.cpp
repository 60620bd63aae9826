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
    int64_t small;
    if (intToInt64(v, small)) return uint64_t(small);
    auto* big = v.as<BigIntObject>();
    int64_t digits = big->size < 0 ? -big->size : big->size;
    uint64_t magnitude = big->digits[0];
    if (digits > 1) magnitude |= uint64_t(big->digits[1]) << 32;
    return big->size < 0 ? ~magnitude + 1 : magnitude;
}

}  // namespace pyfw::lib
