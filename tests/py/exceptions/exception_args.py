# Exception args and str() for zero, one and several arguments.
for args in [(), ("msg",), (42,), ("a", "b"), (1, 2, 3), ([1, 2],), (None,)]:
    e = ValueError(*args)
    print(args, e.args, repr(str(e)))
e = KeyError("key")
print(e.args, e.args[0])
e = KeyError()
print(e.args, repr(str(e)))
print(str(Exception("x")), str(RuntimeError()), str(TypeError(1)))
class MyErr(Exception):
    pass
print(MyErr("a", 1).args, str(MyErr("only")), str(MyErr()))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.args, e.args[0])
try:
    raise StopIteration(99)
except StopIteration as e:
    print(e.args, e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.args, e.args[0])
print(len(ValueError("a", "b").args), type(ValueError().args).__name__)
e1 = IndexError("out of range")
print(e1.args[0].upper(), isinstance(e1.args, tuple))
print("%s|%s" % (ValueError("fmt"), IndexError("fmt")))
print("{}".format(ZeroDivisionError("zde")))
