# A JSON serializer written by hand with indentation, compared against json.loads of its output.
import json
def dumps(obj, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, indent, level + 1) for v in obj) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = (inner + dumps(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items())
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialise " + type(obj).__name__)
doc = {"id": 1, "name": "quote \" and \\ and\nnewline", "vals": [1, 2.5, None, True], "nested": {"empty": [], "obj": {}}}
text = dumps(doc)
print(text)
print(json.loads(text) == doc)
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError", e)
