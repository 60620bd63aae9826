# Every binary operator over values at the 32- and 64-bit edges, where a fast path on machine
# words has to hand over to big integers: each row is one left operand against all the right
# ones, so a wrong result names the operator and both values.
edges = [0, 1, -1, 2, -2, 3, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 32, -2 ** 32 - 1, 2 ** 53 + 1, -2 ** 53 - 1,
         2 ** 62 - 1, -2 ** 62, 2 ** 62, 2 ** 63 - 1, -2 ** 63, -2 ** 63 + 1, 2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1,
         -2 ** 64]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b),
       ("==", lambda a, b: a == b)]
for name, op in ops:
    for a in edges:
        row = []
        for b in edges:
            try:
                row.append(op(a, b))
            except ZeroDivisionError:
                row.append("ZDE")
        print(name, a, row)
# True division only where both operands are exact doubles: beyond 2**53 MicroPython converts each
# operand to a float first, while CPython rounds the exact quotient once.
exact = [v for v in edges if abs(v) <= 2 ** 53]
for a in exact:
    print("/", a, [a / b if b else "ZDE" for b in exact])
shifts = [0, 1, 2, 31, 32, 33, 62, 63, 64, 65]
for a in edges:
    print("<<", a, [a << s for s in shifts])
    print(">>", a, [a >> s for s in shifts])
for a in edges:
    print("unary", a, -a, +a, ~a, abs(a), a ** 2, divmod(a, 7), divmod(a, -7), pow(a, 3, 1000003), hex(a), a.bit_length())
