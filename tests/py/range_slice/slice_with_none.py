# None in any slice position means "default".
l = list(range(6))
print(l[None:None], l[None:3], l[3:None], l[None:None:None], l[None:None:-1], l[::None])
print("abcdef"[None:2], "abcdef"[4:None], "abcdef"[None:None:2])
i, j = None, 4
print(l[i:j], l[j:i], l[i:i:-2])
def window(seq, start=None, stop=None, step=None):
    return seq[start:stop:step]
print(window(l), window(l, 1), window(l, stop=2), window(l, step=-1), window("xyz", 1, None, None))
s = slice(None, None, None)
print(l[s], s.start is None and s.stop is None and s.step is None)
m = list(range(6))
m[None:2] = ["x"]
print(m)
del m[None:1]
print(m)
print(tuple(range(5))[None:None:-2], bytes(range(5))[None:2])
