# help() and help(obj) as the firmware prints them, execfile() in the caller's namespace or a given
# one.
help()
import ujson
help(ujson)
class A:
    x = 1
help(A)
name = "help_execfile.py.micropython.inc.tmp"
with open(name, "w") as f:
    f.write("v = 5\nprint('running', v * 2)\n")
execfile(name)
print(v)
g = {}
execfile(name, g)
print(g["v"], "__builtins__" in g)
try:
    execfile("help_execfile_missing.py")
except OSError as e:
    print("OSError", e.args)
