// The radio link from a board's process (formats/radio_link.h): the stream reader and message
// decoder must refuse bad bytes with an error, and whatever they accept must encode back to
// bytes that decode to the same message.
#include <cstdint>
#include <cstdlib>

#include "formats/radio_link.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    formats::RadioLinkReader reader;
    // Fed in two pieces, as a socket may deliver it.
    reader.feed({data, size / 2});
    reader.feed({data + size / 2, size - size / 2});
    for (int i = 0; i < 64; ++i) {
        auto message = reader.next();
        if (!message || !message->ok()) break;
        const base::Bytes again = formats::encodeRadioLink(message->value());
        auto back = formats::decodeRadioLink(base::ByteView(again).subspan(2));
        if (!back.ok() || formats::encodeRadioLink(back.value()) != again) std::abort();
    }
    (void)formats::decodeRadioLink({data, size});
    return 0;
}
