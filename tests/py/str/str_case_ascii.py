# lower() and upper() of ASCII text (a byte-wise path) and of other text, with the edges of the
# letter ranges.
edges = "@AZ[`az{" + "".join(chr(c) for c in range(0, 128, 7))
print(repr(edges.lower()), repr(edges.upper()))
print(repr("".lower()), repr("".upper()), "".lower() == "")
print("Hello, World! 123".lower(), "Hello, World! 123".upper())
print("ÄÖÜ Éé".lower(), "äöü éÉ".upper())
print("MiXeD".lower().upper().lower(), len("ABC".lower()), "ABC".lower()[1])
print({"key".upper(): 1}["KEY"], "Ab".lower() == "ab", hash("Ab".lower()) == hash("ab"))
