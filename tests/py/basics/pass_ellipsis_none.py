# Placeholders and singletons: pass, Ellipsis, None, NotImplemented in expressions and containers.
def todo():
    pass
def later():
    ...
print(todo(), later(), ... is Ellipsis, Ellipsis is ..., repr(...), str(Ellipsis))
x = [..., None, NotImplemented]
print(x[0] is Ellipsis, x[1] is None, x[2] is NotImplemented, len(x))
print(None == None, None is None, ... == ..., bool(None), bool(...))
d = {None: "none key", ...: "ellipsis key"}
print(d[None], d[...])
class Stub:
    def method(self):
        pass
    attr = ...
print(Stub().method(), Stub.attr is ...)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
print("all placeholders ran")
