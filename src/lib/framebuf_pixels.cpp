#include "lib/framebuf_pixels.h"

namespace pyfw::lib::framebuf {

namespace {

// Monochrome, bytes as vertical strips of 8 pixels, the least significant bit on top.
uint32_t getMonoVlsb(const Frame& f, int x, int y) { return (f.data[(y >> 3) * f.stride + x] >> (y & 7)) & 1; }
void setMonoVlsb(const Frame& f, int x, int y, uint32_t c) {
    uint8_t& byte = f.data[(y >> 3) * f.stride + x];
    byte = uint8_t((byte & ~(1u << (y & 7))) | ((c != 0) << (y & 7)));
}

// Monochrome, bytes as horizontal runs of 8 pixels: HLSB puts the leftmost in the top bit, HMSB in
// the bottom bit.
size_t horizontalIndex(const Frame& f, int x, int y) { return (size_t(y) * f.stride + x) >> 3; }
int hlsbBit(int x) { return 7 - (x & 7); }
int hmsbBit(int x) { return x & 7; }

template <int (*bitOf)(int)>
uint32_t getMonoHorizontal(const Frame& f, int x, int y) { return (f.data[horizontalIndex(f, x, y)] >> bitOf(x)) & 1; }

template <int (*bitOf)(int)>
void setMonoHorizontal(const Frame& f, int x, int y, uint32_t c) {
    uint8_t& byte = f.data[horizontalIndex(f, x, y)];
    byte = uint8_t((byte & ~(1u << bitOf(x))) | ((c != 0) << bitOf(x)));
}

// 16-bit colour, little-endian as the ESP32 stores a uint16_t.
uint32_t getRgb565(const Frame& f, int x, int y) {
    const uint8_t* p = f.data + 2 * (size_t(y) * f.stride + x);
    return uint32_t(p[0] | p[1] << 8);
}
void setRgb565(const Frame& f, int x, int y, uint32_t c) {
    uint8_t* p = f.data + 2 * (size_t(y) * f.stride + x);
    p[0] = uint8_t(c);
    p[1] = uint8_t(c >> 8);
}

// 2-bit grey, four pixels a byte, the leftmost in the low bits.
uint32_t getGs2(const Frame& f, int x, int y) {
    return (f.data[(size_t(y) * f.stride + x) >> 2] >> ((x & 3) * 2)) & 3;
}
void setGs2(const Frame& f, int x, int y, uint32_t c) {
    uint8_t& byte = f.data[(size_t(y) * f.stride + x) >> 2];
    int shift = (x & 3) * 2;
    byte = uint8_t((byte & ~(3u << shift)) | ((c & 3) << shift));
}

// 4-bit grey, two pixels a byte, the even (left) one in the high nibble.
uint32_t getGs4(const Frame& f, int x, int y) {
    uint8_t byte = f.data[(size_t(y) * f.stride + x) >> 1];
    return x & 1 ? byte & 0x0F : byte >> 4;
}
void setGs4(const Frame& f, int x, int y, uint32_t c) {
    uint8_t& byte = f.data[(size_t(y) * f.stride + x) >> 1];
    byte = x & 1 ? uint8_t((byte & 0xF0) | (c & 0x0F)) : uint8_t((byte & 0x0F) | (c & 0x0F) << 4);
}

// 8-bit grey, a byte a pixel.
uint32_t getGs8(const Frame& f, int x, int y) { return f.data[size_t(y) * f.stride + x]; }
void setGs8(const Frame& f, int x, int y, uint32_t c) { f.data[size_t(y) * f.stride + x] = uint8_t(c); }

constexpr PixelFormat kFormats[] = {
    {MONO_VLSB, 1, getMonoVlsb, setMonoVlsb},
    {RGB565, 16, getRgb565, setRgb565},
    {GS4_HMSB, 4, getGs4, setGs4},
    {MONO_HLSB, 1, getMonoHorizontal<hlsbBit>, setMonoHorizontal<hlsbBit>},
    {MONO_HMSB, 1, getMonoHorizontal<hmsbBit>, setMonoHorizontal<hmsbBit>},
    {GS2_HMSB, 2, getGs2, setGs2},
    {GS8, 8, getGs8, setGs8},
};

}  // namespace

const PixelFormat* findFormat(int code) {
    for (const PixelFormat& f : kFormats)
        if (f.code == code) return &f;
    return nullptr;
}

int layoutStride(const PixelFormat& format, int stride) {
    if (format.code == MONO_VLSB || format.bitsPerPixel >= 8) return stride;
    int perByte = 8 / format.bitsPerPixel;
    return (stride + perByte - 1) / perByte * perByte;
}

size_t requiredBytes(const PixelFormat& format, int height, int stride) {
    if (format.code == MONO_VLSB) return size_t((height + 7) / 8) * stride;
    return size_t(height) * layoutStride(format, stride) * format.bitsPerPixel / 8;
}

}  // namespace pyfw::lib::framebuf
