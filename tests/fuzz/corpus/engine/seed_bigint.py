a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(b, a), divmod(-b, a))
print(a >> 50, a << 10, -a >> 3, a & b, a | b, a ^ b, ~a)
print(a == 2 ** 100, a < b, -a < 0, abs(-a), hash(2 ** 61) == hash(1))
print(int("123456789012345678901234567890"), int("-ff" * 10, 16), int("0b101", 0))
print(10 ** 30 // 10 ** 15, (10 ** 20) ** 3, pow(3, 200, 1000), pow(2, -2))
f = 1
for i in range(1, 40):
    f *= i
print(f, str(f)[:10], len(str(f)))
print(hex(a), oct(b), bin(2 ** 70 - 1)[:10], (2 ** 64).bit_length())
print(float(2 ** 80), int(1e30), int(-2.5e20), 2 ** 100 / 2 ** 98)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (2 ** 70).to_bytes(10, "little"))
x = 9223372036854775807
print(x + 1, -x - 2, x * x, (x + 1) // 2)
