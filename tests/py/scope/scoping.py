x = 1
def read_global():
    return x
def shadow_local():
    x = 2
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError")
    x = 3
print(read_global(), shadow_local(), x)
unbound()
class K:
    x = 10
    y = [x for _ in range(2)] if False else None
    def m(self):
        return x
print(K.x, K().m())
def nested():
    a = 1
    def g():
        b = a + 1
        def h():
            return a + b
        return h()
    return g()
print(nested())
def gen_scope():
    return [i for i in range(3)], "i" in dir()
print(gen_scope())
def nonlocal_chain():
    v = 0
    def a():
        nonlocal v
        v += 1
        def b():
            nonlocal v
            v += 10
        b()
    a(); a()
    return v
print(nonlocal_chain())
def class_in_function():
    secret = "s"
    class Inner:
        value = secret
        def get(self):
            return secret
    return Inner.value, Inner().get()
print(class_in_function())
