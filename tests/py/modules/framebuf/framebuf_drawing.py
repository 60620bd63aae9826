# Lines, rectangles, text, scroll and blit on small monochrome frames, printed as pictures.
import framebuf

def show(fb, w, h):
    for y in range(h):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(w)))
    print()

W, H = 20, 12
buf = bytearray(W * ((H + 7) // 8))
fb = framebuf.FrameBuffer(buf, W, H, framebuf.MONO_VLSB)
fb.rect(0, 0, W, H, 1)
fb.fill_rect(2, 2, 3, 2, 1)
fb.hline(6, 2, 5, 1)
fb.vline(12, 1, 4, 1)
fb.line(2, 10, 17, 5, 1)
fb.line(15, 1, 17, 9, 1)
fb.line(-30, -40, 60, 80, 1)
fb.line(3, 7, 3, 7, 1)
fb.rect(14, 6, 4, 4, 1, True)
show(fb, W, H)

fb.fill(0)
fb.line(10, 5, 0, 0, 1)      # each octant from the centre
fb.line(10, 5, 19, 2, 1)
fb.line(10, 5, 13, 11, 1)
fb.line(10, 5, 4, 11, 1)
fb.hline(-5, 11, 3, 1)
fb.fill_rect(18, -3, 10, 5, 1)
fb.fill_rect(5, 5, 0, 3, 1)  # empty
show(fb, W, H)

fb.fill(0)
fb.text("Hi!", 0, 0, 1)
fb.text("ok", 13, 5)
show(fb, W, H)
fb.scroll(2, 1)
show(fb, W, H)
fb.scroll(-3, -2)
show(fb, W, H)

# blit with a key colour, and through a palette
src = framebuf.FrameBuffer(bytearray(4 * 3), 4, 3, framebuf.GS8)
for y in range(3):
    for x in range(4):
        src.pixel(x, y, (x + y) % 3)
dst = framebuf.FrameBuffer(bytearray(6 * 5), 6, 5, framebuf.GS8)
dst.fill(9)
dst.blit(src, 1, 1, 0)
print([[dst.pixel(x, y) for x in range(6)] for y in range(5)])
pal = framebuf.FrameBuffer(bytearray(3), 3, 1, framebuf.GS8)
pal.pixel(0, 0, 7)
pal.pixel(1, 0, 5)
pal.pixel(2, 0, 7)
dst.fill(0)
dst.blit(src, -1, 3, 7, pal)
print([[dst.pixel(x, y) for x in range(6)] for y in range(5)])
dst.blit((bytearray(b"\x01\x02\x03\x04"), 2, 2, framebuf.GS8), 4, 0)
print([[dst.pixel(x, y) for x in range(6)] for y in range(2)])
dst.blit(src, 100, 0)
dst.blit(src, -100, 0)
mono = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_HLSB)
mono.fill(1)
dst.blit(mono, 0, 0, -1, pal)
print([[dst.pixel(x, y) for x in range(6)] for y in range(2)])
