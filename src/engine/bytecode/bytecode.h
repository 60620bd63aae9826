// Opcode facts in one place (opcodes.def), and the helpers that read instruction words.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyfw::engine {

enum class Op : uint8_t {
#define OPCODE(name, words, effect, flags) name,
#include "engine/bytecode/opcodes.def"
#undef OPCODE
    Count
};

constexpr int kVar = 1000;
enum OpFlags : uint8_t { kOpJump = 1, kOpTerminal = 2, kOpCache = 4 };

struct OpInfo {
    const char* name;
    uint8_t words;
    int16_t effect;
    uint8_t flags;
};

inline constexpr OpInfo kOpInfo[] = {
#define OPCODE(name, words, effect, flags) {#name, words, effect, flags},
#include "engine/bytecode/opcodes.def"
#undef OPCODE
};
static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == size_t(Op::Count));

inline Op opOf(uint32_t word) { return Op(word & 0xff); }
// BINARY and the operators with an opcode of their own (opcodes.def).
inline bool isOperatorOp(Op op) { return op >= Op::BINARY && op <= Op::COMPARE_GE; }
inline uint32_t argOf(uint32_t word) { return word >> 8; }
inline uint32_t makeWord(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

// Stack change of an instruction; `jumped` selects the effect along its jump edge.
int stackEffect(Op op, uint32_t arg, bool jumped);

// Flags of FORMAT_VALUE and MAKE_FUNCTION arguments.
enum FormatFlags : uint32_t { kFormatStr = 1, kFormatRepr = 2, kFormatAscii = 3, kFormatConversionMask = 3, kFormatHasSpec = 4 };
enum MakeFunctionFlags : uint32_t { kFnDefaults = 1, kFnKwDefaults = 2, kFnClosure = 4 };
// CALL_EX flag: a kwargs dict is on the stack.
constexpr uint32_t kCallExKwargs = 1;

}  // namespace pyfw::engine
