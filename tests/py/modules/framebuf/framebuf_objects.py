# FrameBuffer as an object: subclasses that call FrameBuffer.__init__ (display drivers do), the
# buffer protocol, and the errors for bad arguments and for a buffer that no longer fits.
import framebuf

class Display(framebuf.FrameBuffer):
    def __init__(self, width, height):
        self.width = width
        self.buffer = bytearray(width * height // 8)
        super().__init__(self.buffer, width, height, framebuf.MONO_HLSB)

    def show(self):
        return self.buffer.hex()

d = Display(16, 2)
d.pixel(0, 0, 1)
d.hline(8, 1, 8, 1)
print(isinstance(d, framebuf.FrameBuffer), d.width, d.show(), bytes(d) == bytes(d.buffer))

class Lazy(framebuf.FrameBuffer):
    def __init__(self):
        pass

try:
    Lazy().fill(1)
except TypeError:
    print("TypeError before __init__ has run")

def fails(what, *args):
    try:
        framebuf.FrameBuffer(*args)
        print(what, "accepted")
    except (ValueError, TypeError) as e:
        print(what, type(e).__name__)

fails("too small", bytearray(7), 8, 8, framebuf.MONO_VLSB)
fails("too small rgb", bytearray(31), 4, 4, framebuf.RGB565)
fails("bad format", bytearray(64), 8, 8, 7)
fails("zero width", bytearray(64), 0, 8, framebuf.GS8)
fails("stride below width", bytearray(64), 8, 8, framebuf.GS8, 4)
fails("read-only bytes", bytes(64), 8, 8, framebuf.GS8)
fails("not a buffer", [0] * 64, 8, 8, framebuf.GS8)
fails("missing arguments", bytearray(64), 8)
print(len(bytearray(framebuf.FrameBuffer(bytearray(10), 3, 3, framebuf.GS8, 3))))

import array
fa = framebuf.FrameBuffer(array.array("H", [0] * 4), 2, 2, framebuf.RGB565)
fa.pixel(1, 1, 0xF800)
print(fa.pixel(1, 1), fa.pixel(0, 1))

b = bytearray(16)
fb = framebuf.FrameBuffer(b, 8, 2, framebuf.GS8)
b.clear()
try:
    fb.fill(1)
except ValueError:
    print("ValueError: the buffer shrank")
old = framebuf.FrameBuffer1(bytearray(8), 8, 8)
old.pixel(0, 7, 1)
print(bytes(old)[0])
