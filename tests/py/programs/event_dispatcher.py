# A publish/subscribe dispatcher with priorities, one-shot handlers and error isolation.
class Dispatcher:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, event, fn, priority=0, once=False):
        self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, [])), fn, once))
        self.handlers[event].sort(key=lambda h: (h[0], h[1]))
    def emit(self, event, *args):
        results = []
        keep = []
        for entry in self.handlers.get(event, []):
            _, _, fn, once = entry
            try:
                results.append(fn(*args))
            except Exception as e:
                self.errors.append((event, type(e).__name__))
            if not once:
                keep.append(entry)
        self.handlers[event] = keep
        return results
d = Dispatcher()
d.on("rx", lambda p: "log " + p.hex())
d.on("rx", lambda p: "first " + str(len(p)), priority=10)
d.on("rx", lambda p: 1 / 0)
d.on("rx", lambda p: "once", once=True)
print(d.emit("rx", b"\x01\x02"))
print(d.emit("rx", b"\xff"))
print(d.emit("tx"), d.errors)
def counter():
    n = [0]
    def handler(*a):
        n[0] += 1
        return n[0]
    return handler
c = counter()
d.on("tick", c)
print([d.emit("tick")[0] for _ in range(3)])
