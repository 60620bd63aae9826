# Nested try statements and which handler sees which exception.
def level(n, fail_at):
    try:
        if n == fail_at:
            raise ValueError("level %d" % n)
        if n < 3:
            level(n + 1, fail_at)
    finally:
        print("unwind", n)
for fail_at in (0, 2, 5):
    try:
        level(0, fail_at)
        print("completed", fail_at)
    except ValueError as e:
        print("caught", e)
try:
    try:
        try:
            raise KeyError("deep")
        except IndexError:
            print("not this")
        finally:
            print("inner finally")
    except KeyError as e:
        print("middle caught", e.args)
        raise TypeError("replacement")
    finally:
        print("middle finally")
except TypeError as e:
    print("outer caught", e)
def handler_fails():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
try:
    handler_fails()
except RuntimeError as e:
    print("second replaces first:", e)
except ValueError:
    print("not reached")
result = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            result.append("ok%d" % i)
        finally:
            result.append("f%d" % i)
    except ValueError as e:
        result.append("e%s" % e)
print(result)
