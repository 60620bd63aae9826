# object(), type's checks and the singletons' types, called the ways a program rarely does.
class C:
    pass

for f in [lambda: object(1), lambda: object(x=1), lambda: C(1), lambda: C(x=1), lambda: type(None)(1),
          lambda: type(NotImplemented)(1), lambda: type(...)(x=1)]:
    try:
        f()
        print("made")
    except TypeError:
        print("TypeError")
print(type(object()).__name__, type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)

# Keywords of a class statement that no __init_subclass__ takes are an error at object's.
try:
    class D(C, x=1):
        pass
    print("made D")
except TypeError:
    print("TypeError")

class Base:
    seen = []
    def __init_subclass__(cls, tag=None, **rest):
        Base.seen.append((cls.__name__, tag))
        super().__init_subclass__(**rest)
class Tagged(Base, tag="t"):
    pass
try:
    class Extra(Base, tag="e", other=2):
        pass
except TypeError:
    print("TypeError extra")
print(Base.seen)

# type's own checks: the instance and subclass checks, with a class that is not one.
print(type.__instancecheck__(int, 5), type.__instancecheck__(int, "5"), int.__instancecheck__(True))
print(type.__subclasscheck__(int, bool), int.__subclasscheck__(str), C.__subclasscheck__(C))
for f in [lambda: type.__subclasscheck__(int, 5), lambda: issubclass(5, int), lambda: issubclass(int, 5)]:
    try:
        f()
    except TypeError:
        print("TypeError")

# object's methods on their own: __eq__ is identity or NotImplemented, __ne__ inverts __eq__.
c = C()
print(object.__eq__(c, c), object.__eq__(c, C()), object.__ne__(c, c), object.__ne__(1, 2), object.__lt__(1, 2))
class Eq:
    def __eq__(self, other):
        return "yes"
print(Eq() != Eq(), object.__ne__(Eq(), 1))
print(object.__format__(c, "") == str(c), object.__str__(5), object.__hash__(c) == hash(c))
for f in [lambda: object.__format__(c, "x"), lambda: object.__format__(c, 5), lambda: object.__setattr__(c, 5, 1),
          lambda: object.__getattribute__(c, 5), lambda: object.__init_subclass__(1)]:
    try:
        f()
    except TypeError:
        print("TypeError")
