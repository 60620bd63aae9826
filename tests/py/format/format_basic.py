# str.format: positional, numbered, keyword fields and attribute/index access.
print("{} {} {}".format(1, "two", [3]))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="ann", age=30), "{0} {k}".format("pos", k="kw"))
print("{{literal}} {}".format("braces"), "{{}}".format(), "{{{}}}".format("in"))
print("{!r} {!s} {!r}".format("q", "q", [1, "a"]))
print("{0}-{1}-{0}-{2}".format("x", "y", "z"), "{a}{b}{a}".format(a=1, b=2))
print("{}".format(None), "{}".format(True), "{}".format(2 ** 70), "{}".format(1.5))
print("".format(), "no fields".format(1, 2))
args = ["a", "b"]
kw = {"x": 1}
print("{} {} {x}".format(*args, **kw))
print("{:}|{:s}|{:d}".format("e", "s", 5))
for bad in ["{", "}", "{0", "{1}", "{a}"]:
    try:
        print(bad.format("only"))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__)
try:
    "{}{0}".format(1, 2)
except ValueError:
    print("ValueError: mixing automatic and manual numbering")
