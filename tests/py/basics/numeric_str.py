# str() and repr() of numbers and round trips through text.
for v in [0, -1, 12345, -67890, 10 ** 12, 2 ** 62, -2 ** 62]:
    print(str(v), repr(v), int(str(v)) == v)
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e-7, 1e21, 1.5e300, 1 / 7]:
    print(str(v), repr(v), float(repr(v)) == v)
print(str(True), str(False), str(None))
print(str(1) + str(2), str(1 + 2), "1" + "2")
print(len(str(2 ** 100)), len(repr(1 / 3)))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), oct(2 ** 64), bin(2 ** 33))
try:
    hex(1.5)
except TypeError:
    print("TypeError hex float")
try:
    bin("1")
except TypeError:
    print("TypeError bin str")
print(int(repr(-123)), float(str(3.25)))
print([str(x) for x in range(-3, 4)])
print(",".join(map(str, [1, 2.5, -3, True, None])))
print(repr(1.0), repr(100.0), repr(1e16), repr(1.5e16))
print(str(123.0), str(-0.5), str(1e-3), str(1e-5))
