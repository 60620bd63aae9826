// Files: the builtin open() and its two stream types, FileIO (binary modes) and TextIOWrapper (text
// modes), over the installed FileSystem. Failures raise OSError(errno). A file the script forgets
// to close is closed when the GC frees it.
#include <cerrno>
#include <string>
#include <string_view>

#include "engine/native.h"
#include "engine/objects/dict.h"
#include "engine/objects/function.h"
#include "engine/objects/str.h"
#include "engine/objects/tuple.h"
#include "engine/runtime/args.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "lib/io_types.h"
#include "lib/stream.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

struct FileStreamObject : StreamObject {
    File* file;   // owned; null once closed
};

[[noreturn]] void raiseErrno(int64_t error) {
    raise(newException(&exc::OSError, newTuple({Value::smallInt(error < 0 ? -error : error)})));
}

File* fileOf(StreamObject* s) { return static_cast<FileStreamObject*>(s)->file; }

size_t fileRead(StreamObject* s, uint8_t* out, size_t size) {
    int64_t n = fileOf(s)->read(out, size);
    if (n < 0) raiseErrno(n);
    return size_t(n);
}

void fileWrite(StreamObject* s, const uint8_t* data, size_t size) {
    int64_t n = fileOf(s)->write(data, size);
    if (n < 0) raiseErrno(n);
}

int64_t fileSeek(StreamObject* s, int64_t offset, int whence) {
    int64_t at = fileOf(s)->seek(offset, whence);
    if (at < 0) raiseErrno(at);
    return at;
}

void fileFlush(StreamObject* s) {
    if (int error = fileOf(s)->flush()) raiseErrno(error);
}

// What could not be written when the file closes (a full volume) is the close's OSError.
void fileClose(StreamObject* s) {
    auto* f = static_cast<FileStreamObject*>(s);
    File* file = f->file;
    f->file = nullptr;
    int error = file->close();
    delete file;
    if (error) raiseErrno(error);
}

constexpr StreamOps kFileOps = {fileRead, fileWrite, fileSeek, fileFlush, fileClose};
constexpr StreamOps kReadOnlyFileOps = {fileRead, nullptr, fileSeek, fileFlush, fileClose};

void fileFinalize(Object* self) {
    auto* f = static_cast<FileStreamObject*>(self);
    if (!f->file) return;
    f->file->close();
    delete f->file;
    f->file = nullptr;
}

void traceNothing(Object*, Tracer&) {}

Value refuseMake(Type* type, const Value*, size_t, TupleObject*) {
    raiseTypeError("cannot create '%s' instances; use open()", type->name->data);
}

struct ParsedMode {
    OpenMode open;
    bool binary = false;
};

ParsedMode parseMode(std::string_view mode) {
    ParsedMode m;
    int kinds = 0;
    bool plus = false, text = false;
    for (char c : mode) {
        switch (c) {
        case 'r': m.open.read = true; ++kinds; break;
        case 'w': m.open.write = m.open.create = m.open.truncate = true; ++kinds; break;
        case 'a': m.open.write = m.open.create = m.open.append = true; ++kinds; break;
        case 'x': m.open.write = m.open.create = m.open.exclusive = true; ++kinds; break;
        case '+': if (plus) kinds = 2; plus = true; break;
        case 'b': if (m.binary) kinds = 2; m.binary = true; break;
        case 't': if (text) kinds = 2; text = true; break;
        default: kinds = 2; break;
        }
    }
    if (kinds != 1 || (m.binary && text))
        raiseValueError("invalid mode: '%.*s'", int(mode.size()), mode.data());
    if (plus) m.open.read = m.open.write = true;
    return m;
}

}  // namespace

Value openFile(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[4];
    parseArgs("open", args, nargs, kw, {"file", "mode", "buffering", "encoding"}, 1, a);
    StrObject* path = requireStr(a[0], "open() file");
    ParsedMode mode = parseMode(a[1] ? requireStr(a[1], "open() mode")->view() : "r");
    if (a[3] && a[3] != None()) {
        std::string_view encoding = requireStr(a[3], "open() encoding")->view();
        if (encoding != "utf-8" && encoding != "utf8" && encoding != "UTF-8")
            raiseError(&exc::NotImplementedError, "only the utf-8 encoding is supported");
        if (mode.binary) raiseValueError("binary mode doesn't take an encoding argument");
    }
    // Allocated before the file is opened, so a full heap cannot leak an open file.
    Value stream = newFileStream(nullptr, !mode.binary, mode.open.write);
    int error = 0;
    FileSystem* files = fileSystem();
    if (!files) raiseErrno(ENODEV);
    std::unique_ptr<File> file = files->open(path->view(), mode.open, error);
    if (!file) raiseErrno(error);
    stream.as<FileStreamObject>()->file = file.release();
    return stream;
}

Value newFileStream(std::unique_ptr<File> file, bool text, bool writable) {
    auto* f = allocateObject<FileStreamObject>(text ? &textIoWrapperType : &fileIoType);
    f->ops = writable ? &kFileOps : &kReadOnlyFileOps;
    f->text = text;
    f->file = file.release();
    return Value(f);
}

namespace {

// FileIO and TextIOWrapper differ only in their name (and in the text flag of their objects).
constexpr TypeSpec fileTypeSpec(const char* name) {
    return TypeSpec{
        .name = name,
        .base = &streamBaseType,
        .instanceSize = sizeof(FileStreamObject),
        .trace = traceNothing,
        .finalize = fileFinalize,
        .make = refuseMake,
        .module = "uio",
    };
}

}  // namespace

Type fileIoType{fileTypeSpec("FileIO")};
Type textIoWrapperType{fileTypeSpec("TextIOWrapper")};

namespace {

void addOpen(DictObject* builtins) {
    dictSetStr(builtins, intern("open"), Value(newBuiltinFunction("open", openFile)));
}

}  // namespace

void addOpenToBuiltins(DictObject* builtins) { addOpen(builtins); }

}  // namespace pyfw::lib
