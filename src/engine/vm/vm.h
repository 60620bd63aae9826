// The virtual machine: frames, argument binding, the dispatch loop and generators.
#pragma once

#include "engine/bytecode/code.h"
#include "engine/objects/object.h"

namespace pyfw::engine {

struct FunctionObject;
struct DictObject;
struct TupleObject;
struct ThreadState;

// Runs `entry` (and the Python frames it calls, without C++ recursion) until it returns or, for a
// generator frame, yields. `throwIn` raises that exception at the frame's current instruction
// first (generator.throw). Python exceptions leave as PythonError.
Value runFrame(Frame* entry, Value throwIn, bool& yielded);

// Runs module-level code with the given namespace.
Value runCode(CodeObject* code, DictObject* globals, DictObject* locals);

// Claims the value-stack region and the frame record for a call of `code` (f may be null for
// module code) and binds the arguments; raises RuntimeError when the stacks are full.
Frame* pushFrame(CodeObject* code, FunctionObject* f, DictObject* globals, DictObject* locals, const Value* args,
                 size_t nargs, TupleObject* kwnames, Frame* back, uint32_t flags);

// A class call (`callee` is an object of type `type`) whose __init__ can run in the dispatch
// loop: a class of metaclass type with
// object's layout and __new__ and a Python __init__. Makes the instance, stores it at *result and
// at args[-1] (the self argument), and returns __init__'s frame (kFrameInit); null when the
// general type call must run instead (nothing is written then).
Frame* pushInitFrame(Value callee, Value* result, Value* args, size_t nargs, TupleObject* kwnames, Frame* back);

// Runs a class body function with `ns` as its namespace (cells and free variables set up).
Value runClassBody(FunctionObject* body, DictObject* ns);

// Calls a Python function from native code.
Value callFunction(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames);

// Fills the fast locals of a new frame from call arguments (defaults, keywords, *args, **kwargs,
// cells and free variables). `fast` must hold code->fastCount() values.
void bindArguments(FunctionObject* f, Value* fast, const Value* args, size_t nargs, TupleObject* kwnames);

// A generator/coroutine object for a call of a generator function.
Value newGenerator(FunctionObject* f, const Value* args, size_t nargs, TupleObject* kwnames);
// Resumes a generator with a value (or an exception to throw in). Returns the yielded value and
// sets `returned` false, or the return value with `returned` true.
Value resumeGenerator(Value generator, Value send, Value throwIn, bool& returned);
bool isGenerator(Value v);

// `for x in generator` resumed in the running loop rather than by a native call (the generator's
// frame goes above `caller`, marked kFrameInline, and becomes the thread's frame). Null when the
// generator is not a plain one ready to run, or the frame limit is reached: the general path then
// raises or ends the loop.
Frame* resumeGeneratorInline(Value generator, Frame* caller, ThreadState& t);
// An inline frame has yielded (its pc and sp saved): suspended again, the thread back in `back`.
void generatorYieldedInline(Frame* frame, ThreadState& t);
// An inline frame has returned (exception null) or is unwound by `exception`: finished. Returns
// the exception to go on with: a StopIteration raised inside becomes RuntimeError, as in resume.
Value generatorFinishedInline(Frame* frame, Value exception, ThreadState& t);
// Raises the StopIteration of a generator that returned `value` (none when it returned None).
[[noreturn]] void raiseGeneratorReturn(Value value);

// Checks pending asynchronous events (Ctrl-C, scheduled callbacks, the instruction budget).
void handlePendingEvents();

}  // namespace pyfw::engine
