// Resolving script addresses against the heap (see address_space.h for the rule).
#include "engine/runtime/address_space.h"

#include <cstdio>

#include "engine/objects/bytes.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/heap.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

[[noreturn]] void refuse(uint64_t address, const char* why) {
    char hex[24];
    std::snprintf(hex, sizeof hex, "0x%08llx", static_cast<unsigned long long>(address));
    raiseValueError("address %s %s", hex, why);
}

}  // namespace

uint32_t scriptAddressOf(const void* p) {
    Heap& heap = interp().heap;
    if (!heap.contains(p)) raiseValueError("the object's data is not in the heap");
    uint64_t offset = static_cast<const char*>(p) - heap.base();
    if (offset > UINT32_MAX - kScriptAddressBase) raiseValueError("the heap is too large for 32-bit addresses");
    return uint32_t(kScriptAddressBase + offset);
}

ScriptMemory scriptMemoryAt(uint64_t address, uint64_t size) {
    Heap& heap = interp().heap;
    if (address < kScriptAddressBase || address - kScriptAddressBase >= heap.capacityBytes())
        refuse(address, "is not in the heap");
    char* p = heap.base() + (address - kScriptAddressBase);
    Heap::Allocation a;
    if (!heap.findAllocation(p, a)) refuse(address, "is not in a live allocation");
    ScriptMemory m{reinterpret_cast<uint8_t*>(p), nullptr, nullptr, a.start, false};
    if (a.raw) {
        if (!a.plain) refuse(address, "is not in a buffer");
        m.lower = reinterpret_cast<uint8_t*>(a.start);
        m.upper = m.lower + a.bytes;
        m.writable = true;
    } else {
        auto* o = reinterpret_cast<Object*>(a.start);
        if (!o->type || !isInstance(Value(o), &bytesType)) refuse(address, "is not in a buffer");
        auto* b = static_cast<BytesObject*>(o);
        m.lower = b->data;
        m.upper = b->data + b->size;
    }
    if (m.at < m.lower || m.at >= m.upper) refuse(address, "is not in a buffer");
    if (uint64_t(m.upper - m.at) < size)
        refuse(address, "is not followed by enough bytes of its buffer");
    return m;
}

}  // namespace pyfw::engine
