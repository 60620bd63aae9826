# Method resolution in diamond-shaped hierarchies follows C3 linearisation.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain())
class E(C, B):
    def chain(self):
        return ["E"] + super().chain()
print(E().who(), E().chain())
class F(D):
    pass
print(F().chain(), F().who())
class X:
    attr = "X"
class Y(X):
    pass
class Z(X):
    attr = "Z"
class W(Y, Z):
    pass
print(W.attr, W().attr)
print(isinstance(d, A), isinstance(d, C), issubclass(D, B) and issubclass(D, C))
class Left:
    def name(self):
        return "left"
class Right:
    def name(self):
        return "right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
print(Both().name(), Both().only_right())
