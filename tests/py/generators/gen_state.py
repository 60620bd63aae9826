# A running generator cannot be re-entered; exhausted generators stay exhausted.
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError:
    print("ValueError: generator already executing")
def counter():
    yield 1
    yield 2
c = counter()
print(list(c), list(c), next(c, None))
def raises_inside():
    yield 1
    raise KeyError("inside")
r = raises_inside()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e.args)
print(next(r, "finished after error"))
def return_early(flag):
    yield "a"
    if flag:
        return
    yield "b"
print(list(return_early(True)), list(return_early(False)))
def infinite():
    n = 0
    while True:
        n += 1
        yield n
inf = infinite()
print([next(inf) for _ in range(5)], next(inf))
gens = [counter() for _ in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
def local_state():
    data = []
    while True:
        data.append(len(data))
        yield list(data)
ls = local_state()
print(next(ls), next(ls), next(ls))
