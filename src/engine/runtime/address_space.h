// Memory addresses as a script sees them (uctypes.addressof, struct, bytearray_at, bytes_at).
//
// A script may hold an address only of memory the engine can vouch for: the bytes of a buffer in
// the GC heap. Addresses are 32-bit numbers in the ESP32's external RAM window (the heap's first
// byte is 0x3F800000), so pointer fields are 4 bytes as on the board and no host address leaks.
// An address is resolved again at every use, against the heap's own bookkeeping:
//   - inside a live raw allocation of plain bytes (a bytearray's or an array's items): read/write;
//   - inside the data of a live bytes object: read only;
//   - anywhere else (0, a peripheral register, past an allocation's end, inside an object's
//     header or a list's items): ValueError, so no script can crash the process through uctypes.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyfw::engine {

constexpr uint32_t kScriptAddressBase = 0x3F800000;

// The script address of heap memory at `p`; ValueError when `p` is outside the heap.
uint32_t scriptAddressOf(const void* p);

// `size` bytes at a script address, and the allocation they lie in (an owner of the memory must
// keep `allocation` alive: Tracer::markRaw on it marks it whatever its kind).
struct ScriptMemory {
    uint8_t* at;
    uint8_t* lower;          // the bytes that may be reached from this allocation: [lower, upper)
    uint8_t* upper;
    const void* allocation;
    bool writable;
};

// Resolves [address, address + size); ValueError naming the address when the rule above refuses
// it. Allocates nothing, so a caller allocates its holder first and stores the result at once.
ScriptMemory scriptMemoryAt(uint64_t address, uint64_t size);

}  // namespace pyfw::engine
