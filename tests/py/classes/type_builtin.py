# type() with one argument reports the class; with three it creates one.
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
class K:
    pass
print(type(K()) is K, type(K) is type, type(int) is type)
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 10, "hello": hello})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, Dyn))
Child = type("Child", (Dyn,), {"y": 20})
c = Child()
print(c.x, c.y, c.hello(), issubclass(Child, Dyn), Child.__bases__[0] is Dyn)
Pair = type("Pair", (tuple,), {"first": lambda self: self[0]})
print(Pair((1, 2)).first(), len(Pair((1, 2))))
print(type(3.0)(2), type("x")(5), type([1])((1, 2)), type(True)(0))
def make_class(name, **attrs):
    return type(name, (object,), attrs)
Conf = make_class("Conf", debug=True, level=3)
print(Conf.debug, Conf().level, Conf.__name__)
print(type(K()).__name__, type(Conf()).__name__)
objs = [1, "a", 2.0, [1], (1,), {1: 2}, {1}, None, True, b"x", range(1)]
print([type(o).__name__ for o in objs])
print(type(1) == int, type(True) == int, type(True) == bool)
