# Stacked decorators apply bottom-up and run outside-in.
order = []
def deco(name):
    def apply(fn):
        order.append("apply " + name)
        def wrapper():
            order.append("enter " + name)
            r = fn()
            order.append("exit " + name)
            return r
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def work():
    order.append("work")
    return "done"
print(order)
order.clear()
print(work())
print(order)
def plus1(fn):
    return lambda x: fn(x) + 1
def times2(fn):
    return lambda x: fn(x) * 2
@plus1
@times2
def ident(x):
    return x
@times2
@plus1
def ident2(x):
    return x
print(ident(5), ident2(5))
def as_list(fn):
    return lambda *a: list(fn(*a))
def sorted_result(fn):
    return lambda *a: sorted(fn(*a))
@as_list
@sorted_result
def letters(s):
    return set(s)
print(letters("banana"))
