# find/rfind/index/rindex/count/startswith/endswith with an empty needle and start/end ranges that
# are negative, past the end or crossed (start after end): an empty needle matches at every
# position inside the range, and nowhere when the range is empty because start lies beyond it.
for v in (b"", b"abc", b"  a b  c  ", "", "abc", "h\u00e9llo", "  a b  c  "):
    e = v[:0]
    for args in ((), (1,), (-2,), (-10,), (1, 3), (0, -1), (5, 2), (10,), (3,), (2, 1), (None, 2), (-1, None)):
        r = [v.find(e, *args), v.rfind(e, *args), v.count(e, *args), v.startswith(e, *args), v.endswith(e, *args)]
        for m in ("index", "rindex"):
            try:
                r.append(getattr(v, m)(e, *args))
            except ValueError:
                r.append("ValueError")
        print(repr(v), args, r)
print("abc".startswith(("x", ""), 3), "abc".endswith(("", "c"), 4), b"abc".startswith((b"z", b""), 5))
try:
    "abc".startswith(5, 10)
except TypeError:
    print("TypeError even out of range")
