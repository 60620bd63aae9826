# eval() of expressions with default and explicit namespaces.
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval("7"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "global dict"}))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len(s)", {"s": "four"}))
print(eval("(lambda n: n + 1)(41)"), eval("{'k': [1, 2]}")["k"], eval("2 ** 100"))
print(eval("True and not False"), eval("None"), eval("1 if x > 5 else 2"))
for bad in ["1 +", "x = 1", "def f(): pass", "(", "1 2"]:
    try:
        eval(bad)
    except SyntaxError:
        print(repr(bad), "SyntaxError")
try:
    eval("undefined_name_q")
except NameError:
    print("NameError")
try:
    eval("1 / 0")
except ZeroDivisionError:
    print("ZeroDivisionError")
ns = {}
print(eval("3", ns), sorted(k for k in ns if k != "__builtins__"))
expr = "+".join(str(i) for i in range(1, 11))
print(expr, "=", eval(expr))
def scope_test():
    local = 5
    return eval("local * 2", {"local": local})
print(scope_test())
