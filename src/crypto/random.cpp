#include "crypto/random.h"

#include <openssl/rand.h>

#include <climits>
#include <stdexcept>

namespace pyfw::crypto {

void fillRandom(base::MutableByteView out) {
    size_t done = 0;
    while (done < out.size()) {
        size_t n = std::min<size_t>(out.size() - done, INT_MAX);
        if (RAND_bytes(out.data() + done, int(n)) != 1)
            throw std::runtime_error("OpenSSL could not produce random bytes");
        done += n;
    }
}

base::Bytes randomBytes(size_t count) {
    base::Bytes out(count);
    fillRandom(out);
    return out;
}

}  // namespace pyfw::crypto
