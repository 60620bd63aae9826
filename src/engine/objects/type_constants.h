// Constants on a built-in type's class, seen on the class and its instances alike: integers
// (WLAN.STA, Pin.IN, LoRa.OTAA) and static objects (the nested class Timer.Alarm). A type's file registers its table beside the type's definition;
// the names are interned when the built-in types are finished, before any program runs, so every
// interpreter shares them; the rows join the type's dict when the dict is first used.
#pragma once

#include <cstdint>

#include "engine/objects/object.h"

namespace pyfw::engine {

struct ConstantDef {
    const char* name;
    int64_t value;
    Object* object = nullptr;   // when set, the constant is this static object rather than `value`
};

// A static object of this type registers `rows` (ended by a null name) for `type`:
//   const TypeConstants wlanConstantsOf{&wlanType, wlanConstants};
struct TypeConstants {
    TypeConstants(Type* type, const ConstantDef* rows);
};

// Called by types.cpp: when a built-in type is finished, and when its dict is built.
void internRegisteredConstantNames(const Type* type);
void addRegisteredConstants(const Type* type, DictObject* dict);

}  // namespace pyfw::engine
