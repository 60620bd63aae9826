# slice objects: attributes, use with any sequence, and in __getitem__.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(3).start, slice(3).stop, slice(None, 4), slice(1, None, -1))
data = list(range(10))
print(data[s], "abcdefgh"[s], tuple(data)[s], b"abcdefgh"[s], range(10)[s])
print(data[slice(None)], data[slice(None, None, -2)], data[slice(-3, None)])
class Seq:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ("slice", idx.start, idx.stop, idx.step)
        return ("index", idx)
q = Seq()
print(q[3], q[1:2], q[::3], q[:-1], q[5:1:-1], q[:], q["key"])
print(q[(1, 2)], q[1, 2], q[1:2, 3][0])
print(slice(-1).stop, slice(None).step, slice(0, 0, 0).step)
class Store:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append((type(k).__name__, v))
    def __delitem__(self, k):
        self.log.append(("del", type(k).__name__))
st = Store()
st[1:3] = "a"
st[0] = "b"
del st[::2]
del st[4]
print(st.log)
