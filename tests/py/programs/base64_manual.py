# A hand-written base64 encoder and decoder cross-checked with binascii.
import binascii
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = ["="] * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)
def b64decode(text):
    out = bytearray()
    text = text.rstrip("=")
    bits = 0
    nbits = 0
    for ch in text:
        bits = (bits << 6) | ALPHABET.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(20)), b"\xff\xfe\xfd"]:
    mine = b64encode(data)
    ref = binascii.b2a_base64(data).decode().strip()
    print(repr(mine), mine == ref, b64decode(mine) == data)
