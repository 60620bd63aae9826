# bin(), hex() and oct() for small, negative and big integers.
for v in [0, 1, -1, 7, 8, 15, 16, 255, -255, 1024, 2 ** 31 - 1, -2 ** 31, 2 ** 32, 2 ** 63, -2 ** 64, 10 ** 20]:
    print(v, bin(v), oct(v), hex(v))
print(bin(True), hex(False), oct(True))
for bad in (1.5, "10", None, [1]):
    for fn in (bin, oct, hex):
        try:
            fn(bad)
        except TypeError:
            print(fn.__name__, type(bad).__name__, "TypeError")
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int(bin(-77), 0), int(hex(-77), 0), int(oct(-77), 0))
print(hex(0xDEADBEEF), hex(0xdeadbeef).upper(), len(bin(2 ** 100)) - 2)
class MyInt(int):
    pass
print(hex(MyInt(255)), bin(MyInt(5)))
