# global rebinds module-level names from inside functions.
count = 0
def bump():
    global count
    count += 1
    return count
print(bump(), bump(), count)
def read_only():
    return count * 10
print(read_only())
def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)
def shadow():
    count = "local"
    return count
print(shadow(), count)
def unbound():
    try:
        print(count)
        count = 5
    except NameError:
        return "unbound local is a NameError"
print(unbound())
def nested_global():
    def inner():
        global count
        count = 100
    inner()
    return count
print(nested_global(), count)
def g_del():
    global temp
    temp = 1
    del temp
g_del()
print("temp" in globals())
items = []
def append_item(x):
    items.append(x)
append_item(1)
append_item(2)
print(items)
def multi():
    global a1, a2
    a1, a2 = "one", "two"
multi()
print(a1, a2)
