# FNV-1a hashing and a Bloom filter built on it (deterministic, unlike hash() of str).
def fnv1a_32(data):
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
print([hex(fnv1a_32(s)) for s in (b"", b"a", b"foobar", "é".encode())])
class Bloom:
    def __init__(self, bits, hashes):
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray((bits + 7) // 8)
    def _positions(self, item):
        data = item.encode()
        h1 = fnv1a_32(data)
        h2 = fnv1a_32(data + b"\x01") | 1
        return [(h1 + i * h2) % self.bits for i in range(self.hashes)]
    def add(self, item):
        for p in self._positions(item):
            self.array[p // 8] |= 1 << (p % 8)
    def __contains__(self, item):
        return all(self.array[p // 8] & (1 << (p % 8)) for p in self._positions(item))
bf = Bloom(512, 3)
members = ["lopy", "fipy", "gpy", "wipy", "sipy", "lopy4"]
for m in members:
    bf.add(m)
print(all(m in bf for m in members))
others = ["esp32", "pico", "nrf52", "stm32", "rp2040", "samd21", "k210", "imx"]
print([o in bf for o in others])
print(sum(bin(b).count("1") for b in bf.array), len(bf.array))
