# An exception unwinding through many frames runs every finally block on the way.
log = []
def level(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        level(n - 1)
    finally:
        log.append(n)
try:
    level(20)
except RuntimeError as e:
    print("caught", e)
print(log)
def with_handlers(n):
    try:
        if n == 0:
            raise ValueError(0)
        return with_handlers(n - 1)
    except ValueError as e:
        if n < 3:
            raise ValueError(e.args[0] + 1)
        return "stopped at %d with %d" % (n, e.args[0])
print(with_handlers(10))
def gen_level(n):
    try:
        yield n
        if n:
            yield from gen_level(n - 1)
        else:
            raise KeyError("gen bottom")
    finally:
        log.append("g%d" % n)
log.clear()
try:
    for v in gen_level(4):
        log.append(v)
except KeyError as e:
    print("generator chain raised", e.args)
print(log)
class Ctx:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *a):
        log.append("exit%d" % self.n)
def nested_with(n):
    with Ctx(n):
        if n == 0:
            raise OSError("io")
        nested_with(n - 1)
log.clear()
try:
    nested_with(3)
except OSError:
    print("OSError after exits", log)
