# Late binding in closures created in loops, and three ways to capture the current value.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
defaults = [lambda i=i: i for i in range(3)]
print([f() for f in defaults])
def make(i):
    return lambda: i
factories = [make(i) for i in range(3)]
print([f() for f in factories])
def cells():
    out = []
    for i in range(3):
        def bind(v):
            def get():
                return v
            return get
        out.append(bind(i))
    return out
print([f() for f in cells()])
handlers = {}
for name in ("start", "stop"):
    handlers[name] = (lambda n: lambda: "handling " + n)(name)
print(handlers["start"](), handlers["stop"]())
i = 100
print([f() for f in funcs])
