print("before")
def inner():
    raise RuntimeError("boom")
def outer():
    inner()
outer()
print("never")
