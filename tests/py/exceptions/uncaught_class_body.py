# An exception in a class body and in a module imported at run time: the class body's frame is
# named after the class (pinned in uncaught_class_body.py.err).
def limit(n):
    if n > 10:
        raise OverflowError("limit %d exceeded" % n)
    return n
class Config:
    retries = limit(3)
    print("retries", retries)
    timeout = limit(30)
print("not printed")
