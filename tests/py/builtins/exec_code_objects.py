# exec/eval of a function's code object: one without parameters or closure runs; one whose free
# variables or parameters would need a call to set up is refused (TypeError). (A code object
# with cells is refused too, where CPython makes them: not compared here.)
def outer():
    x = 1
    def inner():
        return x
    return inner

def takes(a, b):
    return a + b

def plain():
    z = 3
    print("plain ran", z)

for f in (outer(), takes, plain):
    for run in (exec, eval):
        try:
            print(f.__name__, run.__name__, run(f.__code__))
        except TypeError:
            print(f.__name__, run.__name__, "TypeError")
print(eval(compile("1 + 2", "s", "eval")), exec(compile("w = 4", "s", "exec")), w)
