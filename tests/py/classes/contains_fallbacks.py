# The in operator uses __contains__, else iterates with __iter__, else uses __getitem__.
class WithContains:
    def __contains__(self, x):
        return x % 2 == 0
class WithIter:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        for v in (1, 2, 3):
            self.calls += 1
            yield v
class WithGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
wi = WithIter()
print(2 in wi, wi.calls, 5 in wi, wi.calls)
print(20 in WithGetitem(), 25 in WithGetitem(), 30 not in WithGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError:
    print("TypeError: not a container")
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in Truthy(), type(1 in Truthy()).__name__)
