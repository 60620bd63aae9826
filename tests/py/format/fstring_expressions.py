# f-string expressions are evaluated at runtime in the current scope.
def greet(who, n):
    return f"{'hi ' * n}{who}!"
print(greet("x", 2), greet("y", 0))
values = {"temp": 21.456, "hum": 55}
for k in sorted(values):
    print(f"{k:>6}: {values[k]:8.2f}")
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for name, count, ratio in rows:
    print(f"|{name:<8}|{count:>5}|{ratio:>8.3f}|")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(f"{bump()} {bump()} {bump()}", counter)
class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32
t = Temp(100)
print(f"{t.c}C = {t.f}F", f"{t.f:.1f}")
data = [3, 1, 2]
print(f"sorted={sorted(data)} max={max(data)} min={min(data)}")
print(f"{'a' < 'b'} {1 == 1.0} {None is None}")
print(f"{10 // 3} {10 % 3} {-10 // 3} {2 ** 10}")
s = "text"
print(f"{s!r:>10}|{s:*^10}|")
mac = bytes([0x70, 0xB3, 0xD5])
print(f"{':'.join('%02x' % b for b in mac)}")
