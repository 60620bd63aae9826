# return in finally overrides returns and exceptions from try/except.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def override_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins over exception"
print(override_exception())
def except_return():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        print("finally side effect")
print(except_return())
def finally_no_return():
    try:
        return "try value kept"
    finally:
        print("finally without return")
print(finally_no_return())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
def mutable_captured():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_captured())
def nested():
    try:
        try:
            return "inner try"
        finally:
            return "inner finally"
    finally:
        print("outer finally")
print(nested())
def in_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(in_loop())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
