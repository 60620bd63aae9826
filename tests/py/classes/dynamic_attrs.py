# getattr/setattr/hasattr/delattr with computed names.
class Obj:
    pass
o = Obj()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(o, name, i * 10)
print(o.alpha, o.beta, o.gamma, getattr(o, "beta"))
print(hasattr(o, "alpha"), hasattr(o, "delta"), getattr(o, "delta", None))
delattr(o, "beta")
print(hasattr(o, "beta"))
try:
    delattr(o, "beta")
except AttributeError:
    print("AttributeError delattr missing")
try:
    getattr(o, "nope")
except AttributeError:
    print("AttributeError getattr missing")
class Settings:
    debug = False
    level = 1
s = Settings()
updates = {"debug": True, "level": 5, "name": "new"}
for k, v in updates.items():
    setattr(s, k, v)
print(s.debug, s.level, s.name, Settings.debug, Settings.level)
setattr(Settings, "level", 2)
print(Settings().level, s.level)
print(getattr(s, "upper", "no"), getattr("text", "upper")(), getattr([], "append") is not None)
method = getattr(s, "__class__")
print(method is Settings)
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError on int")
try:
    getattr(o, 5)
except TypeError:
    print("TypeError non-str name")
names = [n for n in ("alpha", "beta", "gamma") if hasattr(o, n)]
print(names)
