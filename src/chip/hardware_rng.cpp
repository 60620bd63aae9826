#include "chip/hardware_rng.h"

#include "crypto/random.h"

namespace pyfw::chip {

void HardwareRng::fill(base::MutableByteView out) {
    if (!seeded_) {
        crypto::fillRandom(out);
        return;
    }
    for (auto& byte : out) byte = uint8_t((*seeded_)() >> 56);
}

base::Bytes HardwareRng::bytes(size_t count) {
    base::Bytes out(count);
    fill(out);
    return out;
}

}  // namespace pyfw::chip
