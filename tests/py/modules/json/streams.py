# dump/load through file-like objects: StringIO and real files.
import json, io, sys
out = io.StringIO()
json.dump({"k": [1, 2]}, out)
json.dump(None, out, separators=(",", ":"))
print(out.getvalue())
print(json.load(io.StringIO('{"a": [true, 1.5]}')))
path = __file__ + "." + sys.implementation.name + ".json.tmp"
with open(path, "w") as f:
    json.dump({"saved": list(range(5))}, f)
with open(path) as f:
    print(json.load(f))
with open(path, "rb") as f:
    print(json.load(f))
class Source:
    def read(self):
        return "[1, 2, 3]"
print(json.load(Source()))
