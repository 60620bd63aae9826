# The syntax the firmware's re supports, checked against CPython on subjects without newlines.
# (Not here: the capture of a repeated group whose last iteration matched empty, e.g. (a*)+ on
# "aaa"; the VM keeps the last non-empty iteration where CPython keeps the empty one.)
import re
cases = [("abc", "xabcx"), ("a.c", "abc a-c"), ("^ab", "abab"), ("ab$", "abab"), ("a?b", "b ab"), ("a*b", "aaab"),
         ("a+b", "b aab"), ("a??b", "ab"), ("a*?b", "aab"), ("a+?", "aaa"), ("cat|dog|bird", "a bird"),
         ("(a)(b)(c)", "abc"), ("(a(b(c)))", "abc"), ("(a|b)+", "abba!"),
         ("[abc]", "xxb"), ("[a-c]+", "dcbae"), ("[^a-c]+", "abcxyz"), ("[]a]+", "a]a]"), ("[a-]+", "-a-b"),
         ("[\\d\\s]+", "x 1 2 y"), ("[\\w.]+", "  a.b_c  "), ("[\\D]+", "12ab34"), ("[\\^]+", "a^^b"),
         ("\\d+", "ab12cd"), ("\\D+", "12ab34"), ("\\w+", "--word_1--"), ("\\W+", "ab--cd"), ("\\s+", "a \t b"),
         ("\\S+", "  xy  "), ("\\.\\*\\+\\?\\(\\)\\[\\]\\|\\^\\$\\\\", ".*+?()[]|^$\\"), ("a\\-b", "a-b"),
         ("\u00e9+", "caf\u00e9\u00e9"), ("[\u00e0-\u00ff]+", "na\u00efve"), ("x*", ""), ("", "abc"), ("(a)|b", "b"),
         ("((a)|(b))+", "ab"), ("(a+)(a+)", "aaaa"), ("(a+?)(a+)", "aaaa"), ("(.)*", "abc"), ("a{", "a{"), ("}", "}")]
for pattern, text in cases:
    m = re.search(pattern, text)
    print(repr(pattern), repr(text), m.span() if m else None, m.groups() if m else None, repr(m.group(0)) if m else None)
for pattern, text in [("abc", "abcd"), ("bc", "abcd"), ("a|ab", "ab"), ("(ab|a)b", "ab"), ("$", "x"), ("^$", "")]:
    m = re.match(pattern, text)
    print("match", repr(pattern), repr(text), m.span() if m else None)
p = re.compile("(\\d+)-(\\d*)")
print(p.groups, p.pattern, p.search("a 12- b").groups(), p.match("12-3").group(0, 1, 2), p.search("no"))
print(p.search("1-2 3-4", 2).span(), p.match("1-2", 0, 2).span(), p.match("x1-2", 1).group(0), p.search("12-34", 0, 3).group(0))
m = re.match("(a)(x)?(c)", "ac")
print(m.group(2), m.groups(), m.groups("-"), m.start(2), m.end(2), m.span(2), m.span(3), m[3])
for bad_group in (4, -1, "1"):
    try:
        m.group(bad_group)
    except IndexError:
        print("IndexError", repr(bad_group))
print(re.search(b"[0-9]+", b"ab123").group(0), re.search(b"b+", bytearray(b"abbc")).span(), re.match(b".", b"\xff").group(0))
print(re.search("é(.)", "xéy").span(), re.search("é(.)", "xéy").span(1), re.search("(😀+)", "a😀😀b").span(1))
