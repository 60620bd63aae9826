// What a board's uos has beyond lib's file functions (Pycom's moduos.c): uname() with the board's
// fields, getfree(), mount/unmount/mkfs and dupterm.
//
// There is no SD card slot on the virtual board: mounting a card raises OSError(ENODEV).
// os.mkfs('/flash') formats the internal file system as on the board (Pycom's "factory reset" of
// /flash) and remounts it empty.
#include <cerrno>

#include "engine/native.h"
#include "base/bytes.h"
#include "formats/pyfw_images.h"
#include "lib/collections_types.h"
#include "port/banner.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

[[noreturn]] void raiseErrno(int error) { raise(newException(&exc::OSError, newTuple({Value::smallInt(error)}))); }

// The MicroPython core Pycom's 1.17.2 is built on, with this image's build id.
std::string coreVersion(RunningApp& app) {
    std::string build = "0000000";
    if (const auto& descriptor = app.jump().app.descriptor) build = base::toHex(descriptor->buildId).substr(0, 7);
    return "v1.8.6-849-" + build;
}

// uname(): MicroPython's attrtuple with Pycom's two extra fields on boards that have the radios.
Value uname(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("uname", nargs, kw, 0, 0);
    RunningApp& app = runningApp();
    const chip::BoardModel& model = app.board().model();
    std::string name(model.name);
    std::vector<const char*> fields = {"sysname", "nodename", "release", "version", "machine"};
    std::vector<Value> values = {Value(newStr(name)), Value(newStr(name)), Value(newStr(runningVersion(app))),
                                 Value(newStr(coreVersion(app) + " on " + buildDate())),
                                 Value(newStr(name + " with ESP32"))};
    if (!model.loraRadio.empty()) {
        fields.push_back("lorawan");
        values.push_back(Value(newStr("1.0.2")));
    }
    if (model.sigfox) {
        fields.push_back("sigfox");
        values.push_back(Value(newStr("1.0.1")));
    }
    return lib::newAttrTuple(fields, values);
}

// getfree(path): the free space of the volume holding `path`, in KiB.
Value getfree(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("getfree", nargs, kw, 1, 1);
    VolumeStat info;
    if (int error = fileSystem()->statVolume(requireStr(args[0], "path")->view(), info)) raiseErrno(error);
    return makeIntU64(info.freeBlocks * info.blockSize / 1024);
}

Value mount(const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("mount", args, nargs, kw, {"device", "mount_point", "readonly"}, 2, a);
    requireStr(a[1], "mount point");
    raiseErrno(ENODEV);   // no SD card (or other block device) is attached to this board
}

Value unmount(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("unmount", nargs, kw, 1, 1);
    std::string_view point = requireStr(args[0], "mount point")->view();
    if (int error = runningApp().files().unmount(point)) raiseErrno(error);
    return None();
}

Value mkfs(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("mkfs", nargs, kw, 1, 1);
    if (!isStr(args[0]) || strView(args[0]) != "/flash") raiseErrno(ENODEV);
    if (int error = runningApp().reformatFlash()) raiseErrno(error);
    return None();
}

// dupterm(stream): the REPL's console. UART 0 is the console already (the frozen _boot.py makes it
// so); duplicating it onto other streams is not supported yet.
Value dupterm(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("dupterm", nargs, kw, 0, 1);
    if (!nargs || args[0] == None()) return None();
    if (isConsoleUart(args[0])) return None();
    raiseError(&exc::NotImplementedError, "dupterm: only UART 0 (the console) can be the REPL's terminal");
}

const MethodDef functions[] = {
    {"dupterm", dupterm}, {"getfree", getfree}, {"mkfs", mkfs},
    {"mount", mount},     {"uname", uname},     {"unmount", unmount},
    {nullptr, nullptr},
};

}  // namespace

void initBoardOsModule(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace pyfw::port
