# globals() is the module namespace; locals() at module level is the same dict.
module_value = 42
g = globals()
print(g["module_value"], "g" in g, g is globals(), isinstance(g, dict))
g["created_via_globals"] = "new"
print(created_via_globals)
print(locals() is globals(), locals()["module_value"])
def reads_global():
    return globals()["module_value"]
print(reads_global())
def writes_global():
    globals()["written"] = "from function"
writes_global()
print(written)
print(__name__, globals()["__name__"])
print(sorted(k for k in ["module_value", "reads_global", "nope"] if k in globals()))
del g["created_via_globals"]
try:
    created_via_globals
except NameError:
    print("NameError after deleting from globals()")
