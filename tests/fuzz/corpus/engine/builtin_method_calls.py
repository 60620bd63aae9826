# Methods of built-in types called from warm call sites (the loop calls their native function at
# once when the receiver's type is exactly the method's): subclass receivers, foreign receivers,
# unbound and bound forms, keyword arguments and errors must keep their meaning.
class S(str):
    def upper(self):
        return "S.upper"


class L(list):
    pass


class Holder:
    shout = str.upper


def run(values):
    out = []
    for v in values:
        try:
            out.append(v.upper())
        except (TypeError, AttributeError) as e:
            out.append(type(e).__name__)
    return out


print(run(["ab", S("cd"), "ef", S("gh"), 5, b"ij"]))
print([(5).bit_length(), (2**70).bit_length(), (1.5).is_integer(), True.bit_length()])
d = {"a": 1}
print([d.get("a"), d.get("b", 0), d.get("b")], L([3, 1, 2]).index(2))
try:
    d.get()
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    "x".split(sep=",", maxsplit=1, extra=2)
except TypeError as e:
    print("TypeError", type(e).__name__)
print("a,b,c".split(sep=",", maxsplit=1), "a b".split(maxsplit=0))
try:
    Holder().shout()
except TypeError as e:
    print("TypeError", e)
print(str.upper("q"), [str.upper(x) for x in "xy"], list(map(str.lower, ["A", "B"])))
up = "bound".upper
print([up() for _ in range(3)])
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
lst = []
for i in range(5):
    lst.append(i)
    if i == 2:
        lst = L(lst)   # the site now sees a subclass receiver
print(lst, type(lst).__name__)
