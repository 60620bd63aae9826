#include "lib/standard_library.h"

namespace pyfw::lib {

using engine::ModuleLibrary;
using engine::NativeModuleDef;

namespace {

// Each module answers to its MicroPython name and its plain name (MicroPython's weak links).
constexpr NativeModuleDef kModules[] = {
    {"_thread", initThreadModule},
    {"cmath", initCmathModule},
    {"framebuf", initFramebufModule},
    {"gc", initGcModule},
    {"math", initMathModule},
    {"micropython", initMicropythonModule},
    {"micropython", addScheduleToMicropython},
    {"uarray", initArrayModule, "array"},
    {"ubinascii", initBinasciiModule, "binascii"},
    {"uctypes", initUctypesModule},
    {"ucollections", initCollectionsModule, "collections"},
    {"uerrno", initErrnoModule, "errno"},
    {"uhashlib", initHashlibModule, "hashlib"},
    {"uio", initIoModule, "io"},
    {"uos", initOsModule, "os"},
    {"ujson", initJsonModule, "json"},
    {"urandom", initRandomModule, "random"},
    {"ure", initReModule, "re"},
    {"ustruct", initStructModule, "struct"},
    {"utime", initTimeModule, "time"},
};

constexpr ModuleLibrary::BuiltinsExtension kBuiltinsExtensions[] = {addOpenToBuiltins};
constexpr ModuleLibrary::SysExtension kSysExtensions[] = {addStdioToSys};

}  // namespace

const ModuleLibrary& standardLibrary() {
    static const ModuleLibrary library{kModules, kBuiltinsExtensions, kSysExtensions};
    return library;
}

}  // namespace pyfw::lib
