// ESP32 app images: parsing, verification, the image_info report and reading pyfw descriptors
// must never crash on any bytes, and a parsed image must serialize back to its own prefix.
#include <cstddef>
#include <cstdint>

#include "formats/app_image.h"
#include "formats/image_info.h"
#include "formats/pyfw_images.h"

using namespace pyfw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    base::ByteView input(data, size);
    auto image = formats::parseAppImage(input);
    if (!image.ok()) return 0;
    (void)formats::describeImage(*image, size);
    (void)formats::describeImageV1(*image, size);
    (void)formats::readFirmwareContents(*image);
    (void)formats::verifyAppImage(input);
    if (image->checksumValid() && image->header.segmentCount <= formats::kMaxSegments) {
        bool aligned = true;
        for (const auto& segment : image->segments) aligned = aligned && segment.data.size() % 4 == 0 && segment.data.size() < 0x1000000;
        if (aligned) {
            auto again = formats::serializeAppImage(image->header, image->segments);
            if (!again.ok()) __builtin_trap();
            // The checksum line must be byte-identical up to the checksum byte.
            for (size_t i = 0; i < image->checksummedLength; ++i)
                if (i < 23 && i != 1 && (*again)[i] != data[i]) __builtin_trap();
        }
    }
    return 0;
}
