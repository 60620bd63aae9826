# break, continue and return inside a finally that runs because of a return: the pending return
# value is dropped (continue/break) or replaced (return).
def loop_continue():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "after"

def loop_break():
    while True:
        try:
            return 1
        finally:
            break
    return 2

def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                out.append(i)
                return out
            finally:
                if i % 2 == 0:
                    continue
        finally:
            out.append("f")
    return out

def replace():
    try:
        return "first"
    finally:
        return "second"

def with_in_finally():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit"); return False
    for i in range(2):
        try:
            return i
        finally:
            with C():
                continue
    return "done"

def exception_then_continue():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen.append(i)
            continue
    return seen

print(loop_continue(), loop_break(), nested(4), replace(), with_in_finally(), exception_then_continue())
