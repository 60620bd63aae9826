# Patterns that make a backtracking matcher take exponential time finish at once here: the VM's
# work grows with the subject length times the pattern size. Expected output in hostile.py.exp
# (CPython would not finish some of these).
import ure
for n in (10, 25, 1000):
    subject = "a" * n + "!"
    print(n, ure.match("(a*)*b", subject), ure.match("(a|a)*b", subject), ure.match("(a|aa)+$", subject))
    print(n, ure.search("(x+x+)+y", "x" * n) is None, ure.match("(a?){%d}" if False else "(a?)*a*a*a*$", "a" * n).span())
big = ure.compile("(" + "a?" * 200 + ")" + "a" * 200)
print(big.match("a" * 200).span(), big.match("a" * 199))
print(len(ure.findall("a", "aaa")) if hasattr(ure, "findall") else "no findall")
print(ure.search("b", "a" * 100000 + "b").span())
