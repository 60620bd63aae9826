# KeyError carries the missing key; other misuse raises TypeError.
d = {"a": 1}
for key in ["b", 0, (1, 2), None, 2.5]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e.args[0]), type(e.args[0]).__name__)
try:
    d.pop("nope")
except KeyError as e:
    print("pop", e.args)
try:
    {}.popitem()
except KeyError:
    print("popitem empty")
try:
    dict([1, 2, 3])
except TypeError:
    print("TypeError dict from ints")
try:
    dict([("a", 1, 2)])
except ValueError:
    print("ValueError triple")
try:
    d[{}] = 1
except TypeError:
    print("TypeError dict key")
try:
    {"a": 1} + {"b": 2}
except TypeError:
    print("TypeError +")
try:
    dict(1)
except TypeError:
    print("TypeError dict(1)")
print(isinstance(KeyError("k"), LookupError), issubclass(KeyError, LookupError))
try:
    raise KeyError("custom")
except LookupError as e:
    print("caught as LookupError", e.args[0])
print(d)
