#include "engine/bytecode/bytecode.h"

namespace pyfw::engine {

int stackEffect(Op op, uint32_t arg, bool jumped) {
    int n = int(arg);
    switch (op) {
    case Op::CALL: return -n;
    case Op::CALL_KW: return -n - 1;
    case Op::CALL_METHOD: return -n - 1;
    case Op::CALL_METHOD_KW: return -n - 2;
    case Op::CALL_EX: return (arg & kCallExKwargs) ? -2 : -1;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
    case Op::BUILD_SLICE: return 1 - n;
    case Op::BUILD_MAP: return 1 - 2 * n;
    case Op::FORMAT_VALUE: return (arg & kFormatHasSpec) ? -1 : 0;
    case Op::UNPACK_SEQUENCE: return n - 1;
    case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case Op::CALL_COMPREHENSION: return -1 - n;   // cell... code iterator
    case Op::MAKE_FUNCTION: return -int((arg & kFnDefaults) != 0) - int((arg & kFnKwDefaults) != 0) - int((arg & kFnClosure) != 0);
    case Op::RAISE: return -n;
    case Op::FOR_ITER: return jumped ? -1 : 1;
    case Op::FOR_ITER_LOOP: return jumped ? 1 : -1;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return jumped ? 0 : -1;
    default: return kOpInfo[size_t(op)].effect;
    }
}

}  // namespace pyfw::engine
