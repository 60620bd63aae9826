# Errors raised by list operations.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__)
l = [1, 2, 3]
attempt("index", lambda: l[3])
attempt("neg index", lambda: l[-4])
attempt("float index", lambda: l[1.0])
attempt("str index", lambda: l["a"])
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: l.pop(5))
attempt("remove missing", lambda: l.remove(9))
attempt("index missing", lambda: l.index(9))
attempt("list + tuple", lambda: l + (4,))
attempt("list + int", lambda: l + 4)
attempt("list * list", lambda: l * l)
attempt("list * float", lambda: l * 2.0)
attempt("list - list", lambda: l - l)
attempt("hash", lambda: hash(l))
attempt("insert no args", lambda: l.insert(0))
attempt("sort mixed", lambda: [1, "b"].sort())
attempt("list(5)", lambda: list(5))
attempt("compare", lambda: l < "abc")
attempt("unknown attr", lambda: l.push(1))
attempt("ok slice", lambda: l[10:])
attempt("ok neg slice", lambda: l[-10:1])
print(l)
