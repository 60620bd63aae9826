// The report `esptool.py --chip esp32 image_info --version 2` prints for an image, line for line,
// plus a section for pyfw's own firmware/bootloader descriptors when a segment carries one.
#pragma once

#include <string>

#include "formats/app_image.h"

namespace pyfw::formats {

// `fileSize` is the whole file's size (the report starts with it).
std::string describeImage(const AppImage& image, size_t fileSize);

// The shorter report of `image_info` without --version 2 (esptool's default).
std::string describeImageV1(const AppImage& image, size_t fileSize);

}  // namespace pyfw::formats
