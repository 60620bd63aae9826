# Helper module: prints once when executed, so tests can see it is imported only once.
print("executing helpers.mod_a")
CONST = 42
_private = "hidden"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def describe():
    return "mod_a:" + __name__
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(%r)" % (self.v,)
