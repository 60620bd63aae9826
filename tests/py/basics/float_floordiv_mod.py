# Float floor division and modulo signs, and divmod consistency.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.5, 0.25), (-0.5, 0.3),
         (1e10, 3), (-1e-10, 1), (5, 2.5), (-5, 2.5), (3.0, 7.0), (-3.0, 7.0)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
print(6.0 % 3, -6.0 % 3, 6.0 // -3)
print(1e30 // 7, 1e30 % 7 < 7)
print(2.5 // 1, -2.5 // 1, 2.5 % 1, -2.5 % 1)
x = 10.0
x //= 3
print(x)
x = -10.0
x %= 3
print(x)
print(type(7.0 // 2).__name__, type(7 // 2).__name__)
for a in (5, -5):
    for b in (3.0, -3.0):
        print(a, b, a // b, a % b)
