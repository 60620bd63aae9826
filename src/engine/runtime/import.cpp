// import: native modules, frozen modules, then .py files and packages on sys.path; relative
// imports resolve against the importing module's package.
#include "engine/compile/compiler.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/runtime.h"
#include "engine/vm/vm.h"
#include "engine/vm/vm_ops.h"

namespace pyfw::engine {

namespace {

// Modules are read through the interpreter's file system: the host's files under `pyfw run`, the
// board's mount table (/flash, /flash/lib) on a board.
bool isFile(const std::string& path) {
    FileStat st;
    FileSystem* files = interp().files;
    return files && files->stat(path, st) == 0 && !st.isDirectory;
}

bool isDirectory(const std::string& path) {
    FileStat st;
    FileSystem* files = interp().files;
    return files && files->stat(path, st) == 0 && st.isDirectory;
}

std::string joinPath(std::string_view dir, std::string_view name) {
    if (dir.empty()) return std::string(name);
    std::string out(dir);
    if (out.back() != '/') out += '/';
    out += name;
    return out;
}

[[noreturn]] void noModule(std::string_view name) {
    raise(newException(&exc::ModuleNotFoundError,
                       newTuple({Value(newStr("No module named '" + std::string(name) + "'"))})));
}

// Runs a module's source in a fresh module registered under `fullname`.
// Creates `fullname` in sys.modules, with __path__ when it is a package; `filename` may be null
// (a namespace package has no file).
ModuleObject* registerModule(std::string_view fullname, const std::string* filename, const std::string* packagePath) {
    Interpreter& in = interp();
    ModuleObject* module = newModule(intern(fullname));
    DictObject* d = module->dict;
    if (filename) dictSetStr(d, names::__file__, Value(newStr(*filename)));
    if (packagePath) {
        ListObject* path = newList();
        listAppend(path, Value(newStr(*packagePath)));
        dictSetStr(d, names::__path__, Value(path));
        dictSetStr(d, names::__package__, Value(newStr(fullname)));
    } else {
        size_t dot = fullname.rfind('.');
        dictSetStr(d, names::__package__, Value(newStr(dot == std::string_view::npos ? "" : fullname.substr(0, dot))));
    }
    dictSetStr(in.modules, module->name, Value(module));
    return module;
}

ModuleObject* executeModule(std::string_view fullname, std::string_view source, std::string_view filename,
                            const std::string* packagePath) {
    std::string file(filename);
    ModuleObject* module = registerModule(fullname, &file, packagePath);
    try {
        CodeObject* code = compileSource(source, newStr(filename), ParseMode::File);
        runCode(code, module->dict, module->dict);
    } catch (PythonError&) {
        dictDelete(interp().modules, Value(module->name));
        throw;
    }
    return module;
}

Value loadNative(std::string_view name) {
    const char* canonical = nullptr;
    if (!hasNativeModule(name, &canonical)) return Value();
    Interpreter& in = interp();
    StrObject* canonicalName = intern(canonical);
    if (Value loaded = dictGetStr(in.modules, canonicalName)) return loaded;
    ModuleObject* module = newModule(canonicalName);
    dictSetStr(in.modules, canonicalName, Value(module));
    try {
        initNativeModule(canonical, module);
    } catch (PythonError&) {
        dictDelete(in.modules, Value(canonicalName));
        throw;
    }
    return Value(module);
}

}  // namespace

// A module file that exists but cannot be read is an OSError, as MicroPython's lexer raises.
std::string readSource(const std::string& path) {
    int error = 0;
    OpenMode mode;
    mode.read = true;
    std::unique_ptr<File> file = interp().files->open(path, mode, error);
    if (!file) raise(newException(&exc::OSError, newTuple({Value::smallInt(error)})));
    std::string text;
    uint8_t buffer[4096];
    for (;;) {
        int64_t got = file->read(buffer, sizeof buffer);
        if (got < 0) raise(newException(&exc::OSError, newTuple({Value::smallInt(-got)})));
        if (got == 0) break;
        requireFitsInHeap(int64_t(text.size()) + got);
        text.append(reinterpret_cast<const char*>(buffer), size_t(got));
    }
    file->close();
    return text;
}

namespace {

// Finds and loads `fullname` (whose parent package, if any, is already loaded).
// The frozen module or package of that name, executed; null when the image has none.
Value loadFrozen(std::string_view fullname) {
    std::string key(fullname);
    if (const std::string* source = findFrozenModule(key)) return Value(executeModule(fullname, *source, key + ".py", nullptr));
    if (const std::string* source = findFrozenModule(key + "/__init__")) {
        std::string pkg = ".frozen/" + key;
        return Value(executeModule(fullname, *source, key + "/__init__.py", &pkg));
    }
    return Value();
}

Value loadModule(std::string_view fullname, Value parent) {
    Interpreter& in = interp();
    if (Value loaded = dictGetStr(in.modules, newStr(fullname))) return loaded;
    size_t dot = fullname.rfind('.');
    std::string_view last = dot == std::string_view::npos ? fullname : fullname.substr(dot + 1);
    if (!parent) {
        if (Value native = loadNative(fullname)) {
            if (fullname != asStr(Value(native.as<ModuleObject>()->name))->view())
                dictSetStr(in.modules, newStr(fullname), native);
            return native;
        }
    }
    ListObject* searchPath = in.sysPath;
    if (parent) {
        Value path = getAttrOrNull(parent, names::__path__);
        if (!path || !isInstance(path, &listType)) return Value();
        searchPath = asList(path);
    }
    // A folder without __init__.py is a namespace package, used only when no module or regular
    // package of that name is found on any path entry.
    std::string namespaceDir;
    for (size_t i = 0; i < searchPath->size; ++i) {
        Value entry = searchPath->items[i];
        if (!isStr(entry)) continue;
        std::string_view dir = strView(entry);
        if (dir == ".frozen") {
            if (Value frozen = loadFrozen(fullname)) return frozen;
            continue;
        }
        std::string packageDir = joinPath(dir, last);
        std::string init = joinPath(packageDir, "__init__.py");
        bool isPackageDir = isDirectory(packageDir);
        if (isPackageDir && isFile(init)) return Value(executeModule(fullname, readSource(init), init, &packageDir));
        std::string file = joinPath(dir, std::string(last) + ".py");
        if (isFile(file)) return Value(executeModule(fullname, readSource(file), file, nullptr));
        if (isPackageDir && namespaceDir.empty()) namespaceDir = packageDir;
    }
    if (!namespaceDir.empty()) return Value(registerModule(fullname, nullptr, &namespaceDir));
    return Value();
}

// Imports every component of a dotted name; returns the last module.
Value importDotted(std::string_view name) {
    Value parent;
    size_t start = 0;
    while (true) {
        size_t dot = name.find('.', start);
        std::string_view prefix = name.substr(0, dot);
        Value module = loadModule(prefix, parent);
        if (!module) noModule(prefix);
        if (parent) setAttr(parent, intern(name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start)), module);
        parent = module;
        if (dot == std::string_view::npos) return module;
        start = dot + 1;
    }
}

std::string resolveRelative(std::string_view name, int level, Frame* frame) {
    DictObject* globals = frame->globals;
    Value package = dictGetStr(globals, names::__package__);
    std::string base;
    if (package && isStr(package) && !strView(package).empty()) {
        base = std::string(strView(package));
    } else {
        Value modName = dictGetStr(globals, names::__name__);
        if (!modName || !isStr(modName)) raiseError(&exc::ImportError, "attempted relative import with no known parent package");
        base = std::string(strView(modName));
        if (!dictGetStr(globals, names::__path__)) {
            size_t dot = base.rfind('.');
            if (dot == std::string::npos) raiseError(&exc::ImportError, "attempted relative import with no known parent package");
            base = base.substr(0, dot);
        }
    }
    for (int i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) raiseError(&exc::ImportError, "attempted relative import beyond top-level package");
        base = base.substr(0, dot);
    }
    if (base.empty()) raiseError(&exc::ImportError, "attempted relative import with no known parent package");
    return name.empty() ? base : base + "." + std::string(name);
}

}  // namespace

