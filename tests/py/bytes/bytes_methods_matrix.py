# bytes and bytearray methods over a matrix of subjects, separators, needles and start/end ranges
# (negative, clipped, past the end, start after end); each line is one subject and type.
subjects = [b"", b"a", b"abc", b"  a b  c  ", b"a,b,,c,", b"xaxbxax", b"\t\n x \r\x0b\x0c", b"ABCabc123", b"\xff\x00\xfe", b"line1\nline2\r\nline3\r"]
seps = [None, b",", b"x", b"ax", b"  ", b"abc"]
for s in subjects:
    for t in (bytes, bytearray):
        v = t(s)
        out = []
        for sep in seps:
            for n in (-1, 0, 1, 2):
                try:
                    out.append((v.split(sep, n), v.rsplit(sep, n)))
                except ValueError:
                    out.append("VE")
        for sub in (b"", b"a", b"x", b"ab", b"\xff"):
            for args in ((), (1,), (-2,), (1, 3), (0, -1), (5, 2), (10,)):
                out.append((v.find(sub, *args), v.rfind(sub, *args), v.count(sub, *args), v.startswith(sub, *args), v.endswith(sub, *args)))
                for m in ("index", "rindex"):
                    try:
                        out.append(getattr(v, m)(sub, *args))
                    except ValueError:
                        out.append("VE")
        for sub in (b",", b"x", b"a"):
            out.append((v.partition(sub), v.rpartition(sub)))
        out.append((v.strip(), v.lstrip(), v.rstrip(), v.strip(b"ax"), v.upper(), v.lower(), v.isalpha(), v.isdigit(), v.isspace(), v.isupper(), v.islower()))
        out.append((v.splitlines(), v.splitlines(True), v.replace(b"a", b"AA"), v.replace(b"", b"-", 3), v.replace(b"x", b""), v.center(12, b"."), v.center(3)))
        out.append((v.hex(), b"-".join([v, v]), v * 2, v[::-1], v[1:-1:2], list(v)[:3]))
        print(t.__name__, repr(s), out)
