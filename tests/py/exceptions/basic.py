def f(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x
for v in (1, -1):
    try:
        print(f(v))
    except ValueError as e:
        print("caught", e, type(e).__name__, e.args)
    else:
        print("else ran")
    finally:
        print("finally ran")
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("tuple match", repr(e))
try:
    {}["missing"]
except LookupError as e:
    print("lookup", e)
try:
    [][3]
except IndexError as e:
    print("index", e)
try:
    undefined_name
except NameError as e:
    print("name", e)
try:
    int("x")
except ValueError as e:
    print(e)
