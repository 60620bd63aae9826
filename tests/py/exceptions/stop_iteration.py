it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(it, "default"))
def g():
    yield 1
    return "result"
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value", e.value)
