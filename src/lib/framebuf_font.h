// The 8x8 font of FrameBuffer.text(): characters 32..127, each glyph five columns wide in an
// eight-column cell (a blank column before it and two after, so text runs at 8 pixels a character).
#pragma once

#include <array>
#include <cstdint>

namespace pyfw::lib::framebuf {

// The glyph of `c` as 8 column bytes, left to right, bit 0 the top row. Characters outside
// 32..127 are drawn as character 127 (a hollow box), as the firmware does.
const std::array<uint8_t, 8>& glyphColumns(uint32_t c);

}  // namespace pyfw::lib::framebuf
