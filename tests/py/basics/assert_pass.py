assert True
assert 1 == 1, "fine"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
