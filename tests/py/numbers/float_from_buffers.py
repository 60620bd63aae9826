# float() reads text from a str and from any bytes-like object: bytes, bytearray, memoryview, array.
import array
print(float(b"1.5"), float(bytearray(b"-inf")), float(memoryview(b"1.5")), float(memoryview(b" 2.5 ")[1:4]))
print(float(array.array("b", [49, 46, 53])), float(memoryview(bytearray(b"1e3"))), float(b" 7_0.5\n"))
for x in [memoryview(b"x"), memoryview(b""), array.array("b"), b"1.5.5", bytearray(b"nan nan")]:
    try:
        float(x)
    except ValueError:
        print("ValueError")
for x in [[1], None, {}, object()]:
    try:
        float(x)
    except TypeError:
        print("TypeError")
