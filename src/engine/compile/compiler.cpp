// Code generation infrastructure and the compile entry point. See compiler.h.
#include "engine/compile/compiler.h"

#include <algorithm>
#include <cstring>

#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/allocation.h"
#include "engine/runtime/errors.h"

namespace pyfw::engine {

// Host memory one compilation may use (tokens, syntax tree, instruction words): eight times the
// heap, and at least 16 MiB so that a board with a 67 KiB heap still compiles its scripts. A
// compilation is bounded by this rather than by the source length alone, because inlined finally
// bodies can multiply code.
size_t compileMemoryBudget() {
    return std::max<size_t>(interp().heap.capacityBytes() * 8, size_t(16) << 20);
}

CodeGen::CodeGen(CompileContext& context, Scope* scope, std::string qualname)
    : ctx_(context), scope_(scope), qualname_(std::move(qualname)), interactive_(context.interactive),
      maxWords_(compileMemoryBudget() / (sizeof(uint32_t) + 2 * sizeof(int))) {}

void CodeGen::error(Node* at, const std::string& message) {
    throw CompileError(message, at ? at->line : line_, at ? at->column : 0);
}

void CodeGen::emit(Op op, uint32_t arg) {
    // The argument shares a word with the opcode (24 bits): refuse rather than truncate.
    if (arg > kMaxArg) error(nullptr, "code too complex");
    // Each word costs a word, a line and a handler entry here; finally bodies inlined at every
    // exit of nested blocks could otherwise multiply the code without bound.
    if (words_.size() >= maxWords_) throw CompileTooLarge{};
    int handler = handlerStack_.empty() ? -1 : handlerStack_.back();
    if (fuseWithPrevious(op, arg, handler)) return;
    // The loop variable's store after FOR_ITER is done by FOR_ITER itself (ops_control.inc), so
    // it stays a plain STORE_FAST.
    bool fusable = !(op == Op::STORE_FAST && lastOpAt_ >= 0 && opOf(words_[size_t(lastOpAt_)]) == Op::FOR_ITER);
    lastOpAt_ = fusable ? int(words_.size()) : -1;
    words_.push_back(makeWord(op, arg));
    lines_.push_back(line_);
    handlerOf_.push_back(handler);
    // The word after a caching op holds the index of its inline cache entries, so each site
    // has its own cache while the code stays one array of words.
    if (kOpInfo[size_t(op)].flags & kOpCache) {
        // Attribute sites get two cache entries (one per receiver type seen most recently).
        bool polymorphic = op == Op::LOAD_ATTR || op == Op::STORE_ATTR || op == Op::LOAD_METHOD ||
                           op == Op::LOAD_FAST_ATTR || op == Op::STORE_FAST_ATTR || op == Op::LOAD_FAST_METHOD;
        words_.push_back(cacheCount_);
        cacheCount_ += polymorphic ? 2 : 1;
        lines_.push_back(line_);
        handlerOf_.push_back(handler);
    }
}

// Two loads of locals, two stores, or a store of one and a load of another, in a row become one
// instruction (LOAD_FAST_PAIR, STORE_FAST_PAIR, STORE_FAST_LOAD_FAST: slots in 12 bits each),
// saving a dispatch on the commonest pairs of the loop. Under one handler, never across a label
// (a jump may land on the second), and on one line, so that an unbound local is reported at its
// line; `x = ...` followed by a line that reads x cannot fail and is fused too.
bool CodeGen::fuseWithPrevious(Op op, uint32_t arg, int handler) {
    if ((op != Op::LOAD_FAST && op != Op::STORE_FAST && !isOperatorOp(op) && op != Op::SUBSCR) || lastOpAt_ < 0 ||
        size_t(lastOpAt_) + 1 != words_.size() || jumpTargetAt_ == int(words_.size()) || handlerOf_.back() != handler)
        return false;
    uint32_t& previous = words_.back();
    if (isOperatorOp(op)) return fuseSmallIntOperand(previous, arg) || fuseLocalOperands(previous, arg);
    if (op == Op::SUBSCR) {   // a[i] with i a local, or a and i both, loaded on this line
        if ((opOf(previous) != Op::LOAD_FAST_PAIR && opOf(previous) != Op::LOAD_FAST) || lines_.back() != line_)
            return false;
        previous = makeWord(opOf(previous) == Op::LOAD_FAST ? Op::SUBSCR_FAST : Op::SUBSCR_FAST_PAIR, argOf(previous));
        lastOpAt_ = -1;
        return true;
    }
    if (arg > 0xfff) return false;
    uint32_t first = argOf(previous);
    bool storeThenLoad = opOf(previous) == Op::STORE_FAST && first == arg;
    if (first > 0xfff || (lines_.back() != line_ && !storeThenLoad)) return false;
    if (op == Op::STORE_FAST) {   // `a, b = ...`, `for i, x in ...`: stores cannot fail
        if (opOf(previous) != Op::STORE_FAST) return false;
        previous = makeWord(Op::STORE_FAST_PAIR, first | arg << 12);
    } else if (opOf(previous) == Op::LOAD_FAST) previous = makeWord(Op::LOAD_FAST_PAIR, first | arg << 12);
    else if (opOf(previous) == Op::STORE_FAST) previous = makeWord(Op::STORE_FAST_LOAD_FAST, first | arg << 12);
    else return false;
    if (opOf(previous) != Op::LOAD_FAST_PAIR) lastOpAt_ = -1;   // a pair may still take a SUBSCR
    return true;
}

// `x OP k` with k a small int literal (`i + 1`, `n % 2`, `x < 8`, `m & 0xff`): LOAD_SMALL_INT k and
// BINARY OP become BINARY_SMALL_INT, the operator in the low 5 bits of the argument and k (signed)
// in the 19 above. On one line only, so that an error is reported at the operator's line.
bool CodeGen::fuseSmallIntOperand(uint32_t& previous, uint32_t op) {
    if (opOf(previous) != Op::LOAD_SMALL_INT || lines_.back() != line_) return false;
    int32_t k = int32_t(previous) >> 8;   // LOAD_SMALL_INT's argument is signed
    if (k < -(1 << 18) || k >= (1 << 18)) return false;
    previous = makeWord(Op::BINARY_SMALL_INT, op | (uint32_t(k) & 0x7ffff) << 5);
    lastOpAt_ = -1;
    return true;
}

// The opcode of each BinaryOp, in its order (opcodes.def): BINARY for those without their own.
constexpr Op kOperatorOpcode[] = {
    Op::BINARY_ADD, Op::BINARY_SUB, Op::BINARY_MUL, Op::BINARY, Op::BINARY, Op::BINARY, Op::BINARY,
    Op::BINARY, Op::BINARY_LSHIFT, Op::BINARY_RSHIFT, Op::BINARY_AND, Op::BINARY_XOR, Op::BINARY_OR,
    Op::COMPARE_LT, Op::COMPARE_LE, Op::COMPARE_EQ, Op::COMPARE_NE, Op::COMPARE_GT, Op::COMPARE_GE,
};
static_assert(std::size(kOperatorOpcode) == size_t(BinaryOp::Count));

void CodeGen::emitOperator(BinaryOp op) { emit(kOperatorOpcode[size_t(op)], uint32_t(op)); }

// `a OP b` on two locals loaded on the operator's line (LOAD_FAST_PAIR, slots under 256 each)
// becomes OPERATOR_FAST_PAIR: the slots in the argument's low 16 bits, the operator above.
bool CodeGen::fuseLocalOperands(uint32_t& previous, uint32_t op) {
    uint32_t pair = argOf(previous);
    if (opOf(previous) != Op::LOAD_FAST_PAIR || lines_.back() != line_ || (pair & 0xfff) > 0xff || (pair >> 12) > 0xff)
        return false;
    previous = makeWord(Op::OPERATOR_FAST_PAIR, (pair & 0xff) | (pair >> 12) << 8 | op << 16);
    lastOpAt_ = -1;
    return true;
}

int CodeGen::newLabel() {
    labels_.push_back(-1);
    return int(labels_.size() - 1);
}

void CodeGen::bind(int label) {
    labels_[size_t(label)] = int(words_.size());
    jumpTargetAt_ = int(words_.size());
}

// A forward jump's label is not bound yet, so every jump is patched in finish().
void CodeGen::emitJump(Op op, int label) {
    fixups_.push_back({words_.size(), label});
    emit(op, 0);
}

void CodeGen::pushHandler(int label, int depth) {
    handlers_.push_back({label, depth});
    handlerStack_.push_back(int(handlers_.size() - 1));
}

void CodeGen::popHandler() { handlerStack_.pop_back(); }

uint32_t CodeGen::addConst(Value v, const std::string& key) {
    auto it = constIndex_.find(key);
    if (it != constIndex_.end()) return it->second;
    uint32_t index = uint32_t(consts_.values.size());
    consts_.values.push_back(v);
    constIndex_.emplace(key, index);
    return index;
}

uint32_t CodeGen::constStr(const std::string& text) {
    return addConst(Value(text.size() < 40 ? intern(text) : newStr(text)), "s" + text);
}

uint32_t CodeGen::constInt(const std::string& text, int line) {
    std::string digits;
    for (char c : text)
        if (c != '_') digits += c;
    int base = 10;
    std::string_view body = digits;
    if (body.size() > 2 && body[0] == '0') {
        char p = char(std::tolower(static_cast<unsigned char>(body[1])));
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) body.remove_prefix(2);
    }
    (void)line;
    Value v = intFromString(body, base);
    return addConst(v, "i" + intToString(v));
}

