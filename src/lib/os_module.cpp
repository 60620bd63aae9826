// uos (also `os`): the file functions over the interpreter's file system — the host's files under
// `pyfw run`, the board's mount table (/flash, /sd) on a board — plus urandom from the host's
// entropy. A board extends the module with what only a board has (uname, mount, mkfs, getfree,
// dupterm: port/modules/uos_board.cpp). Failures raise OSError(errno), as MicroPython's VFS does.
//
// Shapes, as MicroPython's: stat() is a 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime,
// mtime, ctime) with mode 0x4000 for a directory and 0x8000 for a file; ilistdir() yields
// (name, type, inode, size); statvfs() is (bsize, frsize, blocks, bfree, bavail, files, ffree,
// favail, flag, namemax).
#include <cerrno>

#include "engine/native.h"
#include "lib/standard_library.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

constexpr int64_t kDirectoryMode = 0x4000;
constexpr int64_t kFileMode = 0x8000;

[[noreturn]] void raiseErrno(int error) {
    raise(newException(&exc::OSError, newTuple({Value::smallInt(error)})));
}

FileSystem& files() {
    FileSystem* fs = fileSystem();
    if (!fs) raiseErrno(ENODEV);
    return *fs;
}

void check(int error) {
    if (error) raiseErrno(error);
}

std::string_view pathArg(const Value* args, size_t nargs, size_t index, std::string_view fallback) {
    if (index >= nargs || args[index] == None()) return fallback;
    return requireStr(args[index], "path")->view();
}

std::vector<DirEntry> listOf(std::string_view path) {
    std::vector<DirEntry> entries;
    check(files().listDir(path, entries));
    return entries;
}

Value listdir(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("listdir", nargs, kw, 0, 1);
    std::string cwd = files().currentDir();
    ListObject* names = newList();
    for (const DirEntry& entry : listOf(pathArg(args, nargs, 0, cwd))) listAppend(names, Value(newStr(entry.name)));
    return Value(names);
}

// ilistdir() returns an iterator over a list made at once: the directory is read under the
// volume's lock in one go, so a script that changes it while iterating sees the old listing.
Value ilistdir(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ilistdir", nargs, kw, 0, 1);
    std::string cwd = files().currentDir();
    ListObject* items = newList();
    for (const DirEntry& entry : listOf(pathArg(args, nargs, 0, cwd))) {
        Value type = Value::smallInt(entry.isDirectory ? kDirectoryMode : kFileMode);
        listAppend(items, Value(newTuple({Value(newStr(entry.name)), type, Value::smallInt(0),
                                          makeIntU64(entry.isDirectory ? 0 : entry.size)})));
    }
    return getIter(Value(items));
}

Value stat(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("stat", nargs, kw, 1, 1);
    FileStat info;
    check(files().stat(requireStr(args[0], "path")->view(), info));
    Value mode = Value::smallInt(info.isDirectory ? kDirectoryMode : kFileMode);
    Value zero = Value::smallInt(0);
    Value time = makeInt(info.modifiedSeconds);
    return Value(newTuple({mode, zero, zero, zero, zero, zero, makeIntU64(info.size), time, time, time}));
}

Value statvfs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("statvfs", nargs, kw, 1, 1);
    VolumeStat info;
    check(files().statVolume(requireStr(args[0], "path")->view(), info));
    Value zero = Value::smallInt(0);
    Value block = makeIntU64(info.blockSize);
    return Value(newTuple({block, block, makeIntU64(info.blocks), makeIntU64(info.freeBlocks), makeIntU64(info.freeBlocks),
                           zero, zero, zero, zero, makeIntU64(info.nameMax)}));
}

using PathOperation = int (FileSystem::*)(std::string_view);

Value onePath(const char* name, PathOperation operation, const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs(name, nargs, kw, 1, 1);
    check((files().*operation)(requireStr(args[0], "path")->view()));
    return None();
}

Value mkdir(const Value* a, size_t n, TupleObject* kw) { return onePath("mkdir", &FileSystem::makeDir, a, n, kw); }
Value rmdir(const Value* a, size_t n, TupleObject* kw) { return onePath("rmdir", &FileSystem::removeDir, a, n, kw); }
Value remove(const Value* a, size_t n, TupleObject* kw) { return onePath("remove", &FileSystem::remove, a, n, kw); }
Value chdir(const Value* a, size_t n, TupleObject* kw) { return onePath("chdir", &FileSystem::changeDir, a, n, kw); }

Value rename(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("rename", nargs, kw, 2, 2);
    check(files().rename(requireStr(args[0], "old path")->view(), requireStr(args[1], "new path")->view()));
    return None();
}

Value getcwd(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("getcwd", nargs, kw, 0, 0);
    return Value(newStr(files().currentDir()));
}

Value urandom(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("urandom", nargs, kw, 1, 1);
    int64_t count = requireInt64(args[0]);
    if (count < 0) raiseValueError("negative count");
    requireFitsInHeap(count);
    std::string bytes(size_t(count), '\0');
    host().fillRandom(reinterpret_cast<uint8_t*>(bytes.data()), bytes.size());
    return Value(newBytes(bytes.data(), bytes.size()));
}

const MethodDef functions[] = {
    {"chdir", chdir},     {"getcwd", getcwd},   {"ilistdir", ilistdir}, {"listdir", listdir},
    {"mkdir", mkdir},     {"remove", remove},   {"rename", rename},     {"rmdir", rmdir},
    {"stat", stat},       {"statvfs", statvfs}, {"unlink", remove},     {"urandom", urandom},
    {nullptr, nullptr},
};

}  // namespace

void initOsModule(ModuleObject* module) {
    moduleAddFunctions(module, functions);
    moduleSet(module, "sep", Value(newStr("/")));
}

}  // namespace pyfw::lib
