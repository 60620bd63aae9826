# Framing a byte stream with SLIP-style escaping and verifying frames with a checksum.
END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD
def encode(payload):
    out = bytearray([END])
    body = bytes(payload) + bytes([sum(payload) & 0xFF])
    for b in body:
        if b == END:
            out += bytes([ESC, ESC_END])
        elif b == ESC:
            out += bytes([ESC, ESC_ESC])
        else:
            out.append(b)
    out.append(END)
    return bytes(out)
def decode_stream(stream):
    frames, cur, esc = [], bytearray(), False
    for b in stream:
        if esc:
            cur.append(END if b == ESC_END else ESC)
            esc = False
        elif b == ESC:
            esc = True
        elif b == END:
            if cur:
                data, check = bytes(cur[:-1]), cur[-1]
                frames.append((data, (sum(data) & 0xFF) == check))
            cur = bytearray()
        else:
            cur.append(b)
    return frames
msgs = [b"hello", bytes([0xC0, 0x01, 0xDB]), b"", bytes(range(0xBE, 0xC4))]
stream = b"".join(encode(m) for m in msgs)
print(stream.hex())
print(decode_stream(stream))
damaged = bytearray(stream)
damaged[3] ^= 0xFF
print([ok for _, ok in decode_stream(bytes(damaged))])
