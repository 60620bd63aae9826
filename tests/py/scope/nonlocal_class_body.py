# nonlocal in a class body inside a function rebinds the function's variable.
def make():
    count = 1
    class Counter:
        nonlocal count
        count += 10
        seen = count
    return count, Counter.seen

def nested():
    x = "outer"
    def inner():
        class C:
            nonlocal x
            x = "from class"
        return C
    inner()
    return x

print(make(), nested())
try:
    exec("class D:\n    nonlocal y\n")
except SyntaxError:
    print("SyntaxError")
