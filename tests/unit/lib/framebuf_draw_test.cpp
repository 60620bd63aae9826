#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <vector>

#include "lib/framebuf_draw.h"
#include "lib/framebuf_font.h"
#include "lib/framebuf_pixels.h"

namespace pyfw::lib::framebuf {
namespace {

struct TestFrame {
    std::vector<uint8_t> bytes;
    Frame frame;
    TestFrame(int w, int h, FormatCode code) {
        const PixelFormat* format = findFormat(code);
        int stride = layoutStride(*format, w);
        bytes.assign(requiredBytes(*format, h, stride), 0);
        frame = Frame{bytes.data(), w, h, stride, format};
    }
};

// Bresenham's line walked step by step over every point, as the firmware walks it.
void naiveLine(const Frame& f, int64_t x1, int64_t y1, int64_t x2, int64_t y2, uint32_t c) {
    int64_t dx = x2 - x1, dy = y2 - y1, sx = dx > 0 ? 1 : -1, sy = dy > 0 ? 1 : -1;
    dx = std::llabs(dx);
    dy = std::llabs(dy);
    bool steep = dy > dx;
    if (steep) {
        std::swap(x1, y1);
        std::swap(dx, dy);
        std::swap(sx, sy);
    }
    int64_t e = 2 * dy - dx;
    for (int64_t i = 0; i < dx; ++i) {
        int64_t px = steep ? y1 : x1, py = steep ? x1 : y1;
        if (px >= 0 && px < f.width && py >= 0 && py < f.height) f.set(int(px), int(py), c);
        while (e >= 0) {
            y1 += sy;
            e -= 2 * dx;
        }
        x1 += sx;
        e += 2 * dy;
    }
    if (x2 >= 0 && x2 < f.width && y2 >= 0 && y2 < f.height) f.set(int(x2), int(y2), c);
}

TEST(FramebufDraw, ClippedLineWalkDrawsTheSamePixelsAsTheFullWalk) {
    std::mt19937 rng(12);
    std::uniform_int_distribution<int> near(-60, 90), far(-3000, 3000);
    for (int i = 0; i < 4000; ++i) {
        TestFrame a(33, 21, GS8), b(33, 21, GS8);
        auto& pick = i % 2 ? near : far;
        int64_t x1 = pick(rng), y1 = pick(rng), x2 = pick(rng), y2 = pick(rng);
        line(a.frame, x1, y1, x2, y2, 1);
        naiveLine(b.frame, x1, y1, x2, y2, 1);
        ASSERT_EQ(a.bytes, b.bytes) << x1 << "," << y1 << " -> " << x2 << "," << y2;
    }
}

TEST(FramebufDraw, AFarAwayLineEndsAtOnce) {
    TestFrame a(16, 16, MONO_VLSB);
    line(a.frame, -2147483647, -2147483647, 2147483647, 2147483647, 1);   // 2^32 steps if walked
    for (int k = 0; k < 16; ++k) EXPECT_EQ(a.frame.get(k, k), 1u);
    EXPECT_EQ(a.frame.get(1, 0), 0u);
}

TEST(FramebufDraw, FillRectClipsToTheFrame) {
    TestFrame a(8, 8, GS8);
    fillRect(a.frame, -4, 6, 100, 100, 7);
    fillRect(a.frame, 3, 3, 0, 5, 9);
    fillRect(a.frame, 8, 0, 1, 1, 9);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) EXPECT_EQ(a.frame.get(x, y), y >= 6 ? 7u : 0u);
}

TEST(FramebufDraw, ScrollByTheWholeFrameOrMoreChangesNothing) {
    TestFrame a(4, 4, GS8);
    for (int i = 0; i < 16; ++i) a.bytes[i] = uint8_t(i);
    auto before = a.bytes;
    scroll(a.frame, 4, 0);
    scroll(a.frame, 0, -4);
    scroll(a.frame, -2147483647, 2147483647);
    EXPECT_EQ(a.bytes, before);
    scroll(a.frame, 1, 0);
    EXPECT_EQ(a.frame.get(1, 0), 0u);
    EXPECT_EQ(a.frame.get(3, 2), 10u);
}

TEST(FramebufPixels, EveryFormatKeepsEachPixelApart) {
    for (FormatCode code : {MONO_VLSB, MONO_HLSB, MONO_HMSB, GS2_HMSB, GS4_HMSB, GS8, RGB565}) {
        TestFrame a(13, 11, code);
        uint32_t top = (uint64_t(1) << a.frame.format->bitsPerPixel) - 1;
        for (int y = 0; y < 11; ++y)
            for (int x = 0; x < 13; ++x) a.frame.set(x, y, uint32_t(x * 7 + y * 3) & top);
        for (int y = 0; y < 11; ++y)
            for (int x = 0; x < 13; ++x) ASSERT_EQ(a.frame.get(x, y), uint32_t(x * 7 + y * 3) & top) << code;
    }
}

TEST(FramebufPixels, BufferSizesFollowTheFormats) {
    EXPECT_EQ(requiredBytes(*findFormat(MONO_VLSB), 9, 10), 20u);
    EXPECT_EQ(requiredBytes(*findFormat(MONO_HLSB), 2, layoutStride(*findFormat(MONO_HLSB), 10)), 4u);
    EXPECT_EQ(requiredBytes(*findFormat(GS2_HMSB), 3, layoutStride(*findFormat(GS2_HMSB), 5)), 6u);
    EXPECT_EQ(requiredBytes(*findFormat(RGB565), 3, 5), 30u);
    EXPECT_EQ(findFormat(7), nullptr);
}

TEST(FramebufFont, GlyphsSitInColumnsOneToFiveAndOutOfRangeIsTheBox) {
    EXPECT_EQ(glyphColumns(' '), (std::array<uint8_t, 8>{}));
    for (uint32_t c = 32; c < 128; ++c) {
        EXPECT_EQ(glyphColumns(c)[0], 0) << c;
        EXPECT_EQ(glyphColumns(c)[6] | glyphColumns(c)[7], 0) << c;
    }
    EXPECT_EQ(glyphColumns(0x20AC), glyphColumns(127));
    EXPECT_EQ(glyphColumns(5), glyphColumns(127));
    EXPECT_EQ(glyphColumns('|')[3], 0x7F);
}

}  // namespace
}  // namespace pyfw::lib::framebuf
