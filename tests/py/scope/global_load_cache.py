# A function's reads of globals and builtins are cached per site: every change that moves or
# shadows the name must be seen (a global defined over a builtin and deleted again, a builtin
# added or replaced, the globals' storage growing between reads, the same code run with other
# globals, a name deleted).
import builtins


def read_len():
    return len


def read_value():
    return value


def read_extra():
    return extra_builtin


print(read_len() is builtins.len)
len = lambda x: "shadowed"
print(read_len()("abc"))
del len
print(read_len()("abc"))

value = 1
print(read_value())
for i in range(200):
    globals()["filler%d" % i] = i    # the globals dict grows and moves its entries
print(read_value())
value = 2
print(read_value())
del value
try:
    read_value()
except NameError as e:
    print("NameError", e)
value = 3
print(read_value())

try:
    read_extra()
except NameError:
    print("NameError before")
builtins.extra_builtin = "added"
print(read_extra())
builtins.extra_builtin = "replaced"
print(read_extra())
extra_builtin = "global wins"
print(read_extra())
del extra_builtin
print(read_extra())
del builtins.extra_builtin
try:
    read_extra()
except NameError:
    print("NameError after")

# One code object, two globals dicts, read alternately through the same cached site.
code = compile("def f():\n    return (tag, len('ab'))\n", "<g>", "exec")
first, second = {"tag": "first"}, {"tag": "second", "len": lambda s: 99}
exec(code, first)
exec(code, second)
for _ in range(3):
    print(first["f"](), second["f"]())
second["tag"] = "changed"
print(first["f"](), second["f"]())

# Module level: LOAD_NAME, cached while locals are the globals.
total = 0
for k in range(3):
    total = total + k
print(total)
