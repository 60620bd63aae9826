// pycom.nvs_set/nvs_get/nvs_erase/nvs_erase_all: u32 values in the NVS namespace PY_NVM of the
// board's `nvs` partition (ESP-IDF's format, see port/nvs_store.h), committed by each call.
//
// As Pycom's modpycom.c: a full partition is OSError("no space available"), a bad key is
// ValueError("invalid key (or too long)"), nvs_get of an absent key is None, nvs_erase of an
// absent key is KeyError. Where the original misbehaved, a clear error instead: a value outside
// 0..2**32-1 is ValueError (the original truncated it), and nvs_get of a key over 15 characters is
// ValueError (the original returned whatever was on its stack). A key stored with another type
// (a string or blob of a manufacturing partition) reads as None, as it is no u32.
#include "engine/native.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr std::string_view kNamespace = "PY_NVM";

[[noreturn]] void raiseOsError(const std::string& message) {
    raise(newExceptionWithMessage(&exc::OSError, message));
}

NvsStore& store() {
    NvsStore* nvs = runningApp().nvs();
    if (!nvs) raiseOsError("NVS unavailable: the board's nvs partition cannot be opened");
    return *nvs;
}

// The key as Pycom checks it (1 to 15 bytes); `function` names the caller in a type error.
std::string_view requireKey(Value key) {
    std::string_view text = requireStr(key, "key")->view();
    if (!NvsStore::checkName(text).ok()) raiseValueError("invalid key (or too long)");
    return text;
}

uint32_t requireU32(Value value) {
    if (!isInt(value)) raiseTypeError("NVS value must be an int, not %s", typeName(value));
    int64_t n;
    if (!intToInt64(value, n) || n < 0 || n > int64_t(UINT32_MAX))
        raiseValueError("NVS value out of range: must be 0..4294967295");
    return uint32_t(n);
}

// A failed flash operation leaves the store closed until the next boot. A power cut (the board's
// fault injector) stops the chip there and then.
[[noreturn]] void raiseStoreError(const base::Error& error) {
    if (runningApp().board().powerLost()) exitToHost({int(ExitKind::PowerLost), 0});
    raiseOsError("NVS: " + error.message);
}

Value nvsSet(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("nvs_set", nargs, kw, 2, 2);
    std::string_view key = requireKey(args[0]);
    uint32_t value = requireU32(args[1]);
    auto result = store().set(kNamespace, key, NvsValue::u32(value));
    if (!result.ok()) raiseStoreError(result.error());
    if (*result == SetResult::NoSpace) raiseOsError("no space available");
    return None();
}

Value nvsGet(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("nvs_get", nargs, kw, 1, 1);
    std::string_view key = requireKey(args[0]);
    auto value = store().get(kNamespace, key);
    if (!value.ok()) raiseStoreError(value.error());
    if (!*value || (*value)->type != formats::nvs::ItemType::U32) return None();
    return makeInt(int64_t(uint32_t((*value)->bits)));
}

Value nvsErase(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("nvs_erase", nargs, kw, 1, 1);
    std::string_view key = requireKey(args[0]);
    auto erased = store().erase(kNamespace, key);
    if (!erased.ok()) raiseStoreError(erased.error());
    if (!*erased) raiseWithValue(&exc::KeyError, args[0]);
    return None();
}

Value nvsEraseAll(const Value*, size_t nargs, TupleObject* kw) {
    checkArgs("nvs_erase_all", nargs, kw, 0, 0);
    auto erased = store().eraseNamespace(kNamespace);
    if (!erased.ok()) raiseStoreError(erased.error());
    return None();
}

const MethodDef functions[] = {
    {"nvs_erase", nvsErase},
    {"nvs_erase_all", nvsEraseAll},
    {"nvs_get", nvsGet},
    {"nvs_set", nvsSet},
    {nullptr, nullptr},
};

}  // namespace

void addPycomNvs(ModuleObject* module) { moduleAddFunctions(module, functions); }

}  // namespace pyfw::port
