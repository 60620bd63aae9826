class Lower(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower()
d["ABC"] = 1
print(d["aBc"], dict.__getitem__(d, "abc"), list.__len__([1, 2]), int.__add__(2, 3), (5).__mul__(2))
class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()
    def __len__(self):
        return super().__len__() * 10
print(MyList([1, 2]), len(MyList([1])), str.__len__("abc"), "ab".__contains__("a"))
print(1 .__add__(1.5), (1.5).__radd__(1), [1].__iter__().__next__(), (3).__neg__(), int.__hash__(5))
print(object.__eq__(1, 1), float.__lt__(1.0, 2.0), list.__add__([1], [2]), list.__eq__([1], [1]))
