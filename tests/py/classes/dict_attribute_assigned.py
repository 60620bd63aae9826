# obj.__dict__ = d replaces the instance's namespace (a dict subclass too); it was stored as a key
# named __dict__ inside the old one, so the new names were never found.
class Q:
    def get(self):
        return "method"


class Space(dict):
    pass


def replace(obj, namespace):
    obj.__dict__ = namespace
    return obj


for namespace in ({"zzz": 1}, {"zzz": 2, "get": "shadowed"}, Space(zzz=3)):
    r = replace(Q(), namespace)
    print(r.zzz, r.__dict__ is namespace, "__dict__" in namespace, type(r.__dict__).__name__)
print(replace(Q(), {"get": "shadowed"}).get, Q().get())
for bad in (None, [("a", 1)], 5):
    try:
        replace(Q(), bad)
    except TypeError as e:
        print("TypeError", e)
q = Q()
q.a = 1
del q.__dict__
print(q.__dict__, hasattr(q, "a"))
q.a = "again"
print(q.__dict__, q.get())
