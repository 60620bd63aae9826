# Class attributes are shared until an instance assigns its own.
class Config:
    level = 1
    tags = []
a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level, Config.level)
del a.level
print(a.level)
a.tags.append("shared")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
        self.id = Counter.created
c1, c2, c3 = Counter(), Counter(), Counter()
print(c1.id, c3.id, Counter.created, c2.created)
class Wrong:
    n = 0
    def bump(self):
        self.n += 1
w1, w2 = Wrong(), Wrong()
w1.bump()
w1.bump()
print(w1.n, w2.n, Wrong.n)
class Defaults:
    color = "red"
    def __init__(self, color=None):
        if color:
            self.color = color
print(Defaults().color, Defaults("blue").color, Defaults.color)
def method_added_later(self):
    return "late " + self.color
Defaults.describe = method_added_later
print(Defaults("green").describe())
print(hasattr(Config, "level"), hasattr(Config, "nothing"))
