# A class implementing all six rich comparisons consistently, used with sort, min/max and bisect-like code.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def _cmp(self, other):
        a, b = self.parts, other.parts
        return (a > b) - (a < b)
    def __eq__(self, o):
        return self._cmp(o) == 0
    def __ne__(self, o):
        return self._cmp(o) != 0
    def __lt__(self, o):
        return self._cmp(o) < 0
    def __le__(self, o):
        return self._cmp(o) <= 0
    def __gt__(self, o):
        return self._cmp(o) > 0
    def __ge__(self, o):
        return self._cmp(o) >= 0
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + self.text
vs = [Version(t) for t in ("1.17.2", "1.2.0", "1.17.10", "0.9", "1.17.2", "2.0")]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True)[:2])
a, b = Version("1.2"), Version("1.10")
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == Version("1.2"), len(set(vs)))
print([v for v in vs if Version("1.0") <= v < Version("2.0")])
print(vs.count(Version("1.17.2")), vs.index(Version("2.0")), Version("1.17.2") in vs)
