# Stores to a global from a warm site must land in the name's entry whatever happened to the
# module dict in between: keys deleted and added, the dict cleared through globals(), a
# function run against other globals by exec, and values read back through every route.
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


print(bump(5), counter, globals()["counter"])
del globals()["counter"]
try:
    print(counter)
except NameError as e:
    print("NameError", e)
print(bump.__name__, "re-adds:", end=" ")
try:
    bump(1)
except NameError as e:
    print("NameError", e)
counter = 10
print(bump(3), counter)
for i in range(20):
    globals()["filler%d" % i] = i   # grows and rebuilds the dict under the warm site
print(bump(2), globals()["counter"])
for i in range(20):
    del globals()["filler%d" % i]
print(bump(2), counter)


def setter(v):
    global target
    target = v


for v in range(3):
    setter(v)
print(target)
del target
setter("again")
print(target)
code = compile("def s(v):\n    global target\n    target = v\n", "<s>", "exec")
g1, g2 = {}, {}
exec(code, g1)
exec(code, g2)
for v in range(3):
    g1["s"](v)
    g2["s"](v * 10)
print(g1["target"], g2["target"], target)
g1.clear()
exec(code, g1)
g1["s"]("after clear")
print(g1["target"])
