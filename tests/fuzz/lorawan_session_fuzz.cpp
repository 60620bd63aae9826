// A saved session read back from storage: any bytes must give a clear error or a session, and a
// session that decodes must encode to the same bytes.
#include <cstdint>
#include <cstdlib>

#include "lorawan/session_codec.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto decoded = lorawan::decodeSession({data, size});
    if (decoded.ok()) {
        const base::Bytes again = lorawan::encodeSession(*decoded);
        if (again != base::Bytes(data, data + size)) std::abort();
    }
    return 0;
}
