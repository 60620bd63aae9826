import sys
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError as e:
    sys.print_exception(e)
try:
    {}["key"]
except KeyError as e:
    sys.print_exception(e)
print("done")
