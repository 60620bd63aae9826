# Closures capture variables (cells), not values.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_bound():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return fns
print([f() for f in make_bound()])
def make_factory():
    def factory(i):
        return lambda: i
    return [factory(i) for i in range(3)]
print([f() for f in make_factory()])
def late_binding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(late_binding())
def shared_cell():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = shared_cell()
put(42)
print(get())
get2, put2 = shared_cell()
print(get2(), get())
def capture_param(p):
    return lambda: p * 2
print(capture_param(4)(), capture_param("ab")())
def capture_loop_var_after_loop():
    for j in range(5):
        pass
    return lambda: j
print(capture_loop_var_after_loop()())
def comprehension_scope():
    return [lambda: k for k in "ab"]
print([f() for f in comprehension_scope()])
