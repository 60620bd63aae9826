# Exceptions raised inside __exit__ replace the original one.
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e)
except ValueError:
    print("ValueError (wrong)")
try:
    with Raising():
        pass
except RuntimeError as e:
    print("RuntimeError without body error", e)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except OSError as e:
    print("OSError", e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return "non-empty string counts as True"
with Truthy():
    raise TypeError
print("suppressed by truthy value")
class Selective:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, KeyError)
for exc in (KeyError, IndexError):
    try:
        with Selective():
            raise exc("x")
        print(exc.__name__, "suppressed")
    except Exception as e:
        print(type(e).__name__, "escaped")
