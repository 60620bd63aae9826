# Module objects: attribute access, getattr/hasattr/setattr, and dir() membership.
import helpers.with_all as w
print(w.exported, getattr(w, "ALSO"), getattr(w, "missing", "default"), hasattr(w, "not_listed"))
setattr(w, "dynamic", 99)
print(w.dynamic, "dynamic" in dir(w), "exported" in dir(w))
try:
    w.nothing_here
except AttributeError:
    print("AttributeError on module")
print(w.__name__, type(w).__name__, w.__all__)
import helpers.without_all as wo
public = sorted(n for n in dir(wo) if not n.startswith("_"))
print(public)
