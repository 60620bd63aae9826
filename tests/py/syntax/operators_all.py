# Every binary, unary, comparison and augmented operator on ints, in one table.
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
    "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "&": lambda a, b: a & b,
    "|": lambda a, b: a | b, "^": lambda a, b: a ^ b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}
for a, b in [(7, 3), (-7, 3), (12, 5), (2 ** 40, 3)]:
    print(a, b, [ops[k](a, b) for k in ops])
for a in (0, 5, -5, 2 ** 65):
    print(a, -a, +a, ~a, not a, abs(a))
x = 10
steps = []
for op in ("+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    env = {"x": x}
    exec("x " + op + " 3", env)
    steps.append((op, env["x"]))
print(steps)
env = {"x": 7.0}
exec("x /= 2", env)
print(env["x"])
print(1 if 2 in [1, 2] else 0, 1 if 3 not in [1, 2] else 0, None is None, [] is not None)
