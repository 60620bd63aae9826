#include "engine/bytecode/disassemble.h"

#include <cstdio>
#include <cstdlib>

#include "engine/bytecode/bytecode.h"
#include "engine/bytecode/code.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

std::string disassemble(const CodeObject* code) {
    std::string out = "code " + std::string(code->qualname->view()) + " (locals " + std::to_string(code->localCount) +
                      ", cells " + std::to_string(code->cellCount) + ", frees " + std::to_string(code->freeCount) +
                      ", stack " + std::to_string(code->stackSize) + ")\n";
    int lastLine = -1;
    for (uint32_t pc = 0; pc < code->wordCount;) {
        uint32_t word = code->words[pc];
        Op op = opOf(word);
        const OpInfo& info = kOpInfo[size_t(op)];
        int line = code->lineOf(pc);
        char buf[96];
        std::snprintf(buf, sizeof buf, "%5s %4u %-22s %u", line != lastLine ? std::to_string(line).c_str() : "", pc,
                      info.name, argOf(word));
        lastLine = line;
        out += buf;
        if (op == Op::LOAD_CONST) out += "  (" + reprString(code->consts->items[argOf(word)]) + ")";
        if (op == Op::LOAD_FAST_ATTR || op == Op::STORE_FAST_ATTR || op == Op::LOAD_FAST_METHOD) {
            out += "  (" + std::string(strView(code->localNames->items[argOf(word) & 0xff])) + "." +
                   std::string(strView(code->names->items[argOf(word) >> 8])) + ")\n";
            pc += info.words;
            continue;
        }
        if (op == Op::BINARY_SMALL_INT)
            out += "  (op " + std::to_string(argOf(word) & 0x1f) + ", " + std::to_string(int32_t(word) >> 13) + ")";
        if (op == Op::OPERATOR_FAST_PAIR) {
            out += "  (op " + std::to_string(argOf(word) >> 16) + ", " +
                   std::string(strView(code->localNames->items[argOf(word) & 0xff])) + ", " +
                   std::string(strView(code->localNames->items[(argOf(word) >> 8) & 0xff])) + ")";
        }
        if (op == Op::INCREMENT_FAST) {
            out += "  (" + std::string(strView(code->localNames->items[argOf(word) & 0xff])) +
                   ((word & (1u << 16)) ? " -= " : " += ") + std::to_string(std::abs(int32_t(word) >> 17)) + ")";
        }
        if (op == Op::LOAD_FAST_PAIR || op == Op::STORE_FAST_LOAD_FAST || op == Op::SUBSCR_FAST_PAIR ||
            op == Op::STORE_FAST_PAIR) {
            out += "  (" + std::string(strView(code->localNames->items[argOf(word) & 0xfff])) + ", " +
                   std::string(strView(code->localNames->items[argOf(word) >> 12])) + ")";
        }
        if (info.flags & kOpCache || op == Op::STORE_NAME || op == Op::STORE_GLOBAL || op == Op::IMPORT_NAME ||
            op == Op::IMPORT_FROM || op == Op::DELETE_NAME || op == Op::DELETE_ATTR)
            out += "  (" + std::string(strView(code->names->items[argOf(word)])) + ")";
        if (op == Op::LOAD_FAST || op == Op::STORE_FAST || op == Op::LOAD_DEREF || op == Op::STORE_DEREF ||
            op == Op::LOAD_FAST_SHARED || op == Op::INPLACE_ADD_FAST || op == Op::LOAD_DEREF_KEEP ||
            op == Op::INPLACE_ADD_DEREF || op == Op::SUBSCR_FAST)
            out += "  (" + std::string(strView(code->localNames->items[argOf(word)])) + ")";
        out += '\n';
        pc += info.words;
    }
    for (uint32_t i = 0; i < code->handlerCount; ++i) {
        const ExceptionEntry& e = code->handlers[i];
        out += "  handler [" + std::to_string(e.start) + ", " + std::to_string(e.end) + ") -> " +
               std::to_string(e.handler) + " depth " + std::to_string(e.depth) + "\n";
    }
    for (size_t i = 0; i < code->consts->size; ++i) {
        Value c = code->consts->items[i];
        if (!c.isImmediate() && c.object()->type == &codeType) out += "\n" + disassemble(c.as<CodeObject>());
    }
    return out;
}

}  // namespace pyfw::engine
