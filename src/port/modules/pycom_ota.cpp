// pycom.ota_start/ota_write/ota_finish/ota_verify/ota_slot: a firmware update written from Python
// through the boot chain's updater (boot/ota_updater.h): the image goes to the slot the running one
// is not in, in chunks of any size; the next boot verifies it and runs it, or rolls back.
//
//     pycom.ota_start()            # OSError when the partition table or boot_info is unusable
//     pycom.ota_write(chunk)       # any bytes-like; OSError before ota_start or past the slot
//     pycom.ota_verify()           # True when the written image passes the bootloader's checks
//     pycom.ota_finish()           # marks it for the next boot (OSError: it does not verify)
//     pycom.ota_slot()             # 0x1A0000 (ota_0) or 0x10000 (factory): where it goes
//
// Where the issue is silent, the safer choice: ota_finish() checks the image as the bootloader
// will (checksum, SHA-256, signature, board, anti-rollback minimum) and refuses one that would not
// start, so boot_info never names a broken image; Pycom's marked whatever was written and left the
// rollback to the bootloader, which still rolls back an image damaged after ota_finish.
#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

[[noreturn]] void raiseOsError(const std::string& message) { raise(newExceptionWithMessage(&exc::OSError, message)); }

// A power cut during a flash write stops the board there and then.
void stopIfPowerLost() {
    if (runningApp().board().powerLost()) exitToHost({int(ExitKind::PowerLost), 0});
}

boot::OtaUpdater& updater() {
    auto ota = runningApp().ota();
    if (!ota.ok()) raiseOsError("OTA unavailable: " + ota.error().message);
    return **ota;
}

void check(const base::Status& status) {
    stopIfPowerLost();
    if (!status.ok()) raiseOsError(status.error().message);
}

Value otaStart(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ota_start", nargs, kw, 0, 0);
    check(updater().start());
    return None();
}

Value otaWrite(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("ota_write", nargs, kw, 1, 1);
    Buffer data = requireBuffer(args[0], "ota_write");
    check(updater().write(base::ByteView(data.data, data.size)));
    return None();
}

Value otaVerify(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ota_verify", nargs, kw, 0, 0);
    auto verified = updater().verify();
    stopIfPowerLost();
    return boolValue(verified.ok());
}

Value otaFinish(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ota_finish", nargs, kw, 0, 0);
    boot::OtaUpdater& ota = updater();
    auto verified = ota.verify();
    stopIfPowerLost();
    if (!verified.ok()) raiseOsError("the written image would not start, so the board keeps its firmware: " + verified.error().message);
    check(ota.finish());
    return None();
}

Value otaSlot(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("ota_slot", nargs, kw, 0, 0);
    auto slot = updater().slotAddress();
    stopIfPowerLost();
    if (!slot.ok()) raiseOsError(slot.error().message);
    return makeIntU64(*slot);
}

const MethodDef functions[] = {
    {"ota_finish", otaFinish},
    {"ota_slot", otaSlot},
    {"ota_start", otaStart},
    {"ota_verify", otaVerify},
    {"ota_write", otaWrite},
    {nullptr, nullptr},
};

}  // namespace

void addPycomOta(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace pyfw::port