uint32_t CodeGen::nameIndex(const std::string& name) {
    auto it = nameIndex_.find(name);
    if (it != nameIndex_.end()) return it->second;
    uint32_t index = uint32_t(names_.values.size());
    names_.values.push_back(Value(intern(name)));
    nameIndex_.emplace(name, index);
    return index;
}

uint32_t CodeGen::computeStackSize() {
    // Flow analysis over the instructions: every reachable instruction gets a depth.
    std::vector<int> depthAt(words_.size() + 1, -1);
    std::vector<size_t> work;
    // Every path must reach an instruction with the same depth; a difference is a code generator
    // bug, reported instead of followed (a growing depth would never settle).
    auto reach = [&](size_t pc, int depth) {
        if (pc > words_.size()) return;
        if (depthAt[pc] == depth) return;
        if (depthAt[pc] >= 0) raiseError(&exc::SystemError, "compiler: inconsistent stack depth at %zu", pc);
        depthAt[pc] = depth;
        work.push_back(pc);
    };
    reach(0, 0);
    // Handlers are entered by no jump: the unwinder cuts the stack to the handler's depth and
    // pushes the exception, hence the + 1.
    for (const HandlerInfo& h : handlers_) {
        if (labels_[size_t(h.label)] >= 0) reach(size_t(labels_[size_t(h.label)]), h.depth + 1);
    }
    int maxDepth = 0;
    while (!work.empty()) {
        size_t pc = work.back();
        work.pop_back();
        if (pc >= words_.size()) continue;
        int depth = depthAt[pc];
        Op op = opOf(words_[pc]);
        uint32_t arg = argOf(words_[pc]);
        const OpInfo& info = kOpInfo[size_t(op)];
        int after = depth + stackEffect(op, arg, false);
        // BINARY_SMALL_INT, SUBSCR_FAST, SUBSCR_FAST_PAIR and OPERATOR_FAST_PAIR push their
        // operands before they take the general path (ops_values.inc).
        int transient = op == Op::BINARY_SMALL_INT || op == Op::SUBSCR_FAST               ? depth + 1
                        : op == Op::SUBSCR_FAST_PAIR || op == Op::OPERATOR_FAST_PAIR ? depth + 2
                                                                                     : depth;
        maxDepth = std::max({maxDepth, transient, after});
        if (info.flags & kOpJump) reach(arg, depth + stackEffect(op, arg, true));
        if (!(info.flags & kOpTerminal)) reach(pc + info.words, after);
    }
    return uint32_t(maxDepth + 2);
}

