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
