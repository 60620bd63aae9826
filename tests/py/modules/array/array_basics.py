# array: construction from lists, bytes and arrays, indexing, slicing, methods, operators and
# iteration, for every typecode that CPython and the firmware size alike.
from array import array

for code in "bBhHiIqQfd":
    a = array(code, [1, 2, 3])
    print(code, a, len(a), a[0], a[-1], a.typecode, a.itemsize, list(a), 2 in a, 7 in a)
print(array("b"), array("d"), repr(array("H", [])))
print(array("h", b"\x01\x00\xff\xff"), array("B", bytearray(b"ab")), array("i", array("b", [-1, 5])))
print(array("f", [0.5, 1.25, -2]), array("d", [0.1, 1e100]), array("f", [0.1])[0])

a = array("h", range(10))
print(a[2:5], a[::3], a[::-1], a[5:2], a[-3:])
a[0] = -7
a[1:3] = array("h", [20, 30, 40])
print(a, len(a))
a[::2] = array("h", [0] * 6)
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)

b = array("I", [5, 1, 5])
b.append(9)
b.extend([10, 11])
b.extend(array("I", [12]))
b.insert(0, 100)
b.insert(-1, 101)
b.insert(99, 102)
print(b, b.pop(), b.pop(0), b.count(5), b.index(5), b.index(5, 2))
b.remove(5)
b.reverse()
print(b, b.tolist(), b.tobytes()[:8])
c = array("H")
c.frombytes(b"\x01\x02\x03\x04")
print(c, c + array("H", [9]), c * 2, 2 * c, c * 0, c * -1)
c += array("H", [7])
c *= 2
print(c, c == array("H", [513, 1027, 7, 513, 1027, 7]), c != c, array("b", [1, 2]) < array("b", [1, 3]),
      array("b", [1]) == array("h", [1]))
print(bytes(array("h", [1, -2])), bytearray(array("B", [65, 66])), [x * 2 for x in array("b", [1, 2])])
print(sum(array("q", [2**40, -5])), max(array("d", [1.5, -3.0])), sorted(array("i", [3, 1, 2])))

for bad in [lambda: array("z"), lambda: array("ab"), lambda: array(5), lambda: array("h", b"abc"),
            lambda: array("b", [1.5]), lambda: array("b", ["x"]), lambda: array("h", [1])[5],
            lambda: array("h", [1]) + [2], lambda: array("h", [1]) + array("b", [2]),
            lambda: array("h").pop(), lambda: array("h", [1]).remove(3), lambda: array("h", [1]).index(3),
            lambda: {array("b"): 1}]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
x = array("b", [1, 2])
try:
    x[0:1] = [5]
except TypeError:
    print("TypeError slice from list")
