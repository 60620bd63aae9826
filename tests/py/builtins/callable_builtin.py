# callable() for functions, classes, instances, builtins and other values.
def f():
    pass
class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return 1
print(callable(f), callable(lambda: 0), callable(C), callable(C()), callable(C().method))
print(callable(WithCall()), callable(WithCall), callable(print), callable(len), callable(str.upper))
print(callable(1), callable("s"), callable(None), callable([]), callable({}), callable(int))
print(callable(type), callable(object), callable(ValueError), callable(ValueError()))
print(callable(range), callable(range(3)), callable(iter([])), callable((x for x in [])))
print([callable(x) for x in (abs, 0, "abs", C.method, staticmethod)])
