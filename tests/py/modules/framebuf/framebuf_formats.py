# Each pixel format: where pixel() puts a colour in the buffer, what it reads back, and fill().
import framebuf

formats = [("MONO_VLSB", framebuf.MONO_VLSB, 1), ("MONO_HLSB", framebuf.MONO_HLSB, 1),
           ("MONO_HMSB", framebuf.MONO_HMSB, 1), ("GS2_HMSB", framebuf.GS2_HMSB, 2),
           ("GS4_HMSB", framebuf.GS4_HMSB, 4), ("GS8", framebuf.GS8, 8), ("RGB565", framebuf.RGB565, 16)]
print(framebuf.MVLSB == framebuf.MONO_VLSB, [f[1] for f in formats])
for name, fmt, bpp in formats:
    w, h = 10, 9
    size = ((h + 7) // 8) * w if fmt == framebuf.MONO_VLSB else h * ((w * bpp + 7) // 8 * 8 // bpp) * bpp // 8
    buf = bytearray(size)
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    top = (1 << bpp) - 1
    fb.pixel(0, 0, top)
    fb.pixel(3, 1, 2 & top or 1)
    fb.pixel(9, 8, 0x1234 & top)
    fb.pixel(10, 0, top)      # outside: ignored
    fb.pixel(-1, 2, top)
    print(name, len(buf), buf.hex())
    print(" ", fb.pixel(0, 0), fb.pixel(3, 1), fb.pixel(9, 8), fb.pixel(1, 0), fb.pixel(10, 0), fb.pixel(0, -1))
    fb.fill(top)
    print(" ", all(fb.pixel(x, y) == top for x in range(w) for y in range(h)), fb.pixel(5, 5))
