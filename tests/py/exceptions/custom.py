class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])
try:
    raise CodeError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
class Plain(Exception):
    pass
e = Plain(1, 2)
print(e.args, str(e), repr(e))
print(repr(ValueError("x")), str(KeyError("k")), str(KeyError("k", 1)), repr(Exception()))
try:
    raise Plain
except Plain as p:
    print("class raised", p.args)
# Keyword arguments reach an exception class only through an __init__ of its own.
class NoInit(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code=0, *, reason=""):
        super().__init__(code, reason)
for make in [lambda: ValueError(x=1), lambda: NoInit(x=1), lambda: NoInit(1, x=1), lambda: WithInit(reason="r").args,
             lambda: WithInit(code=3).args, lambda: NoInit(2).args]:
    try:
        print(make())
    except TypeError:
        print("TypeError")
