# pop() takes every key once whatever the table's history: emptied in turns with adds, after a
# resize, interleaved with discards, and for a set subclass; an empty set's pop is a KeyError.
s = set(range(15000))
total = 0
while s:
    total += s.pop()
print(total, len(s))

s = set(range(10))
seen = []
for i in range(100):
    seen.append(s.pop())
    s.add(100 + i)
print(len(seen), len(set(seen)), len(s), sorted(s)[:3])

s = set(range(1000))
out = set()
for i in range(500):
    out.add(s.pop())
    s.discard(999 - i)
print(len(out), len(s), out.isdisjoint(s))

s = set(range(8))
for _ in range(6):
    s.pop()
s.update(range(100, 200))   # grows the table under the finger
rest = set()
while s:
    rest.add(s.pop())
print(len(rest), min(rest), max(rest))


class Tags(set):
    pass


t = Tags("abc")
print(sorted(t.pop() for _ in range(3)))
for empty in (set(), Tags()):
    try:
        empty.pop()
    except KeyError as e:
        print("KeyError", e)
