# float.hex() writes the exact value; float.fromhex() reads it back, rounding half-to-even at the
# last bit, into subnormals and zero at the bottom and OverflowError at the top.
values = [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 1 / 3, 123456.789]
print([x.hex() for x in values])
print(all(float.fromhex(x.hex()) == x for x in values if x == x), float.fromhex(float("nan").hex()))
texts = ["0x1.8p1", "1.8p1", "0X1P1", "  -0x1.0p-1  ", "0x.8", "0x1.", "0x1.p1", "inf", "-Infinity", "NaN", "+nan",
         "0x0p0", "-0x0p0", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1p-2000", "0x1.fffffffffffff7ffp1023",
         "a", "ff", "0x1p+00010", "0xABCDEFp-20", "0x1.00000000000008p0", "0x1.00000000000018p0",
         "0x1.000000000000080000001p0", "0x1p-99999999999999999999999", "\t0x10\n"]
print([float.fromhex(t) for t in texts])
for text in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "0x1p99999999999999999999999", "-0x1p1024"]:
    try:
        float.fromhex(text)
    except OverflowError:
        print("OverflowError", text)
for text in ["", "0x", "0x.", "0x.p1", "0x1p", "0x1p+", "0x1 p1", "--0x1", "0x-1", "0x 1", "1e5", "0x1_0", "infinit", "0x1g"]:
    try:
        float.fromhex(text)
        print("read", repr(text))
    except ValueError:
        print("ValueError", repr(text))
for arg in [5, b"0x1", None]:
    try:
        float.fromhex(arg)
    except TypeError:
        print("TypeError", type(arg).__name__)

# A subclass gets an instance of itself, made through its own constructor.
class F(float):
    pass
class Doubled(float):
    def __new__(cls, v):
        return float.__new__(cls, v * 2)
print(type(F.fromhex("0x1.8p1")).__name__, F.fromhex("0x1.8p1"), Doubled.fromhex("0x1"), (1.5).fromhex("0x3"))
