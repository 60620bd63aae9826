# join() over lists, tuples, generators, iterators, dicts and strs; one item of a str subclass comes
# back as a plain str; items that are not str and inputs that are not iterable are refused.
class S(str):
    pass
print(type("".join([S("a")])).__name__, type(",".join((S("a"),))).__name__, type("".join(S(c) for c in "ab")).__name__)
def g():
    yield "x"
    yield "y"
print("-".join(g()), "".join(x for x in []), repr("".join(iter(["é", "ü"]))), ",".join({"k": 1}), "+".join("abc"))
for bad in (lambda: "".join([1]), lambda: "".join(5), lambda: "".join(["a", b"b"]), lambda: ",".join(x for x in ["a", None])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
