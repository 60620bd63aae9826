# except clauses take any expression evaluating to a class or a tuple of classes.
def catcher(spec):
    try:
        raise KeyError("k")
    except spec:
        return "caught"
    except Exception:
        return "fallback"
print(catcher(KeyError), catcher(LookupError), catcher((ValueError, KeyError)), catcher(()), catcher((ValueError,)))
errors = {"lookup": LookupError, "value": ValueError}
try:
    [][1]
except errors["lookup"]:
    print("caught via dict lookup")
classes = []
for name in ("ValueError", "TypeError"):
    classes.append(eval(name))
try:
    int("x")
except tuple(classes) as e:
    print("caught via computed tuple:", type(e).__name__)
class Custom(Exception):
    pass
def make():
    return Custom
try:
    raise make()("made")
except make() as e:
    print("caught via call:", e)
try:
    raise TypeError
except (KeyError, ValueError, TypeError):
    print("flat tuple works")
