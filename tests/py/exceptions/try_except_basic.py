# Basic try/except: matching, binding with as, and fall-through.
try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except IndexError as e:
    print("caught", type(e).__name__)
try:
    {}["k"]
except KeyError as e:
    print("caught KeyError", e.args)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("caught one of two:", type(e).__name__)
try:
    undefined_thing
except NameError:
    print("caught NameError")
try:
    None.attr
except AttributeError:
    print("caught AttributeError")
try:
    raise ValueError("message", 42)
except ValueError as e:
    print(e.args, str(e), e.args[1])
try:
    print("no exception here")
except Exception:
    print("not printed")
def f():
    raise TypeError("from f")
try:
    f()
except TypeError as e:
    print("from function:", e)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError:
    print("outer handler got KeyError")
try:
    raise Exception
except Exception as e:
    print("bare class raised", type(e).__name__, e.args)
try:
    raise IndexError()
except LookupError:
    print("caught via base class LookupError")
x = 0
try:
    x = 1
    raise RuntimeError
except RuntimeError:
    x += 10
print(x)
