# A key-value store with nested transactions (begin/commit/rollback) using a stack of undo logs.
class Store:
    MISSING = object()
    def __init__(self):
        self.data = {}
        self.undo = []
    def begin(self):
        self.undo.append([])
    def set(self, k, v):
        if self.undo:
            self.undo[-1].append((k, self.data.get(k, Store.MISSING)))
        self.data[k] = v
    def delete(self, k):
        if self.undo:
            self.undo[-1].append((k, self.data.get(k, Store.MISSING)))
        self.data.pop(k, None)
    def rollback(self):
        if not self.undo:
            raise RuntimeError("no transaction")
        for k, old in reversed(self.undo.pop()):
            if old is Store.MISSING:
                self.data.pop(k, None)
            else:
                self.data[k] = old
    def commit(self):
        if not self.undo:
            raise RuntimeError("no transaction")
        log = self.undo.pop()
        if self.undo:
            self.undo[-1].extend(log)
s = Store()
s.set("a", 1)
s.begin()
s.set("a", 2)
s.set("b", 3)
print(sorted(s.data.items()))
s.begin()
s.delete("a")
s.set("c", 4)
print(sorted(s.data.items()))
s.rollback()
print(sorted(s.data.items()))
s.commit()
print(sorted(s.data.items()), s.undo)
s.begin()
s.set("a", 100)
s.begin()
s.set("z", 0)
s.commit()
s.rollback()
print(sorted(s.data.items()))
try:
    s.commit()
except RuntimeError as e:
    print("RuntimeError", e)
