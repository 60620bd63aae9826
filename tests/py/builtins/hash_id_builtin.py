# hash() equality properties and id() identity properties (never exact values).
print(hash(1) == hash(1.0), hash(True) == hash(1), hash("x") == hash("x"), hash((1, "a")) == hash((1, "a")))
print(hash(0) == 0, hash(5) == 5, hash(-5) == hash(-5), hash(10 ** 30) == hash(10 ** 30))
print(isinstance(hash("abc"), int), isinstance(hash(None), int), isinstance(hash(3.5), int))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError:
        print("unhashable", type(v).__name__)
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError:
    print("TypeError __hash__ must return int")
x = object()
print(id(x) == id(x), hash(x) == hash(x))
print(len({hash(i) for i in range(100)}), hash(frozenset({1})) == hash(frozenset([1])))
