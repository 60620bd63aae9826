# Floor division and modulo follow the sign of the divisor (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 3), (-1, 3), (1, -3), (-1, -3), (13, 13), (-13, 13)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
for bad in (0,):
    try:
        print(5 // bad)
    except ZeroDivisionError:
        print("ZeroDivisionError //")
    try:
        print(5 % bad)
    except ZeroDivisionError:
        print("ZeroDivisionError %")
    try:
        print(5 / bad)
    except ZeroDivisionError:
        print("ZeroDivisionError /")
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print(-2 ** 31 // 7, -2 ** 31 % 7)
print((2 ** 30 - 1) // -1, (-2 ** 30) // -1)
