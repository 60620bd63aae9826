// framebuf's drawing over a resolved Frame, with the firmware's clipping and pixel choices: what
// lies outside the frame is skipped, never written. Coordinates are clamped by the caller to
// 32-bit values, so sums here cannot overflow 64 bits.
#pragma once

#include <cstdint>
#include <string_view>

#include "lib/framebuf_pixels.h"

namespace pyfw::lib::framebuf {

void fillRect(const Frame& f, int64_t x, int64_t y, int64_t w, int64_t h, uint32_t colour);
// Bresenham's line from (x1, y1) to (x2, y2), both ends drawn; only the part inside the frame is
// walked, so a line to a far-away point costs no more than one across the frame.
void line(const Frame& f, int64_t x1, int64_t y1, int64_t x2, int64_t y2, uint32_t colour);
// UTF-8 text in the 8x8 font, one cell per code point.
void text(const Frame& f, std::string_view utf8, int64_t x, int64_t y, uint32_t colour);
// Moves the contents by (dx, dy); the uncovered strip keeps its old pixels.
void scroll(const Frame& f, int64_t dx, int64_t dy);

// blit(): `source` drawn at (x, y); pixels whose (palette-mapped) colour equals `key` are
// skipped (compared as 32 bits, as the firmware does: -1 skips none). With a palette, a source colour c becomes palette pixel (c, 0); a
// colour beyond the palette's width reads as 0.
void blit(const Frame& f, const Frame& source, int64_t x, int64_t y, int64_t key, const Frame* palette);

}  // namespace pyfw::lib::framebuf
