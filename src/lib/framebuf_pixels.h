// framebuf's pixel formats: where a pixel lives in the buffer and how its colour is packed, one
// table row per format (the module constants are the firmware's numbers). Callers clip first:
// these functions take coordinates inside the frame.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyfw::lib::framebuf {

enum FormatCode : int {
    MONO_VLSB = 0, RGB565 = 1, GS4_HMSB = 2, MONO_HLSB = 3, MONO_HMSB = 4, GS2_HMSB = 5, GS8 = 6,
};

struct Frame;

struct PixelFormat {
    FormatCode code;
    uint8_t bitsPerPixel;
    uint32_t (*get)(const Frame& f, int x, int y);
    void (*set)(const Frame& f, int x, int y, uint32_t colour);
};

// A frame resolved for one drawing call: the buffer's bytes as they are now.
struct Frame {
    uint8_t* data;
    int width;
    int height;
    int stride;            // pixels per row in the buffer (rows of 8 pixels for MONO_VLSB)
    const PixelFormat* format;

    bool contains(int x, int y) const { return x >= 0 && x < width && y >= 0 && y < height; }
    uint32_t get(int x, int y) const { return format->get(*this, x, y); }
    void set(int x, int y, uint32_t colour) const { format->set(*this, x, y, colour); }
};

// The row of the table for a format code; null for an unknown one.
const PixelFormat* findFormat(int code);

// The stride as the buffer lays it out (rounded up so a row starts on a byte).
int layoutStride(const PixelFormat& format, int stride);

// Bytes a width x height frame of that stride needs.
size_t requiredBytes(const PixelFormat& format, int height, int stride);

}  // namespace pyfw::lib::framebuf
