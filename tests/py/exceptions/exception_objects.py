# Exception instances are ordinary objects: stored, compared, raised again.
errors = []
for v in ["1", "a", "2", "b"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [type(e).__name__ for e in errors])
e = ValueError("reusable")
for _ in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e, caught.args)
class Tagged(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.tag = tag
t = Tagged("x1")
print(t.tag, t.args, isinstance(t, Exception))
exc_types = [ValueError, TypeError, KeyError]
made = [cls("m%d" % i) for i, cls in enumerate(exc_types)]
print([(type(m).__name__, m.args[0]) for m in made])
def raiser(cls, *args):
    raise cls(*args)
for cls in exc_types:
    try:
        raiser(cls, "arg")
    except Exception as ex:
        print(type(ex) is cls, ex.args)
print(ValueError("a").args == ValueError("a").args, ValueError("a") != ValueError("a"))
print(type(ValueError) is type, ValueError.__name__, Tagged.__name__)
