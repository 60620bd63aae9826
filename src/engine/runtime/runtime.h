// The generic operations every part of the engine uses: attribute access, calls, operators,
// iteration, subscription, conversion to text. Each dispatches through the operand's type slots.
#pragma once

#include <string>
#include <string_view>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct StrObject;
struct TupleObject;
struct DictObject;

// ---- attributes ----
Value getAttr(Value object, StrObject* name);          // raises AttributeError
Value getAttrOrNull(Value object, StrObject* name);    // null when absent (other errors raise)
void setAttr(Value object, StrObject* name, Value value);
void delAttr(Value object, StrObject* name);
// Looks `name` up on the type (through the MRO) without binding; null when absent.
Value lookupType(const Type* type, StrObject* name);
// For obj.name(...): the function and whether self must be passed (avoids a bound method).
// Returns false when the attribute is absent.
bool loadMethod(Value object, StrObject* name, Value& function, bool& passSelf);
// The default getattr slot: data descriptors, instance dict, then other class attributes.
Value genericGetAttr(Value object, StrObject* name);
void genericSetAttr(Value object, StrObject* name, Value value);
DictObject* instanceDict(Value object, bool create);   // null when the object has none

// ---- calls ----
Value call(Value callee, const Value* args, size_t nargs, TupleObject* kwnames = nullptr);
inline Value call0(Value callee) { return call(callee, nullptr, 0); }
Value call1(Value callee, Value a);
Value call2(Value callee, Value a, Value b);
Value call3(Value callee, Value a, Value b, Value c);
// Calls self.name(args...); raises AttributeError when absent.
Value callMethod(Value self, StrObject* name, const Value* args = nullptr, size_t nargs = 0);
// Calls type(self).name(self, args...) when defined; null when not.
Value callSpecialOrNull(Value self, StrObject* name, const Value* args = nullptr, size_t nargs = 0);
// f(*args, **kwargs) with a tuple and a dict (either may be null).
Value callWithTupleDict(Value callee, TupleObject* args, DictObject* kwargs);
bool isCallable(Value v);

// ---- operators ----
Value binaryOp(BinaryOp op, Value a, Value b);
Value inplaceOp(BinaryOp op, Value a, Value b);
Value unaryOp(UnaryOp op, Value v);
bool equals(Value a, Value b);
bool lessThan(Value a, Value b);
bool truthy(Value v);
int64_t hashOf(Value v);
int64_t unhashableHash(Value self);   // the hash slot of mutable containers: raises TypeError
bool contains(Value container, Value item);
const char* binaryOpSymbol(BinaryOp op);
// The TypeError of an operator that neither operand supports.
[[noreturn]] void raiseUnsupportedOperands(BinaryOp op, Value a, Value b);

// ---- containers and iteration ----
Value getIter(Value v);
Value iterNext(Value iterator);          // null when exhausted
Value getItem(Value object, Value key);
void setItem(Value object, Value key, Value value);
void delItem(Value object, Value key);
int64_t length(Value v);
// Calls visit(item) for each item of an iterable (fast for list/tuple).
template <typename F>
void forEach(Value iterable, F&& visit);
TupleObject* toTuple(Value iterable);

// ---- text ----
void printValue(std::string& out, Value v, PrintKind kind);
StrObject* repr(Value v);
StrObject* str(Value v);
std::string reprString(Value v);
std::string strString(Value v);
// Python's print(): writes through the host console (file=None) or a stream's write().
void writeOut(std::string_view text);
// While it lives, printValue writes `out` to the console whenever it grows past a chunk, so
// print() of a structure larger than the heap streams it instead of building it in host memory.
class StreamingPrint {
public:
    explicit StreamingPrint(std::string& out);
    ~StreamingPrint();
    StreamingPrint(const StreamingPrint&) = delete;
    StreamingPrint& operator=(const StreamingPrint&) = delete;

private:
    std::string* previous_;
};

}  // namespace pyfw::engine

#include "engine/runtime/runtime_inline.h"
