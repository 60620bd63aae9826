try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(v, type(v.__cause__).__name__, v.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as r:
    print(r, type(r.__context__).__name__)
try:
    raise ValueError("no cause") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)
def reraiser():
    try:
        raise TypeError("again")
    except TypeError:
        raise
try:
    reraiser()
except TypeError as t:
    print("reraised", t)
