# exec() runs statements in a namespace.
ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns)
print(ns["a"], ns["b"], ns["f"](5))
exec("result = [i * i for i in range(5)]", ns)
print(ns["result"])
g = {"base": 100}
loc = {}
exec("value = base + 1", g, loc)
print(loc, "value" in g)
print(exec("1 + 1"))
code = """
class Dyn:
    def hello(self):
        return 'hello from exec'
obj = Dyn()
"""
space = {}
exec(code, space)
print(space["obj"].hello())
try:
    exec("if True\n    pass")
except SyntaxError:
    print("SyntaxError")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError", e)
counter = 0
exec("counter += 5")
print(counter)
exec("for i in range(3): print('loop', i)")
exec("import sys as s2", space)
print("s2" in space)
src = "total = 0\nfor n in nums:\n    total += n\n"
env = {"nums": [1, 2, 3]}
exec(src, env)
print(env["total"])
