# The first matching except clause wins; order matters with subclasses.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (ValueError, TypeError):
        return "Value/Type clause"
    except Exception:
        return "Exception clause"
for exc in (KeyError("k"), IndexError(), ValueError(), TypeError(), UnicodeError(), ZeroDivisionError(), OSError()):
    print(type(exc).__name__, "->", classify(exc))
def broad_first(exc):
    try:
        raise exc
    except Exception:
        return "broad"
    except KeyError:
        return "never reached"
print(broad_first(KeyError()))
def tuple_nested(exc):
    try:
        raise exc
    except (ArithmeticError, LookupError):
        return "arith-or-lookup"
    except BaseException:
        return "base"
print(tuple_nested(OverflowError()), tuple_nested(KeyError()), tuple_nested(SystemExit()))
handlers = (ValueError, KeyError)
try:
    raise KeyError("dynamic")
except handlers as e:
    print("caught with tuple variable", type(e).__name__)
def pick(which):
    return {"v": ValueError, "k": KeyError}[which]
try:
    raise ValueError
except pick("v"):
    print("caught with computed class")
