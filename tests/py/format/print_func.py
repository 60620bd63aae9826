print(1, 2, 3)
print(1, 2, 3, sep="")
print("a", "b", sep=", ", end="!\n")
print()
print("no newline", end="")
print(" then newline")
print(None, True, [None, 1.5, "s", b"b"], {"k": (1,)})
print(repr("s"), str("s"), repr(1.0), str(1.0))
class P:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
print(P(), [P()], str(P()), repr(P()), "%s %r" % (P(), P()))
import sys
sys.stdout.write("via write\n") if hasattr(sys, "stdout") else print("via write")
