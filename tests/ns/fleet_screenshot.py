#!/usr/bin/env python3
"""Counts the device rows in a screenshot of the fleet page: the bands of the joined rows' colour
(#cdeccd) and of the not-joined rows' colour (#f6d0d0) down the table's left padding. Prints
"joined N, waiting M". The PNG is decoded here (zlib and the five PNG filters), so the check needs
nothing but Python."""
import struct
import sys
import zlib

JOINED = (0xCD, 0xEC, 0xCD)
WAITING = (0xF6, 0xD0, 0xD0)


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit(f"{path}: only 8-bit RGB/RGBA non-interlaced PNGs are read here")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def bands(rows, channels, x, colour, min_height=8):
    count, run = 0, 0
    for line in rows + [None]:
        pixel = tuple(line[x * channels:x * channels + 3]) if line is not None else None
        if pixel is not None and all(abs(a - b) <= 3 for a, b in zip(pixel, colour)):
            run += 1
        else:
            count += run >= min_height
            run = 0
    return count


def main():
    width, height, channels, rows = read_png(sys.argv[1])
    x = 20  # inside the table's 24-px left padding, clear of any text
    print(f"joined {bands(rows, channels, x, JOINED)}, waiting {bands(rows, channels, x, WAITING)}")


main()
