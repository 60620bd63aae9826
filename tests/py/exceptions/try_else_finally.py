# else runs only without an exception; finally always runs.
def attempt(fail):
    steps = []
    try:
        steps.append("try")
        if fail:
            raise ValueError
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    steps.append("after")
    return steps
print(attempt(False))
print(attempt(True))
def uncaught():
    steps = []
    try:
        try:
            steps.append("try")
            raise KeyError
        finally:
            steps.append("finally runs before propagation")
    except KeyError:
        steps.append("outer catch")
    return steps
print(uncaught())
def else_raises():
    try:
        try:
            pass
        except Exception:
            print("not here")
        else:
            raise TypeError("from else")
        finally:
            print("finally after else")
    except TypeError as e:
        print("caught", e)
else_raises()
def else_not_protected():
    try:
        try:
            x = 1
        except ValueError:
            return "wrong"
        else:
            int("not a number")
    except ValueError:
        return "else errors are not caught by the same try"
print(else_not_protected())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