ModuleObject* importModule(std::string_view name) { return importDotted(name).as<ModuleObject>(); }

Value importName(StrObject* nameObject, Value fromlist, int level, Frame* frame) {
    std::string_view name = nameObject->view();
    std::string absolute = level > 0 ? resolveRelative(name, level, frame) : std::string(name);
    Value module = importDotted(absolute);
    bool hasFromlist = fromlist && fromlist != None() && (!isInstance(fromlist, &tupleType) || asTuple(fromlist)->size);
    if (!hasFromlist) {
        if (level > 0) return module;
        return dictGetStr(interp().modules, newStr(absolute.substr(0, absolute.find('.'))));
    }
    // from package import submodule: load submodules the package does not define itself.
    if (getAttrOrNull(module, names::__path__)) {
        TupleObject* items = toTuple(fromlist);
        for (size_t i = 0; i < items->size; ++i) {
            std::string_view item = strView(items->items[i]);
            if (item == "*" || getAttrOrNull(module, asStr(items->items[i]))) continue;
            Value sub = loadModule(absolute + "." + std::string(item), module);
            if (sub) setAttr(module, asStr(items->items[i]), sub);
        }
    }
    return module;
}

Value importFrom(Value module, StrObject* name) {
    if (Value v = getAttrOrNull(module, name)) return v;
    Value modName = getAttrOrNull(module, names::__name__);
    std::string owner = modName && isStr(modName) ? std::string(strView(modName)) : "?";
    raiseError(&exc::ImportError, "cannot import name '%s' from '%s'", name->data, owner.c_str());
}

void importStar(Value module, DictObject* target) {
    Value all = getAttrOrNull(module, names::__all__);
    if (all) {
        forEach(all, [&](Value name) { dictSet(target, name, getAttr(module, requireStr(name, "__all__ item"))); });
        return;
    }
    // sys.modules may hold any object: take its __dict__ as CPython does, never assume a module.
    Value namespaceDict = typeOf(module) == &moduleType ? Value(module.as<ModuleObject>()->dict)
                                                        : getAttrOrNull(module, names::__dict__);
    if (!namespaceDict || !isInstance(namespaceDict, &dictType))
        raiseError(&exc::ImportError, "from-import-* object has no __dict__ and no __all__");
    DictObject* d = asDict(namespaceDict);
    for (uint32_t i = 0; i < d->filled; ++i) {
        DictEntry e = d->entries()[i];
        if (!e.key || !isStr(e.key) || strView(e.key).substr(0, 1) == "_") continue;
        dictSet(target, e.key, e.value);
    }
}

}  // namespace pyfw::engine
