# Annotated functions and variables run normally; annotations are not enforced.
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add("x", "y"), add([1], [2]))
def kwonly(*, name: str = "anon") -> str:
    return "hi " + name
print(kwonly(), kwonly(name="bo"))
def star(*args: int, **kw: str) -> None:
    print(args, sorted(kw.items()))
star(1, 2, a="x")
count: int = 5
print(count)
label: str = "annotated"
print(label.upper())
class Point:
    x: int = 0
    y: int = 0
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.norm2(), Point.x)
def f(x: "any expression" = None) -> "text":
    return x
print(f(), f(1))
values: list = []
values.append(1)
print(values)
