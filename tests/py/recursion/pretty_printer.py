# A recursive pretty-printer for nested lists, dicts and scalars with indentation.
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = ["{"]
        for k in obj:
            lines.append("%s  %r: %s," % (pad, k, pretty(obj[k], indent + 1)))
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(not isinstance(v, (list, tuple, dict)) for v in obj):
            return repr(list(obj))
        lines = ["["]
        for v in obj:
            lines.append("%s  %s," % (pad, pretty(v, indent + 1)))
        lines.append(pad + "]")
        return "\n".join(lines)
    return repr(obj)
doc = {"name": "node", "tags": ["a", "b"], "children": [{"name": "leaf", "children": []},
       {"name": "branch", "children": [{"name": "deep", "meta": {"depth": 3, "ok": True}}]}], "empty": {}}
print(pretty(doc))
print(pretty([1, [2, [3, [4]]]]))
