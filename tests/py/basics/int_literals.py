# Integer literal forms.
print(0, 00, 0x0, 0o0, 0b0)
print(0xff, 0XFF, 0xDeadBeef, 0o755, 0O644, 0b1011, 0B1)
print(1_000_000, 0x_ff_ff, 0b_1010_1010, 0o_7_7)
print(0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x10000000000000000)
print(123456789012345678901234567890)
print(-0x80000000, -0x8000000000000000)
print(type(0xFFFFFFFFFFFFFFFFFF).__name__)
print(1073741823, 1073741824, 4611686018427387903, 4611686018427387904)
print(-1073741824, -1073741825, -4611686018427387904, -4611686018427387905)
print(2147483647 + 1, -2147483648 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
# literals in expressions and as dict keys
d = {0x10: "hex", 0o10: "oct", 0b10: "bin", 10: "dec"}
print(sorted(d.items()))
print(0x7FFFFFFF == 2 ** 31 - 1, 0x7FFFFFFFFFFFFFFF == 2 ** 63 - 1)
print(0b11111111 == 255 == 0xff == 0o377)
print(-0b1, -0o1, -0x1, --1)
print(1_0 + 2_5, 1_0 * 1_0)
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
print(big, big + 1, big - 1)
print(hex(big), oct(8 ** 22), bin(2 ** 66))
