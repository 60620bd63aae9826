print("abc" * 0, "abc" * -1, "-" * 3, 3 * "ab")
print("a b c".split(" ", 1), "  a  b ".split(" "), "abc".split("abc"), "".split(), "".split(","))
print("Hello World".swapcase(), "hello"[1:-1], "hello"[-100:2], "x".join("abc"))
print(str(1.5), str([1, "a"]), str((1,)), str({1: "a"}), repr({"a": [1, 2.5, None]}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
print("abc" in "xabcx", "" in "x", "ab" < "abc", "B" < "a", max("apple", "pear"))
s = "The quick brown fox"
print(s.lower().count("o"), s.find("q", 5), s.rfind("o", 0, 14), s.startswith("quick", 4))
print("%-6s|%6s|%06.2f|%+d|% d" % ("ab", "cd", 3.14159, 5, 7))
print("{:<8}|{:>8}|{:^8}|{:=+8}".format("l", "r", "c", 5))
print("{:08.3e}|{:g}|{:G}|{:.3g}|{:#x}|{:#b}".format(12345.678, 1e-5, 1e20, 3.14159, 255, 5))
print(f"{'nested'!r:>12}", f"{3.0:.0f}", f"{-0.0}", f"{1e-7}", f"{123456789.0}")
print("tab\tnewline\\n", r"raw\n", b"bytes\x00".hex())
