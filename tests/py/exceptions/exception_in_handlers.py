# Errors raised inside except, else and finally blocks, and which one the caller sees.
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("from except")
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("from else")
def in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise RuntimeError("from finally")
def finally_after_return():
    try:
        return "value"
    finally:
        raise OSError("finally beats return")
for fn in (in_except, in_else, in_finally, finally_after_return):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e.args)
def handled_inside_finally():
    try:
        raise ValueError("outer")
    finally:
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner handled in finally")
try:
    handled_inside_finally()
except ValueError as e:
    print("outer still propagates:", e)
def except_then_finally_order():
    order = []
    try:
        try:
            raise IndexError
        except IndexError:
            order.append("except")
            raise
        finally:
            order.append("finally")
    except IndexError:
        order.append("outer")
    return order
print(except_then_finally_order())
