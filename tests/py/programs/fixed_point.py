# Q16.16 fixed-point arithmetic compared with float results.
ONE = 1 << 16
def to_fix(x):
    return int(round(x * ONE))
def to_float(f):
    return f / ONE
def fmul(a, b):
    return (a * b) >> 16
def fdiv(a, b):
    return (a << 16) // b
def fsqrt(a):
    if a <= 0:
        return 0
    x = a
    for _ in range(30):
        x = (x + fdiv(a, x)) >> 1
    return x
vals = [0.5, 1.25, -2.75, 3.14159, 100.0]
for v in vals:
    f = to_fix(v)
    print(v, f, hex(f & 0xFFFFFFFF), to_float(f))
a, b = to_fix(3.5), to_fix(-1.25)
print(to_float(a + b), to_float(a - b), to_float(fmul(a, b)), to_float(fdiv(a, b)))
for v in (2.0, 9.0, 0.25, 1000.0):
    print(v, round(to_float(fsqrt(to_fix(v))), 4))
acc = 0
for i in range(1, 11):
    acc += fdiv(ONE, to_fix(i))
print(round(to_float(acc), 4), round(sum(1 / i for i in range(1, 11)), 4))
print(to_fix(-0.5) >> 1, -32768 >> 1, (-1) >> 16)