CodeObject* CodeGen::finish(const std::string& name, int firstLine, uint32_t flags, int argCount, int posOnly, int kwOnly) {
    for (auto [at, label] : fixups_) {
        int target = labels_[size_t(label)];
        words_[at] = makeWord(opOf(words_[at]), uint32_t(target));
    }
    auto* code = allocateObject<CodeObject>(&codeType);
    code->wordCount = uint32_t(words_.size());
    code->words = static_cast<uint32_t*>(allocateRaw(words_.size() * sizeof(uint32_t) + 4));
    std::memcpy(code->words, words_.data(), words_.size() * sizeof(uint32_t));
    code->consts = tupleFromArray(consts_.values.data(), consts_.values.size());
    code->names = tupleFromArray(names_.values.data(), names_.values.size());
    size_t fast = scope_->locals.size() + scope_->cells.size() + scope_->frees.size();
    TupleObject* localNames = newTuple(fast);
    size_t k = 0;
    code->localNames = localNames;
    for (auto& n : scope_->locals) localNames->items[k++] = Value(intern(n));
    for (auto& n : scope_->cells) localNames->items[k++] = Value(intern(n));
    for (auto& n : scope_->frees) localNames->items[k++] = Value(intern(n));
    code->name = intern(name);
    code->qualname = newStr(qualname_);
    code->filename = ctx_.filename;
    code->firstLine = uint32_t(firstLine);
    code->argCount = uint16_t(argCount);
    code->posOnlyCount = uint16_t(posOnly);
    code->kwOnlyCount = uint16_t(kwOnly);
    code->localCount = uint16_t(scope_->locals.size());
    code->cellCount = uint16_t(scope_->cells.size());
    code->freeCount = uint16_t(scope_->frees.size());
    code->flags = flags;
    if (scope_->hasVarArgs) code->flags |= kCodeVarArgs;
    if (scope_->hasVarKeywords) code->flags |= kCodeVarKeywords;
    // Cells that start from a parameter's value: a parameter captured by an inner function lives
    // in a cell, so the call copies the argument into it on entry.
    if (!scope_->cells.empty()) {
        code->cellArgs = static_cast<int16_t*>(allocateRaw(scope_->cells.size() * sizeof(int16_t)));
        for (size_t i = 0; i < scope_->cells.size(); ++i) {
            int16_t arg = -1;
            for (size_t p = 0; p < scope_->params.size(); ++p)
                if (scope_->params[p] == scope_->cells[i]) arg = int16_t(p);
            code->cellArgs[i] = arg;
            if (arg >= 0) code->flags |= kCodeHasCellArgs;
        }
    }
    // Line table: (word delta, line delta) pairs as zig-zag varints. Line deltas can be negative
    // (a loop's jump back carries the loop's line), hence zig-zag; most deltas fit one byte.
    std::string table;
    auto varint = [&](int64_t v) {
        uint64_t z = uint64_t(v << 1) ^ uint64_t(v >> 63);
        do {
            uint8_t byte = z & 0x7f;
            z >>= 7;
            table.push_back(char(byte | (z ? 0x80 : 0)));
        } while (z);
    };
    int lastLine = firstLine;
    size_t lastWord = 0;
    for (size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i] == lastLine) continue;
        varint(int64_t(i - lastWord));
        varint(lines_[i] - lastLine);
        lastWord = i;
        lastLine = lines_[i];
    }
    code->lineTableSize = uint32_t(table.size());
    code->lineTable = static_cast<uint8_t*>(allocateRaw(table.size() + 1));
    std::memcpy(code->lineTable, table.data(), table.size());
    // Exception table: runs of words sharing a handler. Nothing is executed on entering a try,
    // and raising looks the failing word up here.
    std::vector<ExceptionEntry> entries;
    for (size_t i = 0; i < handlerOf_.size();) {
        int h = handlerOf_[i];
        size_t j = i;
        while (j < handlerOf_.size() && handlerOf_[j] == h) ++j;
        if (h >= 0) {
            const HandlerInfo& info = handlers_[size_t(h)];
            entries.push_back({uint32_t(i), uint32_t(j), uint32_t(labels_[size_t(info.label)]), uint32_t(info.depth)});
        }
        i = j;
    }
    code->handlerCount = uint32_t(entries.size());
    if (!entries.empty()) {
        code->handlers = static_cast<ExceptionEntry*>(allocateRaw(entries.size() * sizeof(ExceptionEntry)));
        std::memcpy(static_cast<void*>(code->handlers), entries.data(), entries.size() * sizeof(ExceptionEntry));
    }
    code->cacheCount = cacheCount_;
    if (cacheCount_) code->caches = static_cast<InlineCache*>(allocateRaw(cacheCount_ * sizeof(InlineCache)));
    code->stackSize = computeStackSize();
    code->prepareCalls();
    return code;
}

