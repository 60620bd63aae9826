# Sorting is stable: equal keys keep their input order, also with reverse=True.
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_age_then_name = sorted(by_name, key=lambda r: r[1])
print(by_age_then_name)
items = list(range(20))
print(sorted(items, key=lambda x: x % 4))
print(sorted(items, key=lambda x: x % 4, reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len))
words.sort(key=len, reverse=True)
print(words)
class Item:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return self.tag
objs = [Item(2, "x"), Item(1, "y"), Item(2, "z"), Item(1, "w"), Item(0, "v")]
print(sorted(objs), sorted(objs, reverse=True))
objs.sort()
print(objs)
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]) == sorted(data, key=lambda t: (t[0], t[1])))
