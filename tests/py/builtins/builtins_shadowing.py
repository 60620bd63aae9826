# Built-in names can be shadowed by globals and locals and come back after del.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
list_ = list
def f():
    list = tuple
    return list([1, 2])
print(f(), list([1, 2]), list_ is list)
import builtins
print(builtins.len("xy"), builtins.abs(-3), builtins.max is max)
original_print = print
def print(*args, **kw):
    original_print("[wrapped]", *args, **kw)
print("hello")
del print
print("restored")
sum = 10
print(sum + 1)
del sum
print(sum([1, 2]))
