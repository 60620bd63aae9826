# __import__ returns the module object, like an import statement.
m = __import__("sys")
import sys
print(m is sys, m.__name__)
j = __import__("json")
print(j.dumps([1, "a"]), j.loads("[2]"))
name = "math"
mod = __import__(name)
print(mod.sqrt(16.0), mod.floor(2.7))
try:
    __import__("this_module_does_not_exist_q")
except ImportError:
    print("ImportError")
mods = [__import__(n) for n in ("struct", "binascii")]
print(mods[0].pack("<H", 258), mods[1].hexlify(b"\x01\xff"))
print(__import__("math") is mod, __import__("sys") is sys)
