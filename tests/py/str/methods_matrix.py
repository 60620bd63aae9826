# String methods over a set of awkward inputs.
samples = ["", " ", "a", "Hello, World", "  padded  ", "a,b,,c,", "UPPER lower", "tab\there", "line1\nline2\r\n", "12345", "x" * 3, "ñandú"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.rsplit(None, 1), s.strip(), s.lstrip(" a"), s.rstrip("d "),
          s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.isdigit(), s.isalpha(), s.isspace(),
          s.find("l"), s.rfind("l"), s.count("a"), s.replace("a", "@"), s.startswith(" "), s.endswith("d"),
          s.partition(","), s.rpartition(" "), s.center(14, "*"), s.zfill(8), s.splitlines(), len(s))
