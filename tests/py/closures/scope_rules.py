# LEGB lookup order: local, enclosing, global, builtin.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h())
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abcd"))
def unbound_local():
    try:
        y = x + "!"
        x = "never"
    except NameError:
        return "unbound local is a NameError"
print(unbound_local())
def class_scope():
    v = "function"
    class C:
        v = "class"
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(class_scope())
def comprehension_sees_enclosing():
    factor = 3
    return [i * factor for i in range(3)]
print(comprehension_sees_enclosing())
try:
    undefined_name_xyz
except NameError:
    print("NameError global")
def del_then_use():
    z = 1
    del z
    try:
        return z
    except NameError:
        return "deleted"
print(del_then_use())
