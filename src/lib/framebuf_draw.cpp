#include "lib/framebuf_draw.h"

#include <algorithm>
#include <utility>

#include "lib/framebuf_font.h"

namespace pyfw::lib::framebuf {

void fillRect(const Frame& f, int64_t x, int64_t y, int64_t w, int64_t h, uint32_t colour) {
    if (w < 1 || h < 1 || x + w <= 0 || y + h <= 0 || x >= f.width || y >= f.height) return;
    int x0 = int(std::max<int64_t>(x, 0)), y0 = int(std::max<int64_t>(y, 0));
    int x1 = int(std::min<int64_t>(f.width, x + w)), y1 = int(std::min<int64_t>(f.height, y + h));
    for (int py = y0; py < y1; ++py)
        for (int px = x0; px < x1; ++px) f.set(px, py, colour);
}

void line(const Frame& f, int64_t x1, int64_t y1, int64_t x2, int64_t y2, uint32_t colour) {
    int64_t dx = x2 - x1, dy = y2 - y1;
    int64_t sx = dx > 0 ? 1 : -1, sy = dy > 0 ? 1 : -1;
    dx = dx < 0 ? -dx : dx;
    dy = dy < 0 ? -dy : dy;
    // Walk the major axis: x unless the line is steep, when the roles swap.
    bool steep = dy > dx;
    if (steep) {
        std::swap(x1, y1);
        std::swap(dx, dy);
        std::swap(sx, sy);
    }
    int64_t majorLimit = steep ? f.height : f.width;
    auto plot = [&](int64_t major, int64_t minor) {
        int64_t px = steep ? minor : major, py = steep ? major : minor;
        if (px >= 0 && px < f.width && py >= 0 && py < f.height) f.set(int(px), int(py), colour);
    };
    // Steps i in [0, dx) put a pixel at major x1 + i*sx; only those inside the frame matter.
    int64_t first = 0, last = dx;   // [first, last)
    if (sx > 0) {
        first = std::max<int64_t>(first, -x1);
        last = std::min<int64_t>(last, majorLimit - x1);
    } else {
        first = std::max<int64_t>(first, x1 - (majorLimit - 1));
        last = std::min<int64_t>(last, x1 + 1);
    }
    if (first < last) {
        // The error term and minor position after `first` steps, in closed form: before step i the
        // minor axis has moved m(i) times, m(i) = floor((2dy - dx + 2dy(i-1)) / 2dx) + 1 when that
        // numerator is not negative.
        __int128 e0 = 2 * __int128(dy) - dx;
        __int128 moves = 0;
        if (first > 0) {
            __int128 numerator = e0 + 2 * __int128(dy) * (first - 1);
            if (numerator >= 0) moves = numerator / (2 * __int128(dx)) + 1;
        }
        int64_t major = x1 + first * sx;
        int64_t minor = y1 + int64_t(moves) * sy;
        __int128 e = e0 + 2 * __int128(dy) * first - 2 * __int128(dx) * moves;
        for (int64_t i = first; i < last; ++i) {
            plot(major, minor);
            while (e >= 0) {
                minor += sy;
                e -= 2 * dx;
            }
            major += sx;
            e += 2 * dy;
        }
    }
    if (steep) std::swap(x2, y2);
    plot(x2, y2);
}

namespace {

// The next code point of UTF-8 text (a malformed byte stands for itself).
uint32_t nextCodePoint(std::string_view s, size_t& i) {
    uint8_t b = uint8_t(s[i++]);
    if (b < 0x80) return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    uint32_t c = b & (0x3F >> extra);
    for (; extra > 0 && i < s.size() && (uint8_t(s[i]) & 0xC0) == 0x80; --extra) c = c << 6 | (uint8_t(s[i++]) & 0x3F);
    return c;
}

}  // namespace

void text(const Frame& f, std::string_view utf8, int64_t x, int64_t y, uint32_t colour) {
    for (size_t i = 0; i < utf8.size() && x < f.width;) {
        const auto& columns = glyphColumns(nextCodePoint(utf8, i));
        for (int j = 0; j < 8; ++j, ++x) {
            if (x < 0 || x >= f.width) continue;
            for (int row = 0; row < 8; ++row) {
                int64_t py = y + row;
                if ((columns[j] >> row & 1) && py >= 0 && py < f.height) f.set(int(x), int(py), colour);
            }
        }
    }
}

void scroll(const Frame& f, int64_t dx, int64_t dy) {
    // Copy in the order that never reads a pixel already overwritten.
    int64_t xStart, xEnd, xStep, yStart, yEnd, yStep;
    if (dx < 0) {
        xStart = 0, xEnd = f.width + dx, xStep = 1;
        if (xEnd <= 0) return;
    } else {
        xStart = f.width - 1, xEnd = dx - 1, xStep = -1;
        if (xEnd >= xStart) return;
    }
    if (dy < 0) {
        yStart = 0, yEnd = f.height + dy, yStep = 1;
        if (yEnd <= 0) return;
    } else {
        yStart = f.height - 1, yEnd = dy - 1, yStep = -1;
        if (yEnd >= yStart) return;
    }
    for (int64_t y = yStart; y != yEnd; y += yStep)
        for (int64_t x = xStart; x != xEnd; x += xStep) f.set(int(x), int(y), f.get(int(x - dx), int(y - dy)));
}

void blit(const Frame& f, const Frame& source, int64_t x, int64_t y, int64_t key, const Frame* palette) {
    if (x >= f.width || y >= f.height || -x >= source.width || -y >= source.height) return;
    int64_t x0 = std::max<int64_t>(0, x), y0 = std::max<int64_t>(0, y);
    int64_t sx0 = std::max<int64_t>(0, -x), sy = std::max<int64_t>(0, -y);
    int64_t x0End = std::min<int64_t>(f.width, x + source.width);
    int64_t y0End = std::min<int64_t>(f.height, y + source.height);
    for (; y0 < y0End; ++y0, ++sy) {
        int64_t sx = sx0;
        for (int64_t cx = x0; cx < x0End; ++cx, ++sx) {
            uint32_t colour = source.get(int(sx), int(sy));
            if (palette) colour = colour < uint32_t(palette->width) ? palette->get(int(colour), 0) : 0;
            if (colour != uint32_t(key)) f.set(int(cx), int(y0), colour);
        }
    }
}

}  // namespace pyfw::lib::framebuf
