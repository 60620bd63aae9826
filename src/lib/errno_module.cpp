// uerrno (also `errno`): the error constants and the `errorcode` dict (value -> name). The firmware
// builds with MicroPython's internal errno numbering (Linux values) and this list of names.
#include "engine/dict.h"
#include "engine/module.h"
#include "engine/str.h"

namespace pyfw::lib {

using namespace pyfw::engine;

namespace {

struct ErrnoName {
    const char* name;
    int value;
};

constexpr ErrnoName kErrnos[] = {
    {"EPERM", 1},          {"ENOENT", 2},        {"EIO", 5},            {"EBADF", 9},
    {"EAGAIN", 11},        {"ENOMEM", 12},       {"EACCES", 13},        {"EEXIST", 17},
    {"ENODEV", 19},        {"EISDIR", 21},       {"EINVAL", 22},        {"EMSGSIZE", 90},
    {"EOPNOTSUPP", 95},    {"EADDRINUSE", 98},   {"ENETDOWN", 100},     {"ECONNABORTED", 103},
    {"ECONNRESET", 104},   {"ENOBUFS", 105},     {"ENOTCONN", 107},     {"ETIMEDOUT", 110},
    {"ECONNREFUSED", 111}, {"EHOSTUNREACH", 113}, {"EALREADY", 114},    {"EINPROGRESS", 115},
};

constexpr bool valuesAreUnique() {
    for (size_t i = 0; i < sizeof kErrnos / sizeof kErrnos[0]; ++i)
        for (size_t j = i + 1; j < sizeof kErrnos / sizeof kErrnos[0]; ++j)
            if (kErrnos[i].value == kErrnos[j].value) return false;
    return true;
}
static_assert(valuesAreUnique(), "errorcode maps each value to one name");

void init(ModuleObject* module) {
    DictObject* errorcode = newDict(sizeof kErrnos / sizeof kErrnos[0]);
    moduleSet(module, "errorcode", Value(errorcode));
    for (const ErrnoName& e : kErrnos) {
        StrObject* name = intern(e.name);
        moduleSet(module, e.name, Value::smallInt(e.value));
        dictSet(errorcode, Value::smallInt(e.value), Value(name));
    }
}

NativeModuleRegistration registration{"uerrno", init, "errno"};

}  // namespace

}  // namespace pyfw::lib
