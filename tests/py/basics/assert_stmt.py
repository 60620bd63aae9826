# assert raises AssertionError with the optional message.
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["payload", 1]
except AssertionError as e:
    print(e.args[0])
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(str(e), calls)
def check(v):
    assert isinstance(v, int), "need int"
    return v * 2
print(check(4))
try:
    check("x")
except AssertionError as e:
    print("caught:", e)
print(issubclass(AssertionError, Exception))
