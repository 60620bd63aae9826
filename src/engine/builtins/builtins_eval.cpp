// Built-ins that reach into the interpreter: eval, exec, compile, globals, locals, __import__,
// __build_class__, super, and the code type.
#include "engine/compile/compiler.h"
#include "engine/objects/bytes.h"
#include "engine/objects/class.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_ops.h"

namespace pyfw::engine {

namespace {

// The innermost running Python frame (the caller of a built-in).
Frame* callerFrame() { return thread().frame; }

DictObject* frameLocals(Frame* f) {
    if (f->locals) return f->locals;
    DictObject* d = newDict();
    CodeObject* code = f->code;
    for (size_t i = 0; i < code->fastCount(); ++i) {
        Value v = f->fast[i];
        if (i >= code->localCount && v) v = v.as<CellObject>()->value;
        if (!v) continue;
        strShare(v);   // the dict shares it: `NAME += ...` must no longer append in place
        dictSet(d, code->localNames->items[i], v);
    }
    return d;
}

std::string_view sourceText(Value source, const char* function) {
    if (isStr(source)) return strView(source);
    Buffer b;
    if (getBuffer(source, b)) return {reinterpret_cast<const char*>(b.data), b.size};
    raiseTypeError("%s() arg 1 must be a string, bytes or code object", function);
}

enum class EvalKind { Eval, Exec, ExecFile };

// eval(source), exec(source) and execfile(path), each with optional globals and locals.
Value evalOrExec(const Value* args, size_t nargs, TupleObject* kw, EvalKind kind) {
    bool isEval = kind == EvalKind::Eval;
    const char* name = isEval ? "eval" : kind == EvalKind::Exec ? "exec" : "execfile";
    checkArgs(name, nargs, kw, 1, 3);
    Frame* f = callerFrame();
    // The namespaces are checked before use: a wrong type would be read as a dict's layout.
    bool hasGlobals = nargs > 1 && args[1] != None();
    bool hasLocals = nargs > 2 && args[2] != None();
    if (hasGlobals && !isInstance(args[1], &dictType)) raiseTypeError("globals must be a dict");
    if (hasLocals && !isInstance(args[2], &dictType)) raiseTypeError("locals must be a mapping");
    DictObject* globals = hasGlobals ? asDict(args[1]) : (f ? f->globals : interp().mainModule->dict);
    DictObject* locals = hasLocals ? asDict(args[2])
                         : hasGlobals ? globals
                         : (f ? frameLocals(f) : globals);
    if (!dictGetStr(globals, names::__builtins__)) dictSetStr(globals, names::__builtins__, dictGetStr(interp().modules, intern("builtins")));
    CodeObject* code;
    if (kind == EvalKind::ExecFile) {
        std::string path(requireStr(args[0], "execfile() arg 1")->view());
        code = compileSource(readSource(path), newStr(path), ParseMode::File);
    } else if (typeOf(args[0]) == &codeType) {
        code = args[0].as<CodeObject>();
        // A function's code (f.__code__) runs here with no call to bind its parameters, make its
        // cells or give its closure, nor a generator object to hold its frame: refused, as
        // CPython refuses free variables.
        if (code->freeCount || code->cellCount)
            raiseTypeError("code object passed to %s() may not contain free variables", name);
        if (code->argCount || code->kwOnlyCount || (code->flags & (kCodeVarArgs | kCodeVarKeywords)))
            raiseTypeError("code object passed to %s() may not take arguments", name);
        if (code->flags & (kCodeGenerator | kCodeCoroutine))
            raiseTypeError("code object passed to %s() may not be a generator or coroutine", name);
    } else {
        code = compileSource(sourceText(args[0], name), intern("<string>"), isEval ? ParseMode::Eval : ParseMode::File);
    }
    Value r = runCode(code, globals, locals);
    return isEval ? r : None();
}

Value builtinEval(const Value* args, size_t nargs, TupleObject* kw) { return evalOrExec(args, nargs, kw, EvalKind::Eval); }
Value builtinExec(const Value* args, size_t nargs, TupleObject* kw) { return evalOrExec(args, nargs, kw, EvalKind::Exec); }
// MicroPython's execfile(path[, globals[, locals]]): a file of the interpreter's file system run
// as exec runs a string (in the caller's namespace by default).
Value builtinExecfile(const Value* args, size_t nargs, TupleObject* kw) {
    return evalOrExec(args, nargs, kw, EvalKind::ExecFile);
}

Value builtinCompile(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("compile", args, nargs, kw, {"source", "filename", "mode"}, 3, a);
    std::string_view mode = requireStr(a[2], "mode")->view();
    ParseMode parseMode = mode == "eval" ? ParseMode::Eval : mode == "single" ? ParseMode::Single : ParseMode::File;
    if (mode != "eval" && mode != "exec" && mode != "single")
        raiseValueError("compile() mode must be 'exec', 'eval' or 'single'");
    return Value(compileSource(sourceText(a[0], "compile"), requireStr(a[1], "filename"), parseMode));
}

Value builtinGlobals(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("globals", nargs, kw, 0, 0);
    return Value(callerFrame()->globals);
}

Value builtinLocals(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("locals", nargs, kw, 0, 0);
    return Value(frameLocals(callerFrame()));
}

Value builtinImport(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[5];
    parseArgs("__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
    StrObject* name = requireStr(a[0], "module name");
    int level = a[4] ? int(requireInt64(a[4])) : 0;
    return importName(intern(name), a[3] ? a[3] : None(), level, callerFrame());
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Value builtinBuildClass(const Value* args, size_t nargs, TupleObject* kw) {
    if (nargs < 2) raiseTypeError("__build_class__: not enough arguments");
    Value body = args[0];
    // The body runs as a plain frame with the namespace as its locals: a generator could not.
    if (typeOf(body) != &functionType || (body.as<FunctionObject>()->code->flags & (kCodeGenerator | kCodeCoroutine)))
        raiseTypeError("__build_class__: func must be a function");
    StrObject* name = requireStr(args[1], "__build_class__ name");
    TupleObject* bases = tupleFromArray(args + 2, nargs - 2);
    Value metaclass;
    size_t nkw = kw ? kw->size : 0;
    DictObject* extra = newDict();
    for (size_t k = 0; k < nkw; ++k) {
        if (asStr(kw->items[k])->view() == "metaclass") metaclass = args[nargs + k];
        else dictSet(extra, kw->items[k], args[nargs + k]);
    }
    if (!metaclass) {
        metaclass = Value(&typeType);
        for (size_t i = 0; i < bases->size; ++i) {
            Type* mt = typeOf(bases->items[i]);
            if (isSubtype(mt, metaclass.as<Type>())) metaclass = Value(mt);
        }
    }
    DictObject* ns = newDict();
    if (Value prepare = getAttrOrNull(metaclass, names::__prepare__)) {
        Value prepared = call2(prepare, Value(name), Value(bases));
        if (isInstance(prepared, &dictType)) ns = asDict(prepared);
    }
    auto* f = body.as<FunctionObject>();
    Value cell = runClassBody(f, ns);
    // The body returns its __class__ cell (or None); fill it with the new class.
    Value cls;
    Value classArgs[3] = {Value(name), Value(bases), Value(ns)};
    if (extra->used) {
        RootedValues all;
        all.values.assign(classArgs, classArgs + 3);
        TupleObject* names = newTuple(extra->used);
        size_t k = 0;
        for (uint32_t i = 0; i < extra->filled; ++i) {
            DictEntry e = extra->entries()[i];
            if (!e.key) continue;
            names->items[k++] = e.key;
            all.values.push_back(e.value);
        }
        cls = call(metaclass, all.values.data(), 3, names);
    } else {
        cls = call(metaclass, classArgs, 3);
    }
    if (cell && typeOf(cell) == &cellType) cell.as<CellObject>()->value = cls;
    return cls;
}

// ---- super ----

struct SuperObject : Object {
    Type* start;     // look up after this class in the MRO
    Value self;      // instance, or class for class methods
    Type* selfType;
};

void superTrace(Object* self, Tracer& t) {
    auto* s = static_cast<SuperObject*>(self);
    t.visitObject(s->start);
    t.visit(s->self);
    t.visitObject(s->selfType);
}

Value superMake(Type* cls, const Value* args, size_t nargs, TupleObject* kwnames) {
    checkArgs("super", nargs, kwnames, 0, 2);
    Type* start;
    Value self;
    if (nargs == 0) {
        Frame* f = callerFrame();
        CodeObject* code = f ? f->code : nullptr;
        if (!code || code->argCount == 0) raiseError(&exc::RuntimeError, "super(): no arguments");
        int classIndex = -1;
        for (size_t i = code->localCount; i < code->fastCount(); ++i)
            if (asStr(code->localNames->items[i])->view() == "__class__") classIndex = int(i);
        if (classIndex < 0) raiseError(&exc::RuntimeError, "super(): __class__ cell not found");
        Value classValue = f->fast[classIndex].as<CellObject>()->value;
        if (!classValue) raiseError(&exc::RuntimeError, "super(): empty __class__ cell");
        start = classValue.as<Type>();
        self = f->fast[0];
        // A captured first argument lives in its cell.
        if (!self || (code->cellArgs && code->cellCount)) {
            for (size_t i = 0; i < code->cellCount; ++i)
                if (code->cellArgs && code->cellArgs[i] == 0) self = f->fast[code->localCount + i].as<CellObject>()->value;
        }
        strShare(self);   // a str that `self += ...` made is now held by the super object too
        if (!self) raiseError(&exc::RuntimeError, "super(): arg[0] deleted");
    } else {
        if (!isInstance(args[0], &typeType)) raiseTypeError("super() argument 1 must be type, not %s", typeName(args[0]));
        start = args[0].as<Type>();
        if (nargs < 2) raiseTypeError("super() with one argument is not supported");
        self = args[1];
    }
    Type* selfType = isInstance(self, &typeType) && isSubtype(self.as<Type>(), start) ? self.as<Type>() : typeOf(self);
    if (!isSubtype(selfType, start)) raiseTypeError("super(type, obj): obj must be an instance or subtype of type");
    auto* s = allocateObject<SuperObject>(cls);
    s->start = start;
    s->self = self;
    s->selfType = selfType;
    return Value(s);
}

Value superGetAttr(Value selfValue, StrObject* name) {
    auto* s = selfValue.as<SuperObject>();
    TupleObject* mro = s->selfType->mro;
    size_t i = 0;
    while (i < mro->size && mro->items[i].as<Type>() != s->start) ++i;
    for (++i; i < mro->size; ++i) {
        Type* t = mro->items[i].as<Type>();
        Value v = dictGetStr(typeDict(t), name);
        if (!v) continue;
        Type* vt = typeOf(v);
        if (!vt->descrGet) return v;
        bool selfIsClass = s->self.as<Object>() == static_cast<Object*>(s->selfType);
        return vt->descrGet(v, selfIsClass ? Value() : s->self, s->selfType);
    }
    if (name == names::__class__) return Value(&superType);
    return genericGetAttr(selfValue, name);
}

void superPrint(std::string& out, Value self, PrintKind) {
    auto* s = self.as<SuperObject>();
    out += "<super: <class '";
    out += s->start->name->view();
    out += "'>, <";
    out += s->selfType->name->view();
    out += " object>>";
}

// ---- code ----

void codeTrace(Object* self, Tracer& t) {
    auto* c = static_cast<CodeObject*>(self);
    t.markRaw(c->words);
    t.markRaw(c->lineTable);
    t.markRaw(c->handlers);
    t.markRaw(c->caches);
    t.markRaw(c->cellArgs);
    t.visitObject(c->consts);
    t.visitObject(c->names);
    t.visitObject(c->localNames);
    t.visitObject(c->name);
    t.visitObject(c->qualname);
    t.visitObject(c->filename);
}

void codePrint(std::string& out, Value self, PrintKind) {
    auto* c = self.as<CodeObject>();
    out += "<code object ";
    out += c->name->view();
    out += ", file \"";
    out += c->filename->view();
    out += "\", line " + std::to_string(c->firstLine) + ">";
}

Value codeGetAttr(Value self, StrObject* name) {
    auto* c = self.as<CodeObject>();
    std::string_view n = name->view();
    if (n == "co_name") return Value(c->name);
    if (n == "co_filename") return Value(c->filename);
    if (n == "co_firstlineno") return Value::smallInt(c->firstLine);
    if (n == "co_argcount") return Value::smallInt(c->argCount);
    if (n == "co_varnames") return Value(c->localNames);
    return genericGetAttr(self, name);
}

}  // namespace

extern const MethodDef kEvalBuiltins[] = {
    {"__build_class__", builtinBuildClass},
    {"__import__", builtinImport},
    {"compile", builtinCompile},
    {"eval", builtinEval},
    {"exec", builtinExec},
    {"execfile", builtinExecfile},
    {"globals", builtinGlobals},
    {"locals", builtinLocals},
    {nullptr, nullptr},
};

Type superType{TypeSpec{
    .name = "super",
    .instanceSize = sizeof(SuperObject),
    .flags = kTypeBaseType,
    .trace = superTrace,
    .print = superPrint,
    .make = superMake,
    .getattr = superGetAttr,
}};

Type codeType{TypeSpec{
    .name = "code",
    .instanceSize = sizeof(CodeObject),
    .flags = kTypeAbstractNew,
    .trace = codeTrace,
    .print = codePrint,
    .getattr = codeGetAttr,
}};

}  // namespace pyfw::engine
