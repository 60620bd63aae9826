# ~n inline for small ints, at both ends of their range and past them.
for n in (0, 5, -1, -6, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63, -2**63, 2**100):
    print(n, ~n, ~~n == n)
print(~True, ~False)
x = 7
x = ~x
print(x, type(x))
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
