# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 3; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
d = {"k": 1}
d["k"] += 1
d["k"] <<= 3
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
m[0][1] -= 2
print(m)
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] += 1
print(d, calls)
b = bytearray(b"ab")
b += b"cd"
print(b)
st = {1}
sa = st
st |= {2}
st &= {2, 3}
print(st, sa is st)
