# int, float, str and complex have their own __format__: a subclass's __format__ reaches the
# built-in rules through super(), and an empty spec is str(), which runs a subclass's __str__.
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec)

class Hex(int):
    def __format__(self, spec):
        return super().__format__(spec or "#x")

class Shout(str):
    def __format__(self, spec):
        return super().__format__(spec).upper()

class Z(complex):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"

print(f"{Money(1234.5):,.2f}|{Money(2):>8}|{Money(-0.0):+.1e}", format(Money(3), ""))
print(f"{Hex(255)}|{Hex(255):08b}|{Hex(-5):+d}|{Hex(10):.2f}", "{:}".format(Hex(16)))
print(f"{Shout('ab'):^6}|{Shout('xyz'):.2}|{Shout('q')}")
print(f"{Z(1, 2):.1f}|{Z(1, 2)}|{Z(0, -1):>10}")

print((1.5).__format__(".3f"), (255).__format__("x"), "ab".__format__(">4"), (1 + 2j).__format__(".1f"), True.__format__("d"))
print(float.__format__(2.5, "e"), int.__format__(7, "04"), str.__format__("s", ""), (2.5).__format__(""), True.__format__(""))
for f in [lambda: (1.5).__format__("d"), lambda: "a".__format__("d"), lambda: (1).__format__("s"), lambda: (1.5).__format__(5),
          lambda: object().__format__("x"), lambda: (1.5).__format__()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

# An empty spec is str(), a subclass's own __str__ included; a spec formats the value.
class Named(float):
    def __str__(self):
        return "named"
class Count(int):
    def __str__(self):
        return "count"
print(format(Named(1.5)), f"{Named(1.5)}", f"{Named(1.5):.2f}", format(Count(3)), f"{Count(3)}", f"{Count(3):03}")

# inf and nan pad with zeros like any number, in format() and in %.
nan, inf = float("nan"), float("inf")
print(repr(format(nan, "010f")), repr(format(-inf, "010")), repr(format(inf, "+010.2e")), repr(f"{-inf:010,.2f}"))
print(repr("%010f" % nan), repr("%010e" % -inf), repr("%-010f" % nan), repr("{:010%}".format(-inf)), repr(format(nan, "0=10")))
