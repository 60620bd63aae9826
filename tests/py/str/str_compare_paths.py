# String comparisons and joins along every path: exact strs in a branch test, as values, in chains;
# str subclasses whose operators decide; odd operands on either side; bytes past ASCII.
class Loud(str):
    def __eq__(self, other):
        return "eq:" + str(other)

    def __ne__(self, other):
        return "ne:" + str(other)

    def __lt__(self, other):
        return "lt:" + str(other)

    def __gt__(self, other):
        return "gt:" + str(other)

    __hash__ = str.__hash__


class Plain(str):
    pass


class Joiner(str):
    def __add__(self, other):
        return "add"

    def __radd__(self, other):
        return "radd"


class Any:
    def __eq__(self, other):
        return "any-eq"

    def __lt__(self, other):
        return "any-lt"

    def __gt__(self, other):
        return "any-gt"


texts = ["", "\0", "\0\0", "A", "B", "AB", "a", "\x7f", "é", "ê", "€", "😀", "A\0", "AB\0", "W", "Z", "X"]
for a in texts:
    row = []
    for b in texts:
        row.append("%d%d%d%d%d%d" % (a < b, a <= b, a == b, a != b, a > b, a >= b))
        if a < b:   # the comparison decides a branch at once
            row.append("<")
        if not (a >= b):
            row.append("!")
    print(repr(a), " ".join(row))

letter = "\0"
for letter in ["V", "W", "X", "Z", "[", "w"]:
    print(letter, "W" <= letter <= "Z", letter == "X", letter != "X")

loud = Loud("A")
print(loud == "A", "A" == loud, loud != "A", "A" != loud)
print(loud < "B", "B" > loud, "B" < loud, loud > "B")
plain = Plain("A")
print(plain == "A", "A" == plain, plain < "B", "B" > plain, type(plain + "x").__name__)
print(Joiner("j") + "x", "x" + Joiner("j"), Joiner("j") + Joiner("k"))
print("A" == Any(), "A" < Any(), Any() > "A", "A" == 1, "A" != None, 1 == "A")
for bad in [1, None, b"A", ["A"], 1.5]:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(eval('"A" ' + op + " bad"))
        except TypeError as e:
            print("TypeError", e)
try:
    print("A" + 1)
except TypeError as e:
    print("TypeError", e)
empty = ""
word = "word"
print((empty + word) is word, (word + empty) is word, empty + empty == "")
print("SECOND " + str(7), len("é" + "😀"), ("é" + "😀")[1])
joined = "".join(["w", "ord"])
print(joined == word, joined < word, joined >= word)
