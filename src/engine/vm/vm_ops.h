// The VM's out-of-line operations: inline-cache misses, and instructions too rare or too big to
// write inside the dispatch loop.
#pragma once

#include "engine/bytecode/code.h"
#include "engine/objects/object.h"

namespace pyfw::engine {

struct DictObject;
struct ListObject;
struct TupleObject;
struct StrObject;

Value loadGlobalSlow(InlineCache& cache, DictObject* globals, DictObject* builtins, StrObject* name);
// The attribute caches are pairs (cache[0] most recent, cache[1] the type seen before it).
Value loadAttrCached(InlineCache* cache, Value object, StrObject* name);
void storeAttrCached(InlineCache* cache, Value object, StrObject* name, Value value);
// Writes [function, self] or [null, bound attribute] at out[0..1].
void loadMethodCached(InlineCache* cache, Value object, StrObject* name, Value* out);
Value fastBinary(BinaryOp op, Value a, Value b);

[[noreturn]] void raiseUnboundLocal(CodeObject* code, uint32_t index);
[[noreturn]] void raiseUnboundFree(CodeObject* code, uint32_t index);
[[noreturn]] void raiseWithCause(Value exception, Value cause, bool hasCause);
bool exceptionMatches(Value exception, Value type);

Value buildString(const Value* parts, size_t count);
Value formatValue(Value v, uint32_t conversion, Value spec);
void listExtendForUnpack(ListObject* list, Value iterable);
// `callee` (for DICT_MERGE) names the function in the duplicate-keyword error.
void dictUpdateForUnpack(DictObject* dict, Value mapping, bool rejectDuplicates, Value callee = Value());
void unpackSequence(Value sequence, size_t count, Value* out);
void unpackEx(Value sequence, size_t before, size_t after, Value* out);
Value makeFunction(Frame* frame, CodeObject* code, TupleObject* defaults, DictObject* kwdefaults, TupleObject* closure);
void beforeWith(Value manager, bool isAsync, Value& exit, Value& entered);
Value yieldFromStep(Value subIterator, Value sent, bool& done);
Value getAwaitable(Value v);
Value asyncIterator(Value v);   // __aiter__
Value asyncNext(Value v);       // the awaitable of __anext__
Value importName(StrObject* name, Value fromlist, int level, Frame* frame);
Value importFrom(Value module, StrObject* name);
void importStar(Value module, DictObject* target);
void printExpression(Value v);
Value newRangeIterator(int64_t start, int64_t step, int64_t count);

}  // namespace pyfw::engine
