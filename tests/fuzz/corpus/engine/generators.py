def g():
    try:
        x = yield 1
        yield x
    finally:
        print("f")
it = g(); next(it); print(it.send(5)); it.close()
