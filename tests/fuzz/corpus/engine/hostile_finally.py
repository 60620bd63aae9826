def f():
    for i in range(2):
        try:
            return 42
        finally:
            continue
def g():
    while True:
        try:
            return 1
        finally:
            break
def h():
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i < 2:
                    continue
        finally:
            pass
def k():
    try:
        return 1
    finally:
        return 2
print(f(), g(), h(), k())