int CodeObject::lineOf(uint32_t pc) const {
    int line = int(firstLine);
    size_t word = 0;
    size_t i = 0;
    auto varint = [&]() {
        uint64_t z = 0;
        int shift = 0;
        while (i < lineTableSize) {
            uint8_t byte = lineTable[i++];
            z |= uint64_t(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80)) break;
        }
        return int64_t(z >> 1) ^ -int64_t(z & 1);
    };
    while (i < lineTableSize) {
        int64_t dw = varint();
        int64_t dl = varint();
        if (word + size_t(dw) > pc) break;
        word += size_t(dw);
        line += int(dl);
    }
    return line;
}

// pc has already moved past the instruction being executed, so the line is the previous word's.
int Frame::line() const {
    uint32_t pcIndex = uint32_t(this->pc - code->words);
    return code->lineOf(pcIndex ? pcIndex - 1 : 0);
}

CodeObject* compileSource(std::string_view source, StrObject* filename, ParseMode mode) {
    try {
        size_t budget = compileMemoryBudget();
        Lexer lexer(source);
        std::vector<Token> tokens = lexer.tokenize();
        // The tokens and the tree live outside the GC heap, so they are bounded by the budget too.
        if (tokens.size() > budget / sizeof(Token)) throw CompileTooLarge{};
        Ast ast(budget / sizeof(Node));
        Parser parser(ast, std::move(tokens));
        Node* root = mode == ParseMode::Eval ? parser.parseEval() : parser.parseFile();
        CompileContext context;
        context.filename = filename;
        context.interactive = mode == ParseMode::Single;
        Scope* scope = context.scopes.analyze(root, mode == ParseMode::Eval);
        CodeGen gen(context, scope, "<module>");
        return mode == ParseMode::Eval ? gen.compileEval(root) : gen.compileModule(root);
    } catch (const CompileTooLarge&) {
        raiseError(&exc::MemoryError, "memory allocation failed, compiling %zu bytes of source (heap %zu bytes)",
                   source.size(), heapCapacityBytes());
    } catch (const CompileError& e) {
        Value location = Value(newTuple({Value(filename), Value::smallInt(e.line), Value::smallInt(e.column), None()}));
        Value args = Value(newTuple({Value(newStr(e.what())), location}));
        Value exception = newException(e.indentation ? &exc::IndentationError : &exc::SyntaxError, args.as<TupleObject>());
        CodeObject* where = nullptr;
        (void)where;
        raise(exception);
    }
}

}  // namespace pyfw::engine
