# Method and call chains on literals, results of calls, subscripts and attributes.
print("  Hello  ".strip().lower().replace("l", "L").center(11, "*"))
print(len([3, 1, 2].copy()), sorted([3, 1, 2])[::-1][0], {"a": [1, 2]}["a"][-1])
print((1, 2, 3).count(2), "a,b".split(",")[1].upper(), str(12345)[::-1].lstrip("5"))
print(" ".join(reversed("x y z".split())).upper())
def make():
    return {"list": [lambda v: v * 2, lambda v: v + 1]}
print(make()["list"][0](21), make()["list"][1](41), [f(1) for f in make()["list"]])
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
print(int("7" * 3) + 1, int(float("1.5e1")), bytes("ab", "ascii").hex().upper())
