counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError:
        return "unbound"
print(f())
