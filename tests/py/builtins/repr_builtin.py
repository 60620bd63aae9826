# repr() of built-in values round-trips through eval where possible.
values = [0, -12, 2 ** 80, 1.5, -0.0, 1e-9, "s", "it's", 'q"', "\n\t", b"\x00b", bytearray(b"ba"),
          [1, [2]], (1,), (), {"k": [1]}, {1}, frozenset(), True, None, range(2, 5), slice(1, 2)]
for v in values:
    r = repr(v)
    print(r)
for v in values[:16]:
    assert eval(repr(v)) == v, v
print("eval(repr(v)) == v holds")
print(repr(repr("x")), repr(str(5)), repr([None, ...][0]))
class R:
    def __repr__(self):
        return "R()"
print(repr(R()), repr([R(), R()]), repr({"r": R()}))
print(repr(float("inf")), repr(float("nan")), repr(-float("inf")))
