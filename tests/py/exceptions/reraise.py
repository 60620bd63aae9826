# Bare raise re-raises the exception being handled.
def handler_reraises():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler_reraises()
except ValueError as e:
    print("outer got", e)
def reraise_bound():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_bound()
except KeyError as e:
    print("re-raised stored exception", e.args)
def nested_reraise():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    nested_reraise()
except TypeError as e:
    print("bare raise after inner handling re-raises", type(e).__name__, e)
except ValueError as e:
    print("unexpected", e)
try:
    raise
except RuntimeError:
    print("RuntimeError: no active exception")
def raise_instance_and_class():
    for item in (ValueError, ValueError("inst")):
        try:
            raise item
        except ValueError as e:
            print("raised", type(e).__name__, e.args)
raise_instance_and_class()
try:
    raise 42
except TypeError:
    print("TypeError: exceptions must derive from BaseException")
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError:
    print("TypeError for plain object")
