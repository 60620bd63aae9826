# int / int beyond 2**53 is rounded once, correctly, to the nearest double; a quotient beyond the
# float range raises OverflowError and one below it is a signed zero.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


big = 2 ** 2000
cases = [
    lambda: big / 3, lambda: 3 / big, lambda: -big / 3, lambda: big / -3, lambda: -3 / big,
    lambda: -big / -3, lambda: big / 2 ** 1990, lambda: 2 ** 1100 / 2 ** 1000,
    lambda: big / big, lambda: -big / big, lambda: big / 0, lambda: 0 / big, lambda: 0 / -big,
    lambda: (2 ** 1024 - 1) / 1, lambda: 2 ** 1024 / 2, lambda: 2 ** 1025 / 2,
    lambda: (2 ** 1024 - 2 ** 970) / 1, lambda: (2 ** 1024 - 2 ** 971) / 1,
    lambda: (10 ** 400 + 1) / 10 ** 399, lambda: 10 ** 400 / 10 ** 399, lambda: 1 / 10 ** 308,
    lambda: 1 / 10 ** 320, lambda: -1 / 10 ** 320, lambda: 1 / 2 ** 1074, lambda: 1 / 2 ** 1075,
    lambda: 3 / 2 ** 1076, lambda: 1 / (2 ** 1075 - 1), lambda: 1 / 2 ** 1080, lambda: 5 / 2 ** 1076,
    lambda: (2 ** 63 - 1) / 1, lambda: 2 ** 63 / 3, lambda: -(2 ** 63) / 7, lambda: (2 ** 53 + 1) / 1,
    lambda: (2 ** 53 + 3) / 2, lambda: (2 ** 54 + 1) / 2, lambda: 2 ** 64 / (2 ** 64 + 1),
    # int and float mixed: the int is converted first, as CPython does
    lambda: big / 3.0, lambda: 3.0 / big, lambda: big * 1.0, lambda: 2 ** 1023 / 0.5,
    lambda: 2 ** 1000 / 1e-300, lambda: 1.0 / 2 ** 1000, lambda: big / 0.0, lambda: 0.0 / big,
    lambda: float(big), lambda: float(2 ** 1023), lambda: big / True, lambda: True / big,
    lambda: big / "3", lambda: big / None, lambda: big / [], lambda: 7 / 2, lambda: -7 / 2,
]
for case in cases:
    show(case)

x = big
x /= 2 ** 1995
print(x)
try:
    y = big
    y /= 7
except OverflowError as e:
    print("OverflowError", e)

# Many quotients of operands of assorted sizes and signs: every digit of each repr must match.
seed = 12345


def rand(bits):
    global seed
    n = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        n = (n << 30) | (seed >> 1)
    return n >> ((bits // 30 + 1) * 30 - bits)


for i in range(300):
    a = rand(40 + (i * 37) % 1300) or 1
    b = rand(40 + (i * 53) % 1300) or 1
    if i % 3 == 1:
        a = -a
    if i % 5 == 2:
        b = -b
    show(lambda: a / b)
