# A larger C3 example, observed through cooperative super() calls.
trail = []
class O:
    def go(self):
        trail.append("O")
class A(O):
    def go(self):
        trail.append("A")
        super().go()
class B(O):
    def go(self):
        trail.append("B")
        super().go()
class C(O):
    def go(self):
        trail.append("C")
        super().go()
class D(O):
    def go(self):
        trail.append("D")
        super().go()
class E(O):
    def go(self):
        trail.append("E")
        super().go()
class K1(A, B, C):
    def go(self):
        trail.append("K1")
        super().go()
class K2(D, B, E):
    def go(self):
        trail.append("K2")
        super().go()
class K3(D, A):
    def go(self):
        trail.append("K3")
        super().go()
class Z(K1, K2, K3):
    def go(self):
        trail.append("Z")
        super().go()
for cls in (K1, K2, K3, Z):
    trail.clear()
    cls().go()
    print(cls.__name__, trail)
try:
    class Bad(A, K1):
        pass
    print("no error")
except TypeError:
    print("TypeError inconsistent MRO")
