# pow() with two and three arguments.
print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-2, 3), pow(2, -1), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 100), pow(-3, 101) < 0, pow(10, 20) == 10 ** 20)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(7, 1, 1), pow(-7, 3, 5), pow(10, 3, 7))
print(pow(123456789, 987654321, 1000000007), pow(2, 2 ** 70, 101))
print(pow(2 ** 100, 3, 2 ** 61 - 1), pow(-(2 ** 100), 3, 97))
for args in [(2, 3, 0), (2.0, 3, 5), (2, 3.0, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__)
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(pow(True, 2), pow(2, True), type(pow(2, 2)).__name__, type(pow(2, -2)).__name__)
print([pow(b, e, 7) for b in range(1, 4) for e in range(3)])
