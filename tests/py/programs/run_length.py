# Run-length encoding of strings and bytes, with round trips.
def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def rle_decode(pairs):
    return "".join(ch * n for ch, n in pairs)
for s in ["", "a", "aaabccdddd", "abc", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(s)
    print(repr(s), enc, rle_decode(enc) == s)
def rle_bytes(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def unrle_bytes(data):
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)
for data in [b"", b"\x00" * 300, b"\x01\x02\x02\x03\x03\x03", bytes(range(5))]:
    packed = rle_bytes(data)
    print(len(data), packed[:8], unrle_bytes(packed) == data)
compact = "".join("%d%s" % (n, ch) for ch, n in rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
print(compact)
