# An uncaught exception ends the program with exit status 1 after the output so far.
print("before the error")
def helper():
    print("in helper")
    raise ValueError("uncaught on purpose")
try:
    helper()
except TypeError:
    print("not this handler")
print("never printed")
