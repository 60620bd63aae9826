def a():
    try:
        return "try"
    finally:
        print("a finally")
print(a())
def b():
    try:
        return "try"
    finally:
        return "finally wins"
print(b())
def c():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(c())
def d():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
d()
def e():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as err:
            print("nested", err)
        print("back in handler")
    return "done"
print(e())
def f():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            x += 10
print(f())
