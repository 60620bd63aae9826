// Compiled code: bytecode words, constants, names, line and exception tables, and the frame that
// runs it. A frame's locals and value stack are one array of Values (`fast`): parameters and local
// variables first, then cells, then free variables, then the operand stack.
#pragma once

#include <cstdint>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct FunctionObject;

enum CodeFlags : uint32_t {
    kCodeVarArgs = 1u << 0,
    kCodeVarKeywords = 1u << 1,
    kCodeGenerator = 1u << 2,
    kCodeCoroutine = 1u << 3,
    kCodeNameLookups = 1u << 4,   // module or class body: names live in a dict
    kCodeHasCellArgs = 1u << 5,   // some parameters are captured by closures
};

// A try region: an exception raised at pc in [start, end) unwinds the operand stack to `depth`,
// pushes the exception and jumps to `handler`.
struct ExceptionEntry {
    uint32_t start, end, handler, depth;
};

// One inline cache per LOAD_GLOBAL / LOAD_NAME site and two per LOAD_ATTR / LOAD_METHOD / STORE_ATTR
// site (see vm_ops.cpp).
struct InlineCache {
    uint64_t key1 = 0;
    uint64_t key2 = 0;
    uint64_t index = 0;
    Value value;
};

struct CodeObject : Object {
    uint32_t* words;               // raw block: the bytecode
    uint32_t wordCount;
    uint32_t stackSize;
    TupleObject* consts;
    TupleObject* names;            // interned names used by name/attribute instructions
    TupleObject* localNames;       // locals, then cells, then frees
    StrObject* name;
    StrObject* qualname;
    StrObject* filename;
    uint8_t* lineTable;            // raw block: pairs of (word delta, line delta) varints
    uint32_t lineTableSize;
    uint32_t firstLine;
    ExceptionEntry* handlers;      // raw block
    uint32_t handlerCount;
    InlineCache* caches;           // raw block, never traced: entries are checked before use
    uint32_t cacheCount;
    uint16_t argCount;             // positional parameters (including positional-only)
    uint16_t posOnlyCount;
    uint16_t kwOnlyCount;
    uint16_t localCount;           // all plain locals including parameters
    uint16_t cellCount;
    uint16_t freeCount;
    int16_t* cellArgs;             // raw block: for each cell, the parameter it starts from, or -1
    uint32_t flags;
    // What a call from the dispatch loop checks first (prepareCalls, once the fields above are
    // set): the positional argument count of a call that binds by copy into a frame of its own
    // (bindsByCopy, no free variables, not a generator or coroutine), kNoDirectCall for a code no
    // call binds so; and the values a frame of this code claims on the thread's stack.
    uint32_t directArgCount;
    uint32_t frameValues;
    static constexpr uint32_t kNoDirectCall = UINT32_MAX;

    uint32_t fastCount() const { return uint32_t(localCount) + cellCount + freeCount; }
    int lineOf(uint32_t pc) const;
    // A call that binds by copying its arguments: positional ones that match the parameters
    // exactly, no keyword arguments, no keyword-only, * or ** parameters and no cells. (Free
    // variables still come from the closure, for callers that allow them.)
    bool bindsByCopy(size_t nargs, const Object* kwnames) const {
        return !kwnames && nargs == argCount && !kwOnlyCount && !cellCount &&
               !(flags & (kCodeVarArgs | kCodeVarKeywords));
    }
    void prepareCalls() {
        bool direct = bindsByCopy(argCount, nullptr) && !freeCount && !(flags & (kCodeGenerator | kCodeCoroutine));
        directArgCount = direct ? argCount : kNoDirectCall;
        frameValues = fastCount() + stackSize;
    }
};

enum FrameFlags : uint32_t {
    kFrameEntry = 1u << 0,       // execute() returns when this frame returns
    kFrameGenerator = 1u << 1,   // storage lives in a generator object
    kFrameInit = 1u << 2,        // a class call's __init__: the caller keeps the instance as its result
    kFrameInline = 1u << 3,      // a generator resumed by the loop's FOR_ITER: yields go back to `back`
    kFrameOperator = 1u << 4,    // a.__op__(b) for an operator: the caller keeps a and b until it returns
};

struct Frame {
    CodeObject* code;
    FunctionObject* function;      // null for module and class bodies
    DictObject* globals;
    DictObject* locals;            // the namespace dict of module and class bodies, else null
    const uint32_t* pc;            // next instruction (saved while another frame runs)
    Value* sp;                     // operand stack top (saved while another frame runs)
    Value* fast;                   // localCount + cells + frees, then the operand stack
    Frame* back;
    uint32_t flags;
    uint32_t depth;
    Object* generator;             // the generator that owns this frame, if any

    Value* stackBase() const { return fast + code->fastCount(); }
    int line() const;
    // Starts the record of a call of `c` whose fast locals are at `values`: at its first
    // instruction, with an empty operand stack at `stack` (values + c->fastCount(), which a caller
    // that knows the count already passes without the three loads).
    void start(CodeObject* c, FunctionObject* f, DictObject* g, DictObject* l, Value* values, Value* stack,
               Frame* caller, uint32_t frameFlags, uint32_t callDepth, Object* owner) {
        code = c;
        function = f;
        globals = g;
        locals = l;
        pc = c->words;
        fast = values;
        sp = stack;
        back = caller;
        flags = frameFlags;
        depth = callDepth;
        generator = owner;
    }
};

}  // namespace pyfw::engine
