# Subclassing dict: attribute-style access and counting helpers.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
ad = AttrDict(a=1, b=2)
print(ad.a, ad["b"], len(ad), sorted(ad), isinstance(ad, dict))
try:
    ad.missing
except AttributeError as e:
    print("AttributeError", e)
class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
c = Counter()
for ch in "hello world":
    c.add(ch)
print(c.most(), c["o"], sorted(c.items())[:3])
class Defaulting(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get_or_default(self, k):
        return self[k] if k in self else self.default
dd = Defaulting(0)
dd["x"] = 5
print(dd.get_or_default("x"), dd.get_or_default("y"), dict(dd))
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
lw = Lower()
lw["KEY"] = "v"
print(lw["key"], lw["Key"], list(lw.keys()))
