# divmod on ints of both signs, bigints and floats.
for a in (17, -17, 0, 1, -1):
    for b in (5, -5, 1, -1):
        print(a, b, divmod(a, b))
print(divmod(2 ** 70, 3))
print(divmod(-2 ** 70, 3))
print(divmod(2 ** 70, -2 ** 35))
print(divmod(10 ** 30 + 7, 10 ** 15))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7, 2.5))
for b in (0, 0.0):
    try:
        divmod(1, b)
    except ZeroDivisionError:
        print("ZeroDivisionError", type(b).__name__)
q, r = divmod(123456789, 1000)
print(q, r)
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
