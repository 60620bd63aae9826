# sub and split, including empty matches, group references, callables and maxsplit/count.
import re
print(re.sub("a", "b", "banana"), re.sub("a", "b", "banana", 2), re.sub("x*", "-", "abxd"), re.sub("", "-", "ab"))
print(re.sub("(\\w+)=(\\w+)", "\\2=\\1", "a=1, b=2"), re.sub("(a)", "\\g<1>\\g<0>", "cat"), re.sub("(a)(z)?", "[\\2]", "a"))
print(re.sub("a", "\\n|\\t|\\\\|\\-", "a"), re.sub("\\d+", lambda m: str(int(m.group(0)) + 1), "v1.9.41"))
print(re.sub("a??", "+", "baa"), re.sub("(?<x>)" if False else "b*", "#", "abbc"), re.sub("$", "!", "end"), re.sub("^", ">", "x"))
print(re.sub(b"[aeiou]", b"_", b"education"), re.sub("o", "0", "foo", count=1))
print(re.split(",", "a,b,,c,"), re.split(",", "a,b,c", 1), re.split(",", "a,b,c", 0), re.split(",", "", 0))
print(re.split("x*", "axbc"), re.split("(,)", "a,b"), re.split("(,)|(;)", "a,b;c"), re.split("\\s+", "  lead and trail  "))
print(re.split(b",", b"1,2"), re.compile("[;:]").split("a;b:c"), re.compile("-").split("a-b-c", 1))
print(re.compile("(\\d)").sub("<\\1>", "a1b2"), re.compile("\\d").sub("#", "a1b2", 1))
for bad in ("\\q", "\\g<x>", "\\g<1", "\\9"):
    try:
        print(re.sub("(a)", bad, "a"))
    except (ValueError, IndexError, re.error if hasattr(re, "error") else ValueError) as e:
        print("error", repr(bad))
