# Generators holding resources: finally and with blocks run on exhaustion, close, and errors.
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, *exc):
        log.append("close " + self.name)
def reader(name, n):
    with Res(name):
        for i in range(n):
            yield "%s%d" % (name, i)
print(list(reader("a", 2)), log)
log.clear()
g = reader("b", 5)
print(next(g), next(g), log)
g.close()
print(log)
log.clear()
def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        log.append("failing finally")
f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("ValueError", e, log)
log.clear()
def nested():
    try:
        with Res("outer"):
            with Res("inner"):
                yield "x"
                yield "y"
    finally:
        log.append("nested finally")
n = nested()
print(next(n))
n.close()
print(log)
