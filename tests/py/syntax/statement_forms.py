# Semicolons, one-line compound statements, line continuations and pass/ellipsis placeholders.
a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print("one-line if")
for i in range(2): print("one-line for", i)
while a < 3: a += 1
print(a)
def one_liner(x): return x * 2
print(one_liner(21))
class Empty: pass
class WithEllipsis: ...
print(Empty.__name__, WithEllipsis.__name__, ... is Ellipsis)
total = 1 + \
    2 + \
    3
values = [
    1,
    2,  # trailing comment
    3,
]
mapping = {
    "a": 1,
    "b": (2,
          3),
}
print(total, values, mapping)
try: x = 1 / 0
except ZeroDivisionError: print("one-line try/except")
class Scope:
    def __enter__(self): return "entered"
    def __exit__(self, *exc): print("left"); return False
with Scope() as s: print("one-line with", s)
def f():
    pass
print(f())
if True:
    pass
elif False:
    pass
else:
    pass
print("end")
