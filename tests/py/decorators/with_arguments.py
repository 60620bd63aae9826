# Decorator factories take arguments and return the real decorator.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a, **k):
            extra = "".join(' %s="%s"' % kv for kv in sorted(attrs.items()))
            return "<%s%s>%s</%s>" % (name, extra, fn(*a, **k), name)
        return wrapper
    return deco
@tag("b")
@tag("a", href="/x", cls="link")
def text(s):
    return s
print(text("click"))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad argument")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def describe(n, s):
    return s * n
print(describe(2, "ab"))
try:
    describe("2", "ab")
except TypeError as e:
    print("TypeError", e)
def default_arg_deco(prefix="> "):
    def deco(fn):
        return lambda *a: prefix + fn(*a)
    return deco
@default_arg_deco()
def one():
    return "one"
@default_arg_deco("# ")
def two():
    return "two"
print(one(), two())
