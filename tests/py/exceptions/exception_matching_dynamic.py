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
# A tuple inside the tuple is refused (TypeError), even after a class that would match; every
# item is checked before any is matched. isinstance and issubclass do search nested tuples.
def checked(raised, spec):
    try:
        try:
            raise raised
        except spec:
            return "caught"
    except TypeError:
        return "TypeError"
    except BaseException as e:
        return "passed " + type(e).__name__
print(checked(KeyError, ((KeyError,),)), checked(KeyError, (KeyError, (ValueError,))), checked(KeyError, (KeyError, 5)))
print(checked(KeyError, (ValueError, int)), checked(KeyError, 5), checked(KeyError, (ValueError, LookupError)))
print(isinstance(1, ((int,),)), isinstance(1, (str, (float, (int,)))), issubclass(bool, ((str,), (int,))))
